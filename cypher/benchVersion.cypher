// The Neo4j version and edition, for the bench report.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions, edition
