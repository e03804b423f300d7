// Who stands behind offerings and services, as the relationships that say it (people counts,
// providers, consumers through service relationships, owners), every consumer group with its size,
// and the ends of network links and connectivities (which paths exist). Held in memory beside the
// impact graph and kept up to date by applying each write.
CALL () {
  MATCH (g:ConsumerGroup)
  RETURN collect({id: g.id, name: coalesce(g.name, g.id), size: coalesce(g.size, 0)}) AS groups
}
CALL () {
  MATCH (a:Entity)-[r:TARGETS|PROVIDED_BY|COVERS|HAS_CONSUMER|OWNED_BY|OFFERED_BY]->(b:Entity)
  RETURN collect({type: type(r), from: a.id, to: b.id}) AS facts
}
CALL () {
  MATCH (a:Entity)-[r:CONNECTS_FROM|CONNECTS_TO|ATTACHED_AT|REACHES]->(b:Entity)
  RETURN collect({type: type(r), from: a.id, to: b.id}) AS networkEnds
}
RETURN groups, facts, networkEnds
