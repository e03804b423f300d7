import { EntityLabel } from './entities';

/** Every relationship type of the model (docs/model.md, "Relationship types"); writes accept no other. */
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
  'HAS_ELEMENT',
  'CONNECTS_FROM',
  'CONNECTS_TO',
  'THROUGH',
  'ATTACHED_AT',
  'REACHES',
] as const;

export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export function isRelationshipType(value: string): value is RelationshipType {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}

type Label = EntityLabel;

const DEPENDANTS: Label[] = ['Component', 'Service', 'ServiceInterface'];
const NEEDED: Label[] = ['Component', 'Service', 'RedundancyGroup', 'Connectivity'];

/** Which labels each relationship type may join, as the model's table in docs/model.md says. */
export const RELATIONSHIP_ENDPOINTS: Record<RelationshipType, { from: Label[]; to: Label[] }> = {
  DEPENDS_ON: { from: DEPENDANTS, to: NEEDED },
  HAS_MEMBER: { from: ['RedundancyGroup'], to: ['Component', 'Service', 'RedundancyGroup', 'ServiceInterface', 'Connectivity'] },
  INTERFACE_OF: { from: ['ServiceInterface'], to: ['Service'] },
  INCLUDES: { from: ['ServiceOffering'], to: ['Service'] },
  ACCESSED_THROUGH: { from: ['ServiceOffering'], to: ['ServiceInterface'] },
  TARGETS: { from: ['ServiceOffering'], to: ['ConsumerGroup'] },
  USES: { from: ['ConsumerGroup'], to: ['ServiceInterface'] },
  PART_OF: { from: ['ConsumerGroup'], to: ['Organization'] },
  OFFERED_BY: { from: ['ServiceOffering'], to: ['Organization'] },
  PROVIDED_BY: { from: ['Service'], to: ['Organization'] },
  OWNED_BY: { from: ['Component', 'RedundancyGroup', 'Network'], to: ['Organization'] },
  MADE_BY: { from: ['Product'], to: ['Organization'] },
  CONFIGURED_FROM: { from: ['Component'], to: ['Product'] },
  HAS_PROVIDER: { from: ['ServiceRelationship'], to: ['Organization'] },
  HAS_CONSUMER: { from: ['ServiceRelationship'], to: ['Organization'] },
  COVERS: { from: ['ServiceRelationship'], to: ['ServiceOffering'] },
  AGREES: { from: ['ServiceRelationship'], to: ['ServiceLevel'] },
  HAS_COST: { from: ['Service', 'ServiceOffering'], to: ['Cost'] },
  HAS_RISK: { from: ['Service', 'ServiceOffering'], to: ['Risk'] },
  PRODUCES: { from: ['Service'], to: ['Output'] },
  ENABLES: { from: ['Service'], to: ['Outcome'] },
  BENEFITS: { from: ['Outcome'], to: ['ConsumerGroup'] },
  HAS_ELEMENT: { from: ['Network'], to: ['Component'] },
  CONNECTS_FROM: { from: ['Component'], to: ['Component'] },
  CONNECTS_TO: { from: ['Component'], to: ['Component'] },
  THROUGH: { from: ['Connectivity'], to: ['Network'] },
  ATTACHED_AT: { from: ['Connectivity'], to: ['Component'] },
  REACHES: { from: ['Connectivity'], to: ['Component'] },
};

/** Relationship types over which impact travels: what points at a node this way depends on it. */
export const DEPENDENCY_TYPES: RelationshipType[] = ['DEPENDS_ON', 'HAS_MEMBER', 'INTERFACE_OF', 'INCLUDES', 'HAS_ELEMENT', 'THROUGH'];
