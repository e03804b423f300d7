import { Entity, EntityLabel, isEntityLabel } from '../domain/entities';

type FieldKind = 'string' | 'number' | 'list';

/** The stored properties of each label beyond id/name/description, and how to read them. */
const FIELDS: Record<EntityLabel, Record<string, FieldKind>> = {
  Organization: { kind: 'string' },
  ConsumerGroup: { size: 'number', role: 'string' },
  Product: { vendor: 'string', version: 'string' },
  Component: { kind: 'string', location: 'string' },
  RedundancyGroup: { minUp: 'number', minUpPercent: 'number' },
  Service: {
    features: 'list',
    constraintsRemoved: 'list',
    availabilityTarget: 'number',
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
  ServiceLevel: { metric: 'string', target: 'number', unit: 'string' },
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
};

/**
 * Turns a row (id, label, already-converted properties) into a domain entity. Missing optional
 * properties become null (lists: empty), so resolvers never see undefined.
 */
export function toEntity(row: { id: unknown; label: unknown; properties: unknown }): Entity {
  const label = String(row.label);
  if (!isEntityLabel(label)) throw new Error(`node ${String(row.id)} has no known domain label (${label})`);
  const props = (row.properties ?? {}) as Record<string, unknown>;
  const entity: Record<string, unknown> = {
    label,
    id: String(row.id),
    name: typeof props.name === 'string' ? props.name : String(row.id),
    description: typeof props.description === 'string' ? props.description : null,
  };
  for (const [field, kind] of Object.entries(FIELDS[label])) {
    const value = props[field];
    if (kind === 'list') entity[field] = Array.isArray(value) ? value.map(String) : [];
    else if (kind === 'number') entity[field] = typeof value === 'number' ? value : null;
    else entity[field] = value === undefined || value === null ? null : String(value);
  }
  return entity as unknown as Entity;
}
