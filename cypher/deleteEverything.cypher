// Removes every Cascade entity. Test set-up only: the suite starts from the example world alone.
MATCH (n:Entity) DETACH DELETE n
