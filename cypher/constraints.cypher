// Applied at every start; each statement is idempotent (IF NOT EXISTS).
// Ids are unique across the whole graph (Entity) and, for lookups by label, per label.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT consumer_group_id IF NOT EXISTS FOR (n:ConsumerGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT product_id IF NOT EXISTS FOR (n:Product) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT component_id IF NOT EXISTS FOR (n:Component) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT redundancy_group_id IF NOT EXISTS FOR (n:RedundancyGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT service_id IF NOT EXISTS FOR (n:Service) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT service_interface_id IF NOT EXISTS FOR (n:ServiceInterface) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT service_offering_id IF NOT EXISTS FOR (n:ServiceOffering) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT service_relationship_id IF NOT EXISTS FOR (n:ServiceRelationship) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT service_level_id IF NOT EXISTS FOR (n:ServiceLevel) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT cost_id IF NOT EXISTS FOR (n:Cost) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT risk_id IF NOT EXISTS FOR (n:Risk) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT output_id IF NOT EXISTS FOR (n:Output) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT outcome_id IF NOT EXISTS FOR (n:Outcome) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX component_kind IF NOT EXISTS FOR (n:Component) ON (n.kind);
CREATE CONSTRAINT current_status_entity IF NOT EXISTS FOR (s:CurrentStatus) REQUIRE s.entityId IS UNIQUE;
CREATE CONSTRAINT status_change_id IF NOT EXISTS FOR (c:StatusChange) REQUIRE c.id IS UNIQUE;
CREATE INDEX status_change_entity IF NOT EXISTS FOR (c:StatusChange) ON (c.entityId);
CREATE CONSTRAINT incident_id IF NOT EXISTS FOR (i:Incident) REQUIRE i.id IS UNIQUE;
CREATE CONSTRAINT graph_change_id IF NOT EXISTS FOR (c:GraphChange) REQUIRE c.id IS UNIQUE;
CREATE INDEX graph_change_entity IF NOT EXISTS FOR (c:GraphChange) ON (c.entityId);
CREATE INDEX graph_change_from IF NOT EXISTS FOR (c:GraphChange) ON (c.fromId);
CREATE INDEX graph_change_to IF NOT EXISTS FOR (c:GraphChange) ON (c.toId);
CREATE INDEX graph_change_at IF NOT EXISTS FOR (c:GraphChange) ON (c.at);
