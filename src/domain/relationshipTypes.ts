/** Every relationship type of the model (README, "Relationship types"); writes accept no other. */
export const RELATIONSHIP_TYPES = [
  'DEPENDS_ON',
  'HAS_MEMBER',
  'INTERFACE_OF',
  'INCLUDES',
  'ACCESSED_THROUGH',
  'TARGETS',
  'USES',
  'PART_OF',
  'OFFERED_BY',
  'PROVIDED_BY',
  'OWNED_BY',
  'MADE_BY',
  'CONFIGURED_FROM',
  'HAS_PROVIDER',
  'HAS_CONSUMER',
  'COVERS',
  'AGREES',
  'HAS_COST',
  'HAS_RISK',
  'PRODUCES',
  'ENABLES',
  'BENEFITS',
] as const;

export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export function isRelationshipType(value: string): value is RelationshipType {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}
