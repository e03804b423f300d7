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
CREATE CONSTRAINT network_id IF NOT EXISTS FOR (n:Network) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT connectivity_id IF NOT EXISTS FOR (n:Connectivity) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX component_kind IF NOT EXISTS FOR (n:Component) ON (n.kind);
CREATE CONSTRAINT current_status_entity IF NOT EXISTS FOR (s:CurrentStatus) REQUIRE s.entityId IS UNIQUE;
// The not-UP statuses (currentStatuses.cypher) are a few among every entity's: read by state.
CREATE INDEX current_status_state IF NOT EXISTS FOR (s:CurrentStatus) ON (s.state);
CREATE CONSTRAINT status_change_id IF NOT EXISTS FOR (c:StatusChange) REQUIRE c.id IS UNIQUE;
CREATE INDEX status_change_entity IF NOT EXISTS FOR (c:StatusChange) ON (c.entityId);
CREATE CONSTRAINT incident_id IF NOT EXISTS FOR (i:Incident) REQUIRE i.id IS UNIQUE;
CREATE CONSTRAINT graph_change_id IF NOT EXISTS FOR (c:GraphChange) REQUIRE c.id IS UNIQUE;
CREATE INDEX graph_change_entity IF NOT EXISTS FOR (c:GraphChange) ON (c.entityId);
CREATE INDEX graph_change_from IF NOT EXISTS FOR (c:GraphChange) ON (c.fromId);
CREATE INDEX graph_change_to IF NOT EXISTS FOR (c:GraphChange) ON (c.toId);
CREATE INDEX graph_change_at IF NOT EXISTS FOR (c:GraphChange) ON (c.at);
CREATE CONSTRAINT graph_change_batch_id IF NOT EXISTS FOR (b:GraphChangeBatch) REQUIRE b.id IS UNIQUE;
CREATE INDEX graph_change_batch_at IF NOT EXISTS FOR (b:GraphChangeBatch) ON (b.at);
CREATE INDEX component_location IF NOT EXISTS FOR (n:Component) ON (n.location);
CREATE INDEX status_change_at IF NOT EXISTS FOR (c:StatusChange) ON (c.at);
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE;
CREATE CONSTRAINT api_key_name IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.name IS UNIQUE;
CREATE INDEX graph_change_version IF NOT EXISTS FOR (c:GraphChange) ON (c.version);
CREATE INDEX graph_change_batch_version IF NOT EXISTS FOR (b:GraphChangeBatch) ON (b.version);
CREATE CONSTRAINT alert_key IF NOT EXISTS FOR (a:Alert) REQUIRE a.key IS UNIQUE;
// The open alerts of an entity (eventsBefore.cypher, every round of events): resolved alerts are
// kept, and monitoring gives each firing a new key, so an entity's alerts only grow. Sought by
// entity and `open` together, a round reads the few open ones, not the entity's whole history (an
// index on entityId alone read them all and filtered: ~35 per bench server by the end of one run).
// It replaces that index (alert_entity), dropped where an older version made it.
DROP INDEX alert_entity IF EXISTS;
CREATE INDEX alert_entity_open IF NOT EXISTS FOR (a:Alert) ON (a.entityId, a.open);
CREATE CONSTRAINT unbound_event_key IF NOT EXISTS FOR (u:UnboundEvent) REQUIRE u.key IS UNIQUE;
CREATE INDEX unbound_event_last_at IF NOT EXISTS FOR (u:UnboundEvent) ON (u.lastAt);
CREATE CONSTRAINT binding_rule_id IF NOT EXISTS FOR (r:BindingRule) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT status_hold_entity IF NOT EXISTS FOR (h:StatusHold) REQUIRE h.entityId IS UNIQUE;
CREATE INDEX status_hold_until IF NOT EXISTS FOR (h:StatusHold) ON (h.until);
