/**
 * Domain objects: what the store hands out and what GraphQL resolvers receive as parents
 * (codegen maps each GraphQL type to one of these). Properties are flat, as stored.
 */
export const ENTITY_LABELS = [
  'Organization',
  'ConsumerGroup',
  'Product',
  'Component',
  'RedundancyGroup',
  'Service',
  'ServiceInterface',
  'ServiceOffering',
  'ServiceRelationship',
  'ServiceLevel',
  'Cost',
  'Risk',
  'Output',
  'Outcome',
  'Network',
  'Connectivity',
] as const;

export type EntityLabel = (typeof ENTITY_LABELS)[number];

export function isEntityLabel(value: string): value is EntityLabel {
  return (ENTITY_LABELS as readonly string[]).includes(value);
}

interface EntityBase<L extends EntityLabel> {
  label: L;
  id: string;
  name: string;
  description: string | null;
  /** Increments with every write of the node: pass it back to refuse a write on stale data. */
  revision: number;
}

export interface Organization extends EntityBase<'Organization'> {
  kind: string | null;
}

export type StakeholderRole = 'CUSTOMER' | 'USER' | 'SPONSOR';

export interface ConsumerGroup extends EntityBase<'ConsumerGroup'> {
  size: number;
  role: StakeholderRole;
}

export interface Product extends EntityBase<'Product'> {
  vendor: string | null;
  version: string | null;
}

export interface Component extends EntityBase<'Component'> {
  kind: string;
  location: string | null;
  /** A network link carries traffic only from its CONNECTS_FROM end to its CONNECTS_TO end. */
  directed: boolean | null;
  /** Attributes kept from an imported network file (GraphML/GML), as JSON text. */
  attributes: string | null;
  /** The probability that it is up, in (0, 1]; or mtbfHours and mttrHours, from which it follows. */
  availability: number | null;
  mtbfHours: number | null;
  mttrHours: number | null;
  /** Where the figure came from: VENDOR, MEASURED or ASSUMED. */
  availabilitySource: string | null;
}

export interface RedundancyGroup extends EntityBase<'RedundancyGroup'> {
  minUp: number | null;
  minUpPercent: number | null;
}

export interface Service extends EntityBase<'Service'> {
  features: string[];
  constraintsRemoved: string[];
  availabilityTarget: number | null;
  /** One of AGREED_PERIODS: what the service's own availability target holds over, when it says. */
  availabilityTargetPeriod: string | null;
  capacityTarget: string | null;
  securityTarget: string | null;
  continuityTarget: string | null;
}

export interface ServiceInterface extends EntityBase<'ServiceInterface'> {
  channel: string | null;
}

export interface ServiceOffering extends EntityBase<'ServiceOffering'> {
  goods: string[];
  accessToResources: string[];
  serviceActions: string[];
}

export interface ServiceRelationship extends EntityBase<'ServiceRelationship'> {
  provision: string | null;
  consumption: string | null;
  relationshipManagement: string | null;
  periodStart: string | null;
  periodEnd: string | null;
}

export interface ServiceLevel extends EntityBase<'ServiceLevel'> {
  metric: string | null;
  target: number | null;
  unit: string | null;
  /** One of AGREED_PERIODS (availability/agreedPeriod.ts): what "per month" says of the target. */
  period: string | null;
}

export type ValueEffect = 'INTRODUCED' | 'REMOVED';

export interface Cost extends EntityBase<'Cost'> {
  effect: ValueEffect;
  amount: number | null;
  currency: string | null;
  period: string | null;
}

export interface Risk extends EntityBase<'Risk'> {
  effect: ValueEffect;
  nature: 'THREAT' | 'OPPORTUNITY';
  probability: string | null;
  impact: string | null;
  costOfImpact: number | null;
  currency: string | null;
}

export type Output = EntityBase<'Output'>;
export type Outcome = EntityBase<'Outcome'>;

/** A mesh of routers and links (its elements): impact crosses it as paths, not as chains. */
export interface Network extends EntityBase<'Network'> {
  kind: string | null;
}

/** A need for a path through a network from any attachment point to any of the points it reaches. */
export type Connectivity = EntityBase<'Connectivity'>;

export type Entity =
  | Organization
  | ConsumerGroup
  | Product
  | Component
  | RedundancyGroup
  | Service
  | ServiceInterface
  | ServiceOffering
  | ServiceRelationship
  | ServiceLevel
  | Cost
  | Risk
  | Output
  | Outcome
  | Network
  | Connectivity;

export type EntityOf<L extends EntityLabel> = Extract<Entity, { label: L }>;

export type DependencyStrength = 'HARD' | 'SOFT';

/** A neighbour reached over one relationship, with that relationship's properties. */
export interface Neighbour {
  node: Entity;
  relationship: Record<string, unknown>;
}
