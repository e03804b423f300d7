import { EntityLabel } from './entities';

export type FieldKind = 'string' | 'number' | 'integer' | 'list' | 'boolean';

/** The stored properties of each label beyond id/name/description, and how to read them. */
export const ENTITY_FIELDS: Record<EntityLabel, Record<string, FieldKind>> = {
  Organization: { kind: 'string' },
  ConsumerGroup: { size: 'integer', role: 'string' },
  Product: { vendor: 'string', version: 'string' },
  Component: {
    kind: 'string',
    location: 'string',
    directed: 'boolean',
    attributes: 'string',
    availability: 'number',
    mtbfHours: 'number',
    mttrHours: 'number',
    availabilitySource: 'string',
  },
  RedundancyGroup: { minUp: 'integer', minUpPercent: 'number' },
  Service: {
    features: 'list',
    constraintsRemoved: 'list',
    availabilityTarget: 'number',
    availabilityTargetPeriod: 'string',
    capacityTarget: 'string',
    securityTarget: 'string',
    continuityTarget: 'string',
  },
  ServiceInterface: { channel: 'string' },
  ServiceOffering: { goods: 'list', accessToResources: 'list', serviceActions: 'list' },
  ServiceRelationship: {
    provision: 'string',
    consumption: 'string',
    relationshipManagement: 'string',
    periodStart: 'string',
    periodEnd: 'string',
  },
  ServiceLevel: { metric: 'string', target: 'number', unit: 'string', period: 'string' },
  Cost: { effect: 'string', amount: 'number', currency: 'string', period: 'string' },
  Risk: {
    effect: 'string',
    nature: 'string',
    probability: 'string',
    impact: 'string',
    costOfImpact: 'number',
    currency: 'string',
  },
  Output: {},
  Outcome: {},
  Network: { kind: 'string' },
  Connectivity: {},
};
