/* eslint-disable */
import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { Entity as EntityModel, Organization as OrganizationModel, ConsumerGroup as ConsumerGroupModel, Product as ProductModel, Component as ComponentModel, RedundancyGroup as RedundancyGroupModel, Service as ServiceModel, ServiceInterface as ServiceInterfaceModel, ServiceOffering as ServiceOfferingModel, ServiceRelationship as ServiceRelationshipModel, ServiceLevel as ServiceLevelModel, Cost as CostModel, Risk as RiskModel, Output as OutputModel, Outcome as OutcomeModel, Network as NetworkModel, Connectivity as ConnectivityModel, Neighbour as NeighbourModel } from '../../domain/entities';
import { ImpactReport as ImpactReportModel, ImpactedNode as ImpactedNodeModel, ChainStep as ChainStepModel, AffectedConsumerGroup as AffectedConsumerGroupModel, AffectedOrganization as AffectedOrganizationModel, ImpactSummary as ImpactSummaryModel } from '../../domain/impact/impactReport';
import { RedundancyVerdict as RedundancyVerdictModel } from '../../domain/impact/redundancyVerdict';
import { NodeRef as NodeRefModel } from '../../domain/impact/impactGraph';
import { CyclicSupportView as CyclicSupportViewModel, ImpactedNodePage as ImpactedNodePageModel, ExposureEntryPage as ExposureEntryPageModel, RootCauseView as RootCauseViewModel, RootCauseAnalysisView as RootCauseAnalysisViewModel, SinglePointsOfFailureView as SinglePointsOfFailureViewModel, ExposureEntryView as ExposureEntryViewModel, ExposureView as ExposureViewModel } from '../../domain/impact/answers';
import { FailureSet as FailureSetModel } from '../../domain/impact/singlePointsOfFailure';
import { ConnectivityAnswer as ConnectivityAnswerModel } from '../../domain/network/connectivityAnswer';
import { RecoveryPlanView as RecoveryPlanViewModel } from '../../services/analysisService';
import { AvailabilityView as AvailabilityViewModel, AgreedView as AgreedViewModel, ContributorView as ContributorViewModel } from '../../services/availabilityService';
import { ConfidenceInterval as ConfidenceIntervalModel } from '../../domain/availability/wilsonInterval';
import { AtRiskAnswer as AtRiskAnswerModel, AtRiskEntry as AtRiskEntryModel } from '../../domain/availability/atRisk';
import { RecoveryLayer as RecoveryLayerModel } from '../../domain/impact/recoveryPlan';
import { DependencyGraph as DependencyGraphModel, DependencyNode as DependencyNodeModel, DependencyEdge as DependencyEdgeModel } from '../../domain/graph/dependencyGraph';
import { ServiceChain as ServiceChainModel } from '../../domain/graph/serviceChain';
import { ValueChainLink as ValueChainLinkModel } from '../../domain/graph/chainLinks';
import { RelationshipChange as RelationshipChangeModel, DeleteResult as DeleteResultModel } from '../../domain/mutations';
import { ImportResult as ImportResultModel } from '../../services/importService';
import { StatusChange as StatusChangeModel, CurrentStatus as CurrentStatusModel, Incident as IncidentModel } from '../../domain/status';
import { CurrentImpact as CurrentImpactModel } from '../../services/statusService';
import { GraphChange as GraphChangeModel } from '../../domain/graphChange';
import { ApiKeyView as ApiKeyViewModel } from '../../services/apiKeyService';
import { Identity as IdentityModel } from '../../domain/identity';
import { AlertRecord as AlertRecordModel } from '../../domain/events/alertRecord';
import { StoredBindingRule as StoredBindingRuleModel, UnboundEvent as UnboundEventModel } from '../../store/eventStore';
import { EventBinding as EventBindingModel } from '../../domain/events/bindEvent';
import { StatusHold as StatusHoldModel } from '../../domain/events/statusHold';
import { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Any JSON value: here, a topology document (README, "Import and export"). */
  JSON: { input: unknown; output: unknown; }
};

export type AffectedConsumerGroup = {
  __typename?: 'AffectedConsumerGroup';
  /**
   * From a failure to the group, failed node first and consumer group last, through the group's
   * worst-hit offering (the nearest among equals); each offering carries its own chain.
   */
  chain: Array<ChainStep>;
  consumerGroup: ConsumerGroup;
  /** The offerings that target the group and are not UP. */
  offerings: Array<ImpactedNode>;
  /** The group's size: people who can no longer use (DOWN) or have a degraded use of (DEGRADED) what it is offered. */
  people: Scalars['Int']['output'];
  /** The worst state among the offerings that target the group. */
  state: State;
};

export type AffectedOrganization = {
  __typename?: 'AffectedOrganization';
  /** Offerings it consumes that are not UP. */
  offeringsConsumed: Array<ImpactedNode>;
  organization: Organization;
  roles: Array<OrganizationImpactRole>;
  /** Its services that are not UP. */
  servicesProvided: Array<ImpactedNode>;
  /** Worst state among the services it provides and the offerings it consumes. */
  state: State;
};

/** The strictest availability agreed for the target, and where the structure stands against it. */
export type AgreedAvailability = {
  __typename?: 'AgreedAvailability';
  /** What the agreed level allows over one period: (1 - agreed) x periodHours; null without a period. */
  allowedDowntimeHoursPerPeriod: Maybe<Scalars['Float']['output']>;
  /** The agreed availability as a probability (99.95 % is 0.9995). */
  availability: Scalars['Float']['output'];
  /** Expected downtime over one period: (1 - availability) x periodHours; null without a period or a computed availability. */
  downtimeHoursPerPeriod: Maybe<Scalars['Float']['output']>;
  /** Computed minus agreed: negative when the structure cannot keep the promise; null when the computed one is unknown. */
  gap: Maybe<Scalars['Float']['output']>;
  /** Kept or not; for an estimate null while the interval straddles the agreed level. */
  met: Maybe<Scalars['Boolean']['output']>;
  /** The period the level is agreed over (the service level's period, or the service's availabilityTargetPeriod); null when it states none. */
  period: Maybe<AgreedPeriod>;
  /** The period in hours (a MONTH is 730); null without a period. */
  periodHours: Maybe<Scalars['Float']['output']>;
  /** The service level (on a service relationship covering the target or an offering that includes it) or the service (its availabilityTarget: the target's own, or for an offering a service it includes) that states it. On equal levels a service level comes first. */
  source: Scalars['ID']['output'];
};

/**
 * The period an agreed level holds over (ServiceLevel.period, Warranty.availabilityPeriod). Downtime
 * per period is an expectation over an average period of a 365-day year: a MONTH is 730 h, a QUARTER
 * 2,190 h, a YEAR 8,760 h, a WEEK 168 h, a DAY 24 h.
 */
export type AgreedPeriod =
  | 'DAY'
  | 'MONTH'
  | 'QUARTER'
  | 'WEEK'
  | 'YEAR';

/** An alert from monitoring, by its deduplication key (Alertmanager's fingerprint, a dedupKey). */
export type Alert = {
  __typename?: 'Alert';
  acknowledged: Scalars['Boolean']['output'];
  /** It fired or changed while its entity was in MAINTENANCE, so it changed no status. */
  duringMaintenance: Scalars['Boolean']['output'];
  key: Scalars['ID']['output'];
  labels: Scalars['JSON']['output'];
  /** The time of the last event applied to it (ISO 8601). */
  lastAt: Scalars['String']['output'];
  node: NodeRef;
  open: Scalars['Boolean']['output'];
  severity: Maybe<Scalars['String']['output']>;
  /** alertmanager, or a generic event's source. */
  source: Scalars['String']['output'];
  /** When it last began firing (ISO 8601). */
  startsAt: Scalars['String']['output'];
  /** The state it gives its entity (from its severity); null: none (info). */
  state: Maybe<Status>;
  summary: Scalars['String']['output'];
};

/** An API key: a bearer token for scripts and services. Only a hash of its secret is stored. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** Neither revoked nor expired. */
  active: Scalars['Boolean']['output'];
  /** ISO 8601 date-time. */
  createdAt: Scalars['String']['output'];
  createdBy: Scalars['String']['output'];
  /** ISO 8601 date-time; null: it does not expire. */
  expiresAt: Maybe<Scalars['String']['output']>;
  /** Stable id, also the token's visible prefix (cascade_<id>_...). */
  id: Scalars['ID']['output'];
  /** Unique; recorded as the author (apikey:<name>) of everything written with the key. */
  name: Scalars['String']['output'];
  /** ISO 8601 date-time; null: not revoked. */
  revokedAt: Maybe<Scalars['String']['output']>;
  role: Role;
};

export type ApiKeyInput = {
  /** Days until the key expires (1-3650); omitted: it does not expire. */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  /** 1-64 characters: letters, digits and . _ - */
  name: Scalars['String']['input'];
  role: Role;
};

/** Agreed availability levels the structure misses, and those it cannot decide. */
export type AtRisk = {
  __typename?: 'AtRisk';
  /** How many levels the scope holds (provider, consumer, service), before paging. */
  candidates: Scalars['Int']['output'];
  /** Every level checked by this call (its page): missed, undecided or kept. */
  checked: Scalars['Int']['output'];
  /** How many levels are missed in all. */
  count: Scalars['Int']['output'];
  defaultAvailability: Maybe<Scalars['Float']['output']>;
  /** Levels missed for certain (met false): most people affected first, then the widest shortfall, then subject id, then target id. */
  entries: Array<AtRiskEntry>;
  /**
   * Where to ask next (pass it as offset): the first candidate this call left BUDGET_SPENT, else the
   * end of the page. Null when every candidate from offset on was decided: nothing left to ask.
   */
  nextOffset: Maybe<Scalars['Int']['output']>;
  /** Where this page started among the candidates. */
  offset: Scalars['Int']['output'];
  /** Candidates from nextOffset on, still to ask about; 0 when nextOffset is null. */
  remaining: Scalars['Int']['output'];
  /** Levels neither kept nor missed for certain, listed apart in the same order, never dropped. */
  undecided: Array<AtRiskEntry>;
  undecidedCount: Scalars['Int']['output'];
};


/** Agreed availability levels the structure misses, and those it cannot decide. */
export type AtRiskEntriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Agreed availability levels the structure misses, and those it cannot decide. */
export type AtRiskUndecidedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An agreed availability level and where the structure stands against it. */
export type AtRiskEntry = {
  __typename?: 'AtRiskEntry';
  agreed: AgreedAvailability;
  /** What the agreed level allows over a year. */
  allowedDowntimeHoursPerYear: Scalars['Float']['output'];
  /** Null when figures are missing or the target was not computed. */
  availability: Maybe<Scalars['Float']['output']>;
  /** EXACT only, when figures are missing. */
  bounds: Maybe<AvailabilityBounds>;
  downtimeHoursPerYear: Maybe<Scalars['Float']['output']>;
  /** ESTIMATE only. */
  interval: Maybe<AvailabilityInterval>;
  /** Null when the budget was spent before the target was decided. */
  method: Maybe<AvailabilityMethod>;
  /**
   * People behind the subject. An offering: the people in its consumer groups (and those of anything
   * that needs it), who lose it when it is DOWN. A relationship: the people behind its consumer when
   * the offering and the services it includes are DOWN: the offering's consumer groups and those of
   * the consumer's own offerings that go DOWN with it. Each group counted once, as impact counts it.
   */
  peopleAffected: Scalars['Int']['output'];
  /** Where the level stands among the scope's candidates (most people affected first, then subject id, then target id), from 0: the same level keeps it across pages, so a client merging pages can tell a level it has seen. */
  position: Scalars['Int']['output'];
  /** Who agreed the level: a service relationship (its own service level, for each offering it covers) or an offering (the strictest level its contracts or services state). */
  subject: NodeRef;
  /** The offering whose availability is computed. */
  target: NodeRef;
  /** Null for a level missed for certain; for an undecided one, why. */
  undecided: Maybe<AtRiskUndecided>;
  unknownComponentCount: Scalars['Int']['output'];
  /** Why the answer is an estimate: the limit the exact method exceeded, or the question's budget spent before it was tried. */
  whyEstimate: Maybe<Scalars['String']['output']>;
};

/** Why an agreed level could be neither kept nor missed. */
export type AtRiskUndecided =
  /** The question's budget was spent before this target was decided (exactly smallest structure first, then estimated in candidate order); ask again from AtRisk.nextOffset. */
  | 'BUDGET_SPENT'
  /** An estimate whose 95 % interval straddles the agreed level. */
  | 'INTERVAL_STRADDLES'
  /** A component the target depends on has no figure, and no defaultAvailability was given (bounds show how far it could go). */
  | 'MISSING_FIGURES';

/**
 * The availability of a target: the probability that it is not DOWN under Cascade's impact rules,
 * with component failures independent, from the components' figures (Component.availability, or
 * mtbfHours and mttrHours). A figure is never invented: components without one are named in
 * unknownComponents, or in defaultedComponents when defaultAvailability stood in.
 */
export type Availability = {
  __typename?: 'Availability';
  /** Null when nothing agreed an availability for the target. */
  agreed: Maybe<AgreedAvailability>;
  /** Null when a component the answer depends on has no figure and no default was given. */
  availability: Maybe<Scalars['Float']['output']>;
  /** With whatIf: the availability of the structure as it is, without the changes. */
  availabilityBefore: Maybe<Scalars['Float']['output']>;
  /** EXACT only, when figures are missing. */
  bounds: Maybe<AvailabilityBounds>;
  /** Ranked by Fussell-Vesely, then Birnbaum; null unless EXACT with every figure known. */
  contributors: Maybe<Array<AvailabilityContributor>>;
  defaultAvailability: Maybe<Scalars['Float']['output']>;
  defaultedComponents: Array<Scalars['ID']['output']>;
  downtimeHoursPerYear: Maybe<Scalars['Float']['output']>;
  /** ESTIMATE only. */
  interval: Maybe<AvailabilityInterval>;
  method: AvailabilityMethod;
  /** ESTIMATE only: how many samples, and the seed (the same question gives the same estimate). */
  samples: Maybe<Scalars['Int']['output']>;
  seed: Maybe<Scalars['Int']['output']>;
  target: NodeRef;
  unknownComponents: Array<Scalars['ID']['output']>;
  /** Why the answer is an estimate: the budget that was exceeded. */
  whyEstimate: Maybe<Scalars['String']['output']>;
};


/**
 * The availability of a target: the probability that it is not DOWN under Cascade's impact rules,
 * with component failures independent, from the components' figures (Component.availability, or
 * mtbfHours and mttrHours). A figure is never invented: components without one are named in
 * unknownComponents, or in defaultedComponents when defaultAvailability stood in.
 */
export type AvailabilityContributorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** With figures missing: the availability with every unknown component down (lower), and up (upper). */
export type AvailabilityBounds = {
  __typename?: 'AvailabilityBounds';
  lower: Scalars['Float']['output'];
  upper: Scalars['Float']['output'];
};

/** One hypothetical change to the structure; nothing is written. The fields each kind reads are listed with the kind. */
export type AvailabilityChangeInput = {
  componentId?: InputMaybe<Scalars['ID']['input']>;
  figure?: InputMaybe<AvailabilityFigureInput>;
  groupId?: InputMaybe<Scalars['ID']['input']>;
  kind: AvailabilityChangeKind;
  likeMember?: InputMaybe<Scalars['ID']['input']>;
  minUp?: InputMaybe<Scalars['Int']['input']>;
  minUpPercent?: InputMaybe<Scalars['Float']['input']>;
  neededBy?: InputMaybe<Array<Scalars['ID']['input']>>;
  needs?: InputMaybe<Array<Scalars['ID']['input']>>;
  standbyId?: InputMaybe<Scalars['ID']['input']>;
};

export type AvailabilityChangeKind =
  /** A new component componentId with figure, needing the nodes in needs (HARD) and needed by those in neededBy (HARD). */
  | 'ADD_COMPONENT'
  /** A new member componentId in redundancy group groupId, with figure, needing what likeMember needs. */
  | 'ADD_MEMBER'
  /** A second componentId beside it (standbyId, needing what it needs); whatever needed it now needs one of the two. figure: the standby's (default: the original's). */
  | 'ADD_STANDBY'
  /** Another figure for an existing component componentId. */
  | 'SET_FIGURE'
  /** Redundancy group groupId needs minUp members, or minUpPercent % of them. */
  | 'SET_REQUIRED';

/** How much one component matters to the target's availability (exact answers with every figure known). */
export type AvailabilityContributor = {
  __typename?: 'AvailabilityContributor';
  /** The component's availability, as used. */
  availability: Scalars['Float']['output'];
  /** P(target up | component up) - P(target up | component down). */
  birnbaum: Scalars['Float']['output'];
  component: NodeRef;
  /** Share of the target's unavailability that would go away if the component never failed. */
  fussellVesely: Scalars['Float']['output'];
  /** How many times the unavailability grows if the component is down for good. */
  riskAchievementWorth: Scalars['Float']['output'];
};

export type AvailabilityFigureInput = {
  availability?: InputMaybe<Scalars['Float']['input']>;
  mtbfHours?: InputMaybe<Scalars['Float']['input']>;
  mttrHours?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<AvailabilitySource>;
};

/** A 95 % confidence interval (Wilson) for an estimated availability. */
export type AvailabilityInterval = {
  __typename?: 'AvailabilityInterval';
  confidence: Scalars['Float']['output'];
  high: Scalars['Float']['output'];
  low: Scalars['Float']['output'];
};

export type AvailabilityMethod =
  /** A seeded Monte Carlo estimate, with a 95 % confidence interval: the structure was too large for the exact method within the API's budget. */
  | 'ESTIMATE'
  /** From a decision diagram over the target's structure function: exact. */
  | 'EXACT';

/** Where a component's availability figure came from. */
export type AvailabilitySource =
  /** Assumed by someone, to be replaced by a better figure. */
  | 'ASSUMED'
  /** Measured in operation. */
  | 'MEASURED'
  /** A vendor's datasheet or contract. */
  | 'VENDOR';

/** What a binding rule compares its value with. */
export type BindingProperty =
  | 'ID'
  | 'NAME';

/**
 * How an event that does not name its entity (no `cascade_id` label, no resource id) finds it: the
 * rule fills `template` with the event's labels and looks the value up. Rules are tried by priority
 * (lower first, then id); the first that finds exactly one entity binds the event.
 */
export type BindingRule = {
  __typename?: 'BindingRule';
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Only entities of this kind (Component, Service, RedundancyGroup, ...); null: any that has a state. */
  kind: Maybe<Scalars['String']['output']>;
  /** A regular expression each label value must match; its first group, if any, is kept (^([^:]+) drops a port). */
  pattern: Maybe<Scalars['String']['output']>;
  priority: Scalars['Int']['output'];
  property: BindingProperty;
  /** Text with {label} placeholders, e.g. {job}.{service}; an event without one of those labels is not for this rule. */
  template: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
  /** The authenticated identity that wrote it last. */
  updatedBy: Maybe<Scalars['String']['output']>;
};

export type BindingRuleInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<Scalars['String']['input']>;
  pattern?: InputMaybe<Scalars['String']['input']>;
  /** 0-10000, lower first; default 100. */
  priority?: InputMaybe<Scalars['Int']['input']>;
  /** Default ID. */
  property?: InputMaybe<BindingProperty>;
  template: Scalars['String']['input'];
};

/** Which side of a value chain to walk from its subject. */
export type ChainDirection =
  /** Both sides. */
  | 'BOTH'
  /** Towards the consumers that rest on the subject. */
  | 'DOWNSTREAM'
  /** Towards the providers the subject rests on. */
  | 'UPSTREAM';

/** One step of a causal chain. */
export type ChainStep = {
  __typename?: 'ChainStep';
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  state: State;
  /**
   * The stored relationship type between the previous step and this one (null on the first step).
   * Impact travels against DEPENDS_ON, HAS_MEMBER, INTERFACE_OF and INCLUDES (the dependant points
   * at what it needs) and along TARGETS (the offering points at the consumer group).
   */
  via: Maybe<Scalars['String']['output']>;
};

export type ChangeOperation =
  | 'CONNECT'
  | 'DELETE'
  | 'DISCONNECT'
  /** An import's (or the seed's) summary with its counts; each node it wrote is recorded beside it as UPSERT, each relationship as CONNECT. */
  | 'IMPORT'
  | 'UPSERT';

/** A concrete, configured resource: the thing that fails. */
export type Component = Node & {
  __typename?: 'Component';
  /** Attributes kept from an imported network file (GraphML/GML), as the text of a JSON object. */
  attributes: Maybe<Scalars['String']['output']>;
  /** The probability that it is up (0 < availability <= 1), e.g. 0.9995; null when unknown. */
  availability: Maybe<Scalars['Float']['output']>;
  /** Where the availability figure came from. */
  availabilitySource: Maybe<AvailabilitySource>;
  /** What needs it directly. */
  dependants: Array<Dependency>;
  /** What it needs (components, services, redundancy groups). */
  dependsOn: Array<Dependency>;
  description: Maybe<Scalars['String']['output']>;
  /** A network link that carries traffic only from its first end to its second. */
  directed: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  kind: ComponentKind;
  /** For a network link: its first end (where a directed link carries traffic from). */
  linkFrom: Maybe<Component>;
  /** For a network link: its second end. */
  linkTo: Maybe<Component>;
  /** For a router: the links whose first end it is. */
  links: Array<Component>;
  /** For a router: the links whose second end it is. */
  linksIn: Array<Component>;
  location: Maybe<Scalars['String']['output']>;
  /** Redundancy groups it is a member of. */
  memberOf: Array<RedundancyGroup>;
  /** Mean time between failures, in hours; with mttrHours, availability = MTBF / (MTBF + MTTR). */
  mtbfHours: Maybe<Scalars['Float']['output']>;
  /** Mean time to repair, in hours. */
  mttrHours: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  /** Networks it is a router or link of. */
  networks: Array<Network>;
  /** The organisation that owns or operates it. */
  owner: Maybe<Organization>;
  /** The product it is configured from. */
  product: Maybe<Product>;
  /** Goes up by one with every write of this entity; pass it as expectedRevision to refuse a stale write. */
  revision: Scalars['Int']['output'];
};

export type ComponentConnection = {
  __typename?: 'ComponentConnection';
  edges: Array<ComponentEdge>;
  nodes: Array<Component>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ComponentEdge = {
  __typename?: 'ComponentEdge';
  cursor: Scalars['String']['output'];
  node: Component;
};

export type ComponentFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<ComponentKind>;
  location?: InputMaybe<Scalars['String']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

export type ComponentInput = {
  /** Attributes kept from an imported network file, as the text of a JSON object. */
  attributes?: InputMaybe<Scalars['String']['input']>;
  /**
   * The probability that it is up: more than 0 and at most 1. May be given with mtbfHours and
   * mttrHours only when it agrees with MTBF / (MTBF + MTTR).
   */
  availability?: InputMaybe<Scalars['Float']['input']>;
  availabilitySource?: InputMaybe<AvailabilitySource>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** A network link that carries traffic only from its CONNECTS_FROM end to its CONNECTS_TO end. */
  directed?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<ComponentKind>;
  location?: InputMaybe<Scalars['String']['input']>;
  /** Mean time between failures in hours (more than 0); given together with mttrHours. */
  mtbfHours?: InputMaybe<Scalars['Float']['input']>;
  /** Mean time to repair in hours (more than 0); given together with mtbfHours. */
  mttrHours?: InputMaybe<Scalars['Float']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type ComponentKind =
  | 'APPLICATION'
  | 'COOLING'
  | 'DATABASE'
  | 'DATA_CENTRE'
  | 'DEVICE'
  | 'DISPLAY'
  | 'FACILITY'
  | 'FIREWALL'
  | 'LOAD_BALANCER'
  | 'NETWORK_LINK'
  | 'POWER'
  | 'ROUTER'
  | 'SERVER'
  | 'STORAGE'
  | 'SWITCH'
  | 'TEAM'
  | 'TOOL';

/**
 * A need for a path through a network from any of its attachment points to any of the points it
 * reaches (e.g. the bank's internet access: from its two PoP routers to any transit router). Services
 * depend on it like on any component.
 */
export type Connectivity = Node & {
  __typename?: 'Connectivity';
  /** Where a path may start. */
  attachedAt: Array<Component>;
  /** What needs it directly. */
  dependants: Array<Dependency>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Redundancy groups it is a member of. */
  memberOf: Array<RedundancyGroup>;
  name: Scalars['String']['output'];
  network: Maybe<Network>;
  /** Where a path may end. */
  reaches: Array<Component>;
  /** Goes up by one with every write of this entity; pass it as expectedRevision to refuse a stale write. */
  revision: Scalars['Int']['output'];
};

export type ConnectivityConnection = {
  __typename?: 'ConnectivityConnection';
  edges: Array<ConnectivityEdge>;
  nodes: Array<Connectivity>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ConnectivityEdge = {
  __typename?: 'ConnectivityEdge';
  cursor: Scalars['String']['output'];
  node: Connectivity;
};

export type ConnectivityInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

/** How a connectivity stands and how much it can take (README, Networks). */
export type ConnectivityTolerance = {
  __typename?: 'ConnectivityTolerance';
  /** One best path, attachment point to destination, routers and links in order; empty when DOWN. */
  bestPath: Array<Component>;
  connectivity: Connectivity;
  /** One such smallest set (a minimum vertex cut, by max-flow). */
  cut: Array<Component>;
  network: Maybe<Network>;
  /** False when it constrains nothing: no network, no usable points, or no path even with everything UP. */
  routable: Scalars['Boolean']['output'];
  /** Routers and links that alone would take it DOWN; empty when tolerance is 2 or more. */
  singleCuts: Array<Component>;
  state: State;
  /** One line: state, what it survives, and which elements together would cut it. */
  summary: Scalars['String']['output'];
  /** Fewest available routers and links whose failure (on top of the given failures) takes it DOWN; 0 when it is DOWN. */
  tolerance: Scalars['Int']['output'];
};

/** A target population of consumers, e.g. the bank's retail account holders, with its size in people. */
export type ConsumerGroup = Node & {
  __typename?: 'ConsumerGroup';
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Service interfaces the group uses. */
  interfaces: Array<ServiceInterface>;
  name: Scalars['String']['output'];
  /** Offerings that target this group. */
  offerings: Array<ServiceOffering>;
  /** The organisation the group belongs to, if any. */
  organization: Maybe<Organization>;
  /** Outcomes that benefit this group. */
  outcomes: Array<Outcome>;
  /** Goes up by one with every write of this entity; pass it as expectedRevision to refuse a stale write. */
  revision: Scalars['Int']['output'];
  role: StakeholderRole;
  /** Number of people in the group. */
  size: Scalars['Int']['output'];
};

export type ConsumerGroupConnection = {
  __typename?: 'ConsumerGroupConnection';
  edges: Array<ConsumerGroupEdge>;
  nodes: Array<ConsumerGroup>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ConsumerGroupEdge = {
  __typename?: 'ConsumerGroupEdge';
  cursor: Scalars['String']['output'];
  node: ConsumerGroup;
};

export type ConsumerGroupFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<StakeholderRole>;
};

export type ConsumerGroupInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<StakeholderRole>;
  size?: InputMaybe<Scalars['Int']['input']>;
};

/** A cost a service or offering introduces for its consumer, or removes (printing, travel). */
export type Cost = Node & {
  __typename?: 'Cost';
  amount: Maybe<Scalars['Float']['output']>;
  currency: Maybe<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  effect: ValueEffect;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The period the amount is for (year, month, one-off). */
  period: Maybe<Scalars['String']['output']>;
  /** Goes up by one with every write of this entity; pass it as expectedRevision to refuse a stale write. */
  revision: Scalars['Int']['output'];
  /** The services and offerings it belongs to. */
  subjects: Array<Node>;
};

export type CostConnection = {
  __typename?: 'CostConnection';
  edges: Array<CostEdge>;
  nodes: Array<Cost>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CostEdge = {
  __typename?: 'CostEdge';
  cursor: Scalars['String']['output'];
  node: Cost;
};

export type CostInput = {
  amount?: InputMaybe<Scalars['Float']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  effect?: InputMaybe<ValueEffect>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
};

export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  key: ApiKey;
  /** The bearer token. It is shown this once and cannot be read again. */
  token: Scalars['String']['output'];
};

/** The impact of the statuses recorded now. */
export type CurrentImpact = {
  __typename?: 'CurrentImpact';
  /** Computed by the same engine as the what-if, from every status that is not UP. */
  impact: Impact;
  /** In planned maintenance: their effect on dependants is in `impact`, but they are no surprise. */
  maintenance: Array<NodeStatus>;
  statuses: Array<NodeStatus>;
  /** DOWN or DEGRADED without being planned. */
  surprises: Array<NodeStatus>;
};

/**
 * Nodes that are available only because the members of a cycle hold each other up (a directory and
 * its DNS): fine now, but they would not come back after a cold start.
 *
 * On a large estate a cycle such as DNS and directory can hold up thousands of nodes, and mostly the
 * same ones whatever fails (they would not cold-start with nothing failed either). During an outage,
 * ask `nodeCount` and `nodes(first:)` rather than the whole list: the count says how much rests on
 * the cycle, and the nodes come nearest the cycle first, so a short prefix names the cycle's members
 * and what needs them directly. Listing every node is the default, unchanged.
 */
export type CyclicSupport = {
  __typename?: 'CyclicSupport';
  /** The members of the cycle. */
  cycle: Array<NodeRef>;
  /** How many nodes `nodes` lists without `first`: the answer's size without its cost. */
  nodeCount: Scalars['Int']['output'];
  /**
   * Nodes not DOWN in this answer that would be DOWN in the pessimistic one (every node starting DOWN),
   * nearest the cycle first, then by id. All of them unless `first` is given: then the first `first`
   * (0 or more) of that same list.
   */
  nodes: Array<NodeRef>;
};


/**
 * Nodes that are available only because the members of a cycle hold each other up (a directory and
 * its DNS): fine now, but they would not come back after a cold start.
 *
 * On a large estate a cycle such as DNS and directory can hold up thousands of nodes, and mostly the
 * same ones whatever fails (they would not cold-start with nothing failed either). During an outage,
 * ask `nodeCount` and `nodes(first:)` rather than the whole list: the count says how much rests on
 * the cycle, and the nodes come nearest the cycle first, so a short prefix names the cycle's members
 * and what needs them directly. Listing every node is the default, unchanged.
 */
export type CyclicSupportNodesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DeleteResult = {
  __typename?: 'DeleteResult';
  deleted: NodeRef;
  /** Every relationship that went with it (its dependants keep existing, without this dependency). */
  removedRelationships: Array<RemovedRelationship>;
};

/** One DEPENDS_ON relationship seen from one end: `node` is the other end. */
export type Dependency = {
  __typename?: 'Dependency';
  node: Node;
  strength: DependencyStrength;
};

/**
 * An edge of a dependency graph, pointing as stored: from the dependant (or the group) to what it
 * needs (or the member); TARGETS points from the offering to the consumer group it is for.
 */
export type DependencyEdge = {
  __typename?: 'DependencyEdge';
  from: Scalars['ID']['output'];
  /**
   * DEPENDS_ON: as stored. COLLAPSED: HARD only if every edge along the route in `via` is HARD
   * (HAS_MEMBER, INTERFACE_OF, INCLUDES and TARGETS count as HARD). Null for the other types.
   */
  strength: Maybe<DependencyStrength>;
  to: Scalars['ID']['output'];
  type: DependencyEdgeType;
  /**
   * COLLAPSED only: the collapsed nodes this edge stands for, in order from `from` to `to`, along one
   * shortest route (a shortest all-HARD route when the edge is HARD). Empty otherwise.
   */
  via: Array<Scalars['ID']['output']>;
};

/** The relationship an edge of a dependency graph stands for. */
export type DependencyEdgeType =
  /** A route through nodes of the kinds in `collapseKinds`, which the answer leaves out; `via` names them. */
  | 'COLLAPSED'
  | 'DEPENDS_ON'
  /** Network -> one of its routers or links. */
  | 'HAS_ELEMENT'
  | 'HAS_MEMBER'
  | 'INCLUDES'
  | 'INTERFACE_OF'
  | 'TARGETS'
  /** Connectivity -> the network its paths run through. */
  | 'THROUGH';

/**
 * The nodes and edges around a root, for drawing. Every node is reachable from the root in the
 * graph's direction within `depth` hops; `edges` are all the stored edges among the nodes shown (a
 * node's links to nodes left out are dropped), plus COLLAPSED edges.
 */
export type DependencyGraph = {
  __typename?: 'DependencyGraph';
  /** Ordered by from, to, type. */
  edges: Array<DependencyEdge>;
  /** Nearest first, then by id; the root first. */
  nodes: Array<DependencyNode>;
  root: DependencyNode;
  /** True when nodes were left out because of `depth` or `maxNodes`. */
  truncated: Scalars['Boolean']['output'];
  /** Which caps left nodes out: "depth" (nodes further than `depth` exist), "maxNodes" (more nodes than `maxNodes` were within reach). */
  truncatedBy: Array<Scalars['String']['output']>;
};

/** A node of a dependency graph. */
export type DependencyNode = {
  __typename?: 'DependencyNode';
  /**
   * Hops from the root along stored relationships, the nearest route counted (0 for the root).
   * Collapsed nodes count as hops: collapsing changes which nodes are shown, not how far away they are.
   */
  depth: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: DependencyNodeKind;
  name: Scalars['String']['output'];
  /** The full entity, for any further field. */
  node: Node;
};

/** The kinds of node a dependency graph holds (their labels). */
export type DependencyNodeKind =
  | 'Component'
  | 'Connectivity'
  | 'ConsumerGroup'
  | 'Network'
  | 'RedundancyGroup'
  | 'Service'
  | 'ServiceInterface'
  | 'ServiceOffering';

export type DependencyStrength =
  /** Passes DOWN and DEGRADED on unchanged. */
  | 'HARD'
  /** Passes DOWN or DEGRADED on as DEGRADED only (monitoring, reporting). */
  | 'SOFT';

/** Which entity an event binds to, and why (or why not). */
export type EventBinding = {
  __typename?: 'EventBinding';
  /** The bound entity; null when none was found. */
  node: Maybe<NodeRef>;
  /** Why it is not bound; null when bound. */
  reason: Maybe<Scalars['String']['output']>;
  /** The value looked up: the named id, or what the rule made of the labels. */
  value: Maybe<Scalars['String']['output']>;
  /** cascade_id when the event named it, else the id of the rule that bound it. */
  via: Maybe<Scalars['String']['output']>;
};

/** What became of one event from monitoring (POST /events/alertmanager, POST /events; docs/events.md). */
export type EventOutcome =
  /** An open alert marked as being worked on; no state changes. */
  | 'ACKNOWLEDGED'
  /** Recorded; its entity's status follows its open alerts (the worst wins, UP when all resolve). */
  | 'APPLIED'
  /** Same key and same state as already known: nothing to do (Alertmanager resends a group's alerts). */
  | 'DUPLICATE'
  /** Recorded, but its entity is in MAINTENANCE: reported apart, the status is left alone. */
  | 'MAINTENANCE'
  /** Older than the last event applied to the same alert: a late arrival does not undo a newer one. */
  | 'STALE'
  /** No entity found: kept in unboundEvents until a binding rule or a cascade_id label finds one. */
  | 'UNBOUND';

export type Exposure = {
  __typename?: 'Exposure';
  /** Everything upstream that can affect the target, nearest first. */
  entries: ExposureEntryConnection;
  /** Organisations that own or provide something upstream (the providers the target rests on). */
  organizations: Array<Organization>;
  target: NodeRef;
  /** Where the margin is zero: exact single points of failure, and redundancy groups with no spare member. */
  zeroMargin: Array<ExposureEntry>;
};


export type ExposureEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ExposureEntry = {
  __typename?: 'ExposureEntry';
  /** For a redundancy group: members minus members required, with nothing failed. */
  groupMargin: Maybe<Scalars['Int']['output']>;
  /** Fewest hops from the target down to this node. */
  hops: Scalars['Int']['output'];
  /**
   * The weakest protection between this node and the target: over every HARD path up to the target,
   * the best redundancy margin on that path (0 for a path with no spare member anywhere), minimised
   * over paths. 0 means one failure here can reach the target as DOWN along some path. Null when only
   * SOFT paths lead up (it can only degrade the target). Path-wise: a dependency shared by several
   * members of one group is not seen here; singlePointsOfFailure is exact.
   */
  margin: Maybe<Scalars['Int']['output']>;
  node: NodeRef;
  /** Whether this node's failure alone takes the target DOWN (exact, by propagation; for organisations, any of its services). */
  singlePointOfFailure: Scalars['Boolean']['output'];
};

export type ExposureEntryConnection = {
  __typename?: 'ExposureEntryConnection';
  edges: Array<ExposureEntryEdge>;
  nodes: Array<ExposureEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ExposureEntryEdge = {
  __typename?: 'ExposureEntryEdge';
  cursor: Scalars['String']['output'];
  node: ExposureEntry;
};

export type FailureInput = {
  /** A component, redundancy group, service, interface or offering. */
  id: Scalars['ID']['input'];
  /** The node's own state in this what-if. */
  state?: InputMaybe<State>;
};

/** One component, or two that only together take the target down (a minimal cut set). */
export type FailureSet = {
  __typename?: 'FailureSet';
  components: Array<Component>;
  /** People cut off across the whole estate if the set fails. */
  peopleDown: Scalars['Int']['output'];
};

/** One change of the graph, as recorded: who (the x-cascade-user header), when, what, before and after. */
export type GraphChange = {
  __typename?: 'GraphChange';
  /** Properties after (null: it is gone); for an import, its counts. */
  after: Maybe<Scalars['JSON']['output']>;
  /** ISO 8601 date-time. */
  at: Scalars['String']['output'];
  /** Properties before (null: it did not exist). */
  before: Maybe<Scalars['JSON']['output']>;
  by: Scalars['String']['output'];
  /** The entity written or deleted. */
  entityId: Maybe<Scalars['ID']['output']>;
  from: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  operation: ChangeOperation;
  relationshipType: Maybe<Scalars['String']['output']>;
  to: Maybe<Scalars['ID']['output']>;
};

/** Which way a dependency graph runs from its root. */
export type GraphDirection =
  /**
   * What needs the root: against DEPENDS_ON, HAS_MEMBER, INTERFACE_OF and INCLUDES, and from an
   * offering along TARGETS to the consumer groups it is for.
   */
  | 'DOWNSTREAM'
  /**
   * What the root needs: along DEPENDS_ON, HAS_MEMBER, INTERFACE_OF and INCLUDES, from the dependant
   * to what it needs. A consumer group needs the offerings that target it, so from a group root the
   * walk first goes against TARGETS to those offerings.
   */
  | 'UPSTREAM';

/** Who the API takes the caller to be. */
export type Identity = {
  __typename?: 'Identity';
  /** Null for an anonymous caller. */
  role: Maybe<Role>;
  /** The author recorded in histories: apikey:<name>, jwt:<subject>, admin-token, or anonymous. */
  subject: Scalars['String']['output'];
  /** How the credential came: ANONYMOUS, API_KEY, JWT or ADMIN_TOKEN. */
  via: Scalars['String']['output'];
};

/** A what-if answer: nothing in the graph changes. */
export type Impact = {
  __typename?: 'Impact';
  consumerGroups: Array<AffectedConsumerGroup>;
  /** Nodes held up only by cycles, by cycle (computed when asked for). */
  cyclicSupport: Array<CyclicSupport>;
  /** The failures as given, with their own state. */
  failures: Array<ImpactedNode>;
  /** Every node that is not UP, nearest the failures first; filter by kind and state; up to 10000 a page. */
  nodes: ImpactedNodeConnection;
  organizations: Array<AffectedOrganization>;
  /** Every redundancy group that is not UP. */
  redundancyVerdicts: Array<RedundancyVerdict>;
  summary: ImpactSummary;
};


/** A what-if answer: nothing in the graph changes. */
export type ImpactNodesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ImpactNodeKind>>;
  states?: InputMaybe<Array<State>>;
};

/** What kind of node an impacted node is (its label). */
export type ImpactNodeKind =
  | 'Component'
  | 'Connectivity'
  | 'Network'
  | 'RedundancyGroup'
  | 'Service'
  | 'ServiceInterface'
  | 'ServiceOffering';

export type ImpactSummary = {
  __typename?: 'ImpactSummary';
  components: StateCounts;
  /** Connectivities: the state of their best path through their network. */
  connectivities: StateCounts;
  consumerGroups: StateCounts;
  /** Networks: DEGRADED while any router or link is not UP, DOWN when all are. */
  networks: StateCounts;
  offerings: StateCounts;
  organizations: StateCounts;
  /** People in consumer groups that are DEGRADED (and not DOWN); each group counted once. */
  peopleDegraded: Scalars['Int']['output'];
  /** People in consumer groups that are DOWN; each group counted once. */
  peopleDown: Scalars['Int']['output'];
  redundancyGroups: StateCounts;
  serviceInterfaces: StateCounts;
  services: StateCounts;
};

/** A node whose state is not UP in the answer. */
export type ImpactedNode = {
  __typename?: 'ImpactedNode';
  /** How the failure got here, from a failed node to this one. */
  chain: Array<ChainStep>;
  /** Hops from the nearest failure along the causal chain (0 for the failures themselves). */
  distance: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: ImpactNodeKind;
  name: Scalars['String']['output'];
  /** The full entity, for any further field. */
  node: Node;
  state: State;
  /** For a redundancy group: how it stands. */
  verdict: Maybe<RedundancyVerdict>;
  /** The verdict of every redundancy group on the chain, in chain order. */
  verdicts: Array<RedundancyVerdict>;
};

export type ImpactedNodeConnection = {
  __typename?: 'ImpactedNodeConnection';
  edges: Array<ImpactedNodeEdge>;
  nodes: Array<ImpactedNode>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ImpactedNodeEdge = {
  __typename?: 'ImpactedNodeEdge';
  cursor: Scalars['String']['output'];
  node: ImpactedNode;
};

export type ImportResult = {
  __typename?: 'ImportResult';
  /** True when the document was only validated. */
  dryRun: Scalars['Boolean']['output'];
  nodes: WriteCounts;
  /** What a conversion left out (a network file's self-loops); empty for documents. */
  notes: Array<Scalars['String']['output']>;
  relationships: WriteCounts;
};

/** An incident groups status changes, e.g. 'core router outage': opened, updated, resolved. */
export type Incident = {
  __typename?: 'Incident';
  /** Its status changes, newest first. */
  changes: Array<StatusChange>;
  id: Scalars['ID']['output'];
  openedAt: Scalars['String']['output'];
  /** The authenticated identity that opened it. */
  openedBy: Maybe<Scalars['String']['output']>;
  openedOnBehalfOf: Maybe<Scalars['String']['output']>;
  resolvedAt: Maybe<Scalars['String']['output']>;
  resolvedBy: Maybe<Scalars['String']['output']>;
  resolvedOnBehalfOf: Maybe<Scalars['String']['output']>;
  state: IncidentState;
  title: Scalars['String']['output'];
};


/** An incident groups status changes, e.g. 'core router outage': opened, updated, resolved. */
export type IncidentChangesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * An incident for a group of open alerts. Name them by key (as openAlerts lists them), by entity (all
 * of its open alerts), or both; at most 1,000 together.
 */
export type IncidentFromAlertsInput = {
  alertKeys?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A note on whose behalf (kept as openedOnBehalfOf); the author is the caller's identity. */
  by?: InputMaybe<Scalars['String']['input']>;
  entities?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The incident's id (the caller's, like every id in Cascade). */
  id: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type IncidentState =
  | 'OPEN'
  | 'RESOLVED';

export type InterfaceChannel =
  | 'API'
  | 'ATM'
  | 'COUNTER'
  | 'DASHBOARD'
  | 'MOBILE_APP'
  | 'NETWORK'
  | 'PHONE'
  | 'PORTAL'
  | 'WEB';

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates the relationship, or updates its strength; both ends must exist and be of the right kinds. */
  connect: RelationshipChange;
  /** Creates an API key and returns its token once. */
  createApiKey: CreatedApiKey;
  /** Deletes a binding rule and returns it as it was; NOT_FOUND when there is none. */
  deleteBindingRule: BindingRule;
  /**
   * Deletes an entity and its relationships. Refused (HAS_DEPENDANTS) when others depend on it
   * (DEPENDS_ON, HAS_MEMBER, INTERFACE_OF, INCLUDES pointing at it) unless cascade is true.
   */
  deleteEntity: DeleteResult;
  /** Removes the relationship if it exists. */
  disconnect: RelationshipChange;
  /**
   * Components and dependencies as CSV (README, "Import and export"): the same checks and single
   * transaction as importTopology; problems name the file and line, e.g. `components.csv:7 kind`.
   */
  importCsv: ImportResult;
  /**
   * A network from GraphML or GML (the formats network teams export and the Internet Topology Zoo
   * publishes): nodes become routers (Component kind ROUTER), edges links (kind NETWORK_LINK, ends
   * CONNECTS_FROM / CONNECTS_TO, directed when the file says so), all HAS_ELEMENT of one Network; file
   * attributes are kept as JSON in `attributes`. Problems name the line (`line 12`); nothing is
   * written unless all of it is.
   */
  importNetwork: ImportResult;
  /**
   * Validates the whole document first (BAD_USER_INPUT lists every problem with its path, e.g.
   * `relationships[12].to`), then writes it in one transaction: all of it or nothing. Upserts by id:
   * importing the same document again reports everything unchanged.
   */
  importTopology: ImportResult;
  openIncident: Incident;
  /**
   * Opens an incident from a group of open alerts in one call: the alerts, the status changes that
   * put their entities where they are now and the changes the alerts make from then on (their
   * resolution) are the incident's (`Incident.changes`). A key or an
   * entity without an open alert is BAD_USER_INPUT, named by its path, and nothing is opened.
   */
  openIncidentFromAlerts: Incident;
  /** Creates or replaces a binding rule, validated whole. */
  putBindingRule: BindingRule;
  /** `by` is a note on whose behalf (kept as resolvedOnBehalfOf); the author is the caller's identity. */
  resolveIncident: Incident;
  /** Revokes a key at once; requests with it are refused from then on. */
  revokeApiKey: ApiKey;
  /** Records a status with its reason and author; each change is an event in the history. */
  setStatus: StatusChange;
  upsertComponent: Component;
  upsertConnectivity: Connectivity;
  upsertConsumerGroup: ConsumerGroup;
  upsertCost: Cost;
  upsertNetwork: Network;
  upsertOrganization: Organization;
  upsertOutcome: Outcome;
  upsertOutput: Output;
  upsertProduct: Product;
  upsertRedundancyGroup: RedundancyGroup;
  upsertRisk: Risk;
  upsertService: Service;
  upsertServiceInterface: ServiceInterface;
  upsertServiceLevel: ServiceLevel;
  upsertServiceOffering: ServiceOffering;
  upsertServiceRelationship: ServiceRelationship;
};


export type MutationConnectArgs = {
  input: RelationshipInput;
};


export type MutationCreateApiKeyArgs = {
  input: ApiKeyInput;
};


export type MutationDeleteBindingRuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteEntityArgs = {
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationDisconnectArgs = {
  input: RelationshipInput;
};


export type MutationImportCsvArgs = {
  components?: InputMaybe<Scalars['String']['input']>;
  dependencies?: InputMaybe<Scalars['String']['input']>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationImportNetworkArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  format: NetworkFormat;
  network: NetworkImportInput;
  text: Scalars['String']['input'];
};


export type MutationImportTopologyArgs = {
  document: Scalars['JSON']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationOpenIncidentArgs = {
  input: OpenIncidentInput;
};


export type MutationOpenIncidentFromAlertsArgs = {
  input: IncidentFromAlertsInput;
};


export type MutationPutBindingRuleArgs = {
  input: BindingRuleInput;
};


export type MutationResolveIncidentArgs = {
  by?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetStatusArgs = {
  input: SetStatusInput;
};


export type MutationUpsertComponentArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  input: ComponentInput;
};


export type MutationUpsertConnectivityArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  input: ConnectivityInput;
};


export type MutationUpsertConsumerGroupArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  input: ConsumerGroupInput;
};


export type MutationUpsertCostArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  input: CostInput;
};


export type MutationUpsertNetworkArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  input: NetworkInput;
};


export type MutationUpsertOrganizationArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  input: OrganizationInput;
};


export type MutationUpsertOutcomeArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  input: OutcomeInput;
};


export type MutationUpsertOutputArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  input: OutputInput;
};


export type MutationUpsertProductArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  input: ProductInput;
};


export type MutationUpsertRedundancyGroupArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  input: RedundancyGroupInput;
};


export type MutationUpsertRiskArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  input: RiskInput;
};


export type MutationUpsertServiceArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  input: ServiceInput;
};


export type MutationUpsertServiceInterfaceArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  input: ServiceInterfaceInput;
};


export type MutationUpsertServiceLevelArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  input: ServiceLevelInput;
};


export type MutationUpsertServiceOfferingArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  input: ServiceOfferingInput;
};


export type MutationUpsertServiceRelationshipArgs = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  input: ServiceRelationshipInput;
};

/**
 * A mesh of routers, switches or PoPs and the links between them (its elements, all components).
 * Impact crosses it as paths: a connectivity through it stays UP while any path of UP elements
 * joins its points, whatever single router fails.
 */
export type Network = Node & {
  __typename?: 'Network';
  /** The connectivities that need a path through it. */
  connectivities: Array<Connectivity>;
  description: Maybe<Scalars['String']['output']>;
  /** Its routers, switches, PoPs and links. */
  elements: Array<Component>;
  id: Scalars['ID']['output'];
  /** What kind of network (backbone, data-centre fabric, ...), free text. */
  kind: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  owner: Maybe<Organization>;
  /** Goes up by one with every write of this entity; pass it as expectedRevision to refuse a stale write. */
  revision: Scalars['Int']['output'];
};

export type NetworkConnection = {
  __typename?: 'NetworkConnection';
  edges: Array<NetworkEdge>;
  nodes: Array<Network>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkEdge = {
  __typename?: 'NetworkEdge';
  cursor: Scalars['String']['output'];
  node: Network;
};

export type NetworkFormat =
  | 'GML'
  | 'GRAPHML';

/** Where an imported network goes: its node, and the ids of its routers and links. */
export type NetworkImportInput = {
  /** Id of the Network node. */
  id: Scalars['ID']['input'];
  /** Prefix of every router and link id: a node labelled Chicago becomes <idPrefix>.chicago. */
  idPrefix: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** An organisation that owns every router and link. */
  owner?: InputMaybe<Scalars['ID']['input']>;
};

export type NetworkInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Where the network model cannot mean what its author meant; impact answers treat these leniently (a connectivity that cannot route constrains nothing). */
export type NetworkProblem = {
  __typename?: 'NetworkProblem';
  /** The connectivity or link concerned. */
  id: Scalars['ID']['output'];
  kind: NetworkProblemKind;
  message: Scalars['String']['output'];
};

export type NetworkProblemKind =
  /** A link without exactly one CONNECTS_FROM and one CONNECTS_TO end. */
  | 'LINK_ENDS'
  /** A link with an end that is not a router of its network. */
  | 'LINK_END_NOT_IN_NETWORK'
  /** A connectivity that runs THROUGH no network. */
  | 'NO_NETWORK'
  /** A connectivity without an attachment point or a destination among its network's routers. */
  | 'NO_POINTS'
  /** A connectivity point that is not a router of its network. */
  | 'POINT_NOT_IN_NETWORK'
  /** No path joins a connectivity's points even with everything UP. */
  | 'UNROUTABLE';

/** Anything in the service graph, addressed by the stable id its owner chose (e.g. `bank.netbanking`). */
export type Node = {
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Goes up by one with every write of this entity; pass it as expectedRevision to refuse a stale write. */
  revision: Scalars['Int']['output'];
};

/** Filter for lists without type-specific fields. */
export type NodeFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** A node named by id, kind and name. */
export type NodeRef = {
  __typename?: 'NodeRef';
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  node: Node;
};

/** The status a node has now, when it is not UP. */
export type NodeStatus = {
  __typename?: 'NodeStatus';
  by: Maybe<Scalars['String']['output']>;
  incident: Maybe<Incident>;
  node: NodeRef;
  reason: Maybe<Scalars['String']['output']>;
  since: Scalars['String']['output'];
  state: Status;
};

export type OpenIncidentInput = {
  /** A note on whose behalf it is opened; the recorded author is always the caller's identity. */
  by?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

/** A person or group with its own functions; any organisation can be service provider and consumer at once. */
export type Organization = Node & {
  __typename?: 'Organization';
  /** Components it owns or operates. */
  components: Array<Component>;
  /** Consumer groups that belong to it (its employees, its IT operations staff...). */
  consumerGroups: Array<ConsumerGroup>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Free text: ISP, Bank, Managed service provider, Utility... */
  kind: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Offerings it makes to consumers. */
  offerings: Array<ServiceOffering>;
  /** Products it makes. */
  products: Array<Product>;
  redundancyGroups: Array<RedundancyGroup>;
  /** Service relationships in which it is the consumer. */
  relationshipsAsConsumer: Array<ServiceRelationship>;
  /** Service relationships in which it is the provider. */
  relationshipsAsProvider: Array<ServiceRelationship>;
  /** Goes up by one with every write of this entity; pass it as expectedRevision to refuse a stale write. */
  revision: Scalars['Int']['output'];
  /** Services it provides. */
  services: Array<Service>;
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  nodes: Array<Organization>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type OrganizationFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<Scalars['String']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

export type OrganizationImpactRole =
  /** An offering it consumes through a service relationship is not UP. */
  | 'CONSUMER'
  /** A service it provides is not UP. */
  | 'PROVIDER';

/**
 * Upserts by the owner's id: fields given are set, fields given as null are cleared, fields left out
 * are kept. A new entity needs a name (and the fields its type requires).
 */
export type OrganizationInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A result for a stakeholder, enabled by outputs. */
export type Outcome = Node & {
  __typename?: 'Outcome';
  /** The consumer groups it benefits. */
  beneficiaries: Array<ConsumerGroup>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Goes up by one with every write of this entity; pass it as expectedRevision to refuse a stale write. */
  revision: Scalars['Int']['output'];
  services: Array<Service>;
};

export type OutcomeConnection = {
  __typename?: 'OutcomeConnection';
  edges: Array<OutcomeEdge>;
  nodes: Array<Outcome>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OutcomeEdge = {
  __typename?: 'OutcomeEdge';
  cursor: Scalars['String']['output'];
  node: Outcome;
};

export type OutcomeInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A tangible or intangible deliverable of the service's activities. */
export type Output = Node & {
  __typename?: 'Output';
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Goes up by one with every write of this entity; pass it as expectedRevision to refuse a stale write. */
  revision: Scalars['Int']['output'];
  services: Array<Service>;
};

export type OutputConnection = {
  __typename?: 'OutputConnection';
  edges: Array<OutputEdge>;
  nodes: Array<Output>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OutputEdge = {
  __typename?: 'OutputEdge';
  cursor: Scalars['String']['output'];
  node: Output;
};

export type OutputInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page; null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A generic configuration of an organisation's resources (a router model with its IOS); components are configured from it. */
export type Product = Node & {
  __typename?: 'Product';
  /** Components configured from it. */
  components: Array<Component>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The organisation that makes it. */
  maker: Maybe<Organization>;
  name: Scalars['String']['output'];
  /** Goes up by one with every write of this entity; pass it as expectedRevision to refuse a stale write. */
  revision: Scalars['Int']['output'];
  vendor: Maybe<Scalars['String']['output']>;
  version: Maybe<Scalars['String']['output']>;
};

export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  nodes: Array<Product>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

export type ProductFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  vendor?: InputMaybe<Scalars['String']['input']>;
};

export type ProductInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  vendor?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** Every API key, newest first (secrets are never shown). */
  apiKeys: Array<ApiKey>;
  /**
   * Every service relationship and offering whose agreed availability the structure cannot keep,
   * ranked by people affected; levels it cannot decide (missing figures, an estimate straddling the
   * level, the question's budget spent) listed apart. defaultAvailability (0 to 1) stands in for
   * components without a figure. One budget covers all targets: five times an availability
   * question's exact allowance and two estimates; past it, levels are BUDGET_SPENT.
   *
   * On a large estate one budget decides a small part of every level, so a question can be scoped
   * and paged; repeated calls from nextOffset then decide every level of the scope, one budget each.
   * provider: levels on offerings this organisation offers (OFFERED_BY; a contract's levels are on
   * its provider's offerings). consumer: contracts this organisation consumes under (HAS_CONSUMER),
   * and offerings it consumes through one. service: levels on the offerings that include this
   * service. Scopes combine (all must hold). Candidates are ordered before anything is computed: most
   * people affected first, then subject id, then target id (the answer's gap is not known yet).
   * offset: where to start among them; first: how many to check (1 to 10,000; all when absent). A
   * page costs at most one budget whatever first is; a page too large for it ends in BUDGET_SPENT
   * entries, and nextOffset points at the first of them.
   * A service that does not exist is NOT_FOUND; an organisation that offers or consumes nothing with
   * an agreed level gives no candidates.
   */
  atRisk: AtRisk;
  /**
   * The availability of a component, redundancy group, service, interface, offering or connectivity,
   * or of a consumer group's access: the probability that every offering targeting the group is not
   * DOWN (impact counts the group's people cut off as soon as one is), measured against the strictest
   * level agreed for those offerings. defaultAvailability (0 to 1) stands in for components without a figure. whatIf: hypothetical
   * changes (at most 100), applied in order to a copy; the answer is for the changed structure.
   */
  availability: Availability;
  /** Dry run: which entity an event with these labels (or naming this resource id) would bind to. */
  bindEvent: EventBinding;
  /** Binding rules, in the order they are tried. */
  bindingRules: Array<BindingRule>;
  /** Changes of the graph, newest first: those touching one id (the entity, or either end of a relationship), or all. */
  changeHistory: Array<GraphChange>;
  component: Maybe<Component>;
  components: ComponentConnection;
  connectivities: ConnectivityConnection;
  connectivity: Maybe<Connectivity>;
  consumerGroup: Maybe<ConsumerGroup>;
  consumerGroups: ConsumerGroupConnection;
  cost: Maybe<Cost>;
  costs: CostConnection;
  /** The impact of the statuses recorded now, or at a past instant (ISO 8601) on the graph as it was then. */
  currentImpact: CurrentImpact;
  /**
   * The nodes and edges around `root` (a component, redundancy group, service, interface, offering or
   * consumer group), for front-ends that draw them. `depth` (1 to 50) and `maxNodes` (1 to 20000) cap
   * the answer; when `maxNodes` cuts, the furthest nodes go first (the larger ids among equals),
   * counted after collapsing, so what stays is connected to the root. `collapseKinds` leaves out nodes of those kinds (never the root) and joins the nodes
   * around them with COLLAPSED edges, one per pair of nodes joined by a route of left-out nodes only
   * (a route back to its start is not an edge); stored edges between shown nodes stay as they are.
   * Cycles terminate. An argument given as null takes its default. An unknown root is NOT_FOUND;
   * caps out of range and roots of other kinds are BAD_USER_INPUT.
   */
  dependencyGraph: DependencyGraph;
  /** The whole graph as a topology document, in a stable order: importing it elsewhere rebuilds the graph. */
  exportTopology: Scalars['JSON']['output'];
  /** Everything upstream that can affect a service, offering, component or organisation, with hops and margins. */
  exposure: Exposure;
  /**
   * What stops and what degrades when the given nodes fail: services, offerings, organisations and
   * consumer groups with people counts, and the chain that reaches each. Redundancy groups keep their
   * dependants up while enough members are available.
   */
  impact: Impact;
  incidents: Array<Incident>;
  network: Maybe<Network>;
  /** Every problem of the network model, sorted by id (an empty list: every connectivity and link means what it says). */
  networkProblems: Array<NetworkProblem>;
  networks: NetworkConnection;
  /** Any entity by id; null when no entity has that id. */
  node: Maybe<Node>;
  /** Open alerts, of one entity or of all, the most recent first. */
  openAlerts: Array<Alert>;
  organization: Maybe<Organization>;
  organizations: OrganizationConnection;
  outcome: Maybe<Outcome>;
  outcomes: OutcomeConnection;
  output: Maybe<Output>;
  outputs: OutputConnection;
  product: Maybe<Product>;
  products: ProductConnection;
  /**
   * The order in which to bring failed things back so each comes up after what it needs: layers of a
   * cold start simulated with the impact rules (a group with its quorum, a connectivity with one path,
   * soft needs never wait), every cycle that blocks it reported and started as one. Name the failed
   * ids, or a site (every component whose location it is), at an instant (now when left out).
   */
  recoveryPlan: RecoveryPlan;
  redundancyGroup: Maybe<RedundancyGroup>;
  redundancyGroups: RedundancyGroupConnection;
  risk: Maybe<Risk>;
  risks: RiskConnection;
  /** Ranked single components whose failure would explain the symptoms (nodes observed DOWN). */
  rootCauses: RootCauseAnalysis;
  /**
   * Entities of any kind whose id or name contains `text` (1 to 100 characters, case-insensitive),
   * best first: the exact id, then ids and names starting with the text, then shorter names.
   */
  search: Array<Node>;
  service: Maybe<Service>;
  /**
   * The value chain around a service or offering (`id`). UPSTREAM: the services of other organisations
   * it ultimately rests on, through its dependencies (hard and soft), transitively and across
   * organisations, each as a link from its provider to the organisation whose node needs it.
   * DOWNSTREAM: the offerings that include it (directly or through services and components of any
   * organisation that rest on it; for an offering, itself), the consumer groups they target, the
   * consumers of the service relationships that cover them, and the organisations whose nodes need a
   * service on the way. Loops between organisations show as they are: Bluefin monitors the bank over
   * the bank's own internet connectivity, so bank -> rim is upstream of the bank's net banking.
   * `maxDepth` (1 to 50) caps `hops`; an argument given as null takes its default. An unknown id is
   * NOT_FOUND; an id of another kind, or `maxDepth` out of range, BAD_USER_INPUT.
   */
  serviceChain: ServiceChain;
  serviceInterface: Maybe<ServiceInterface>;
  serviceInterfaces: ServiceInterfaceConnection;
  serviceLevel: Maybe<ServiceLevel>;
  serviceLevels: ServiceLevelConnection;
  serviceOffering: Maybe<ServiceOffering>;
  serviceOfferings: ServiceOfferingConnection;
  serviceRelationship: Maybe<ServiceRelationship>;
  serviceRelationships: ServiceRelationshipConnection;
  services: ServiceConnection;
  /**
   * Components (maxSetSize 1) and pairs (maxSetSize 2) whose failure takes the target (a component,
   * group, service, interface or offering) DOWN: minimal cut sets, ranked by people cut off.
   */
  singlePointsOfFailure: SinglePointsOfFailure;
  /** Status changes, newest first: of one node, or all. */
  statusHistory: Array<StatusChange>;
  /** Better statuses from monitoring waiting out the hold-down, the soonest due first. */
  statusHolds: Array<StatusHold>;
  /**
   * A connectivity's state, failure tolerance and best path through its network, with the given
   * failures (a what-if; none: everything UP) at an instant (now when left out).
   */
  tolerance: ConnectivityTolerance;
  /** Events no entity was found for, the most recent first. */
  unboundEvents: Array<UnboundEvent>;
  /** The caller as authenticated. */
  whoami: Identity;
};


export type QueryAtRiskArgs = {
  consumer?: InputMaybe<Scalars['ID']['input']>;
  defaultAvailability?: InputMaybe<Scalars['Float']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  provider?: InputMaybe<Scalars['ID']['input']>;
  service?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAvailabilityArgs = {
  defaultAvailability?: InputMaybe<Scalars['Float']['input']>;
  target: Scalars['ID']['input'];
  whatIf?: InputMaybe<Array<AvailabilityChangeInput>>;
};


export type QueryBindEventArgs = {
  labels?: InputMaybe<Scalars['JSON']['input']>;
  resourceId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryChangeHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryComponentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryComponentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ComponentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryConnectivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NodeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryConnectivityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConsumerGroupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConsumerGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ConsumerGroupFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCostArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NodeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCurrentImpactArgs = {
  at?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDependencyGraphArgs = {
  collapseKinds?: InputMaybe<Array<DependencyNodeKind>>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  direction?: InputMaybe<GraphDirection>;
  maxNodes?: InputMaybe<Scalars['Int']['input']>;
  root: Scalars['ID']['input'];
};


export type QueryExposureArgs = {
  target: Scalars['ID']['input'];
};


export type QueryImpactArgs = {
  at?: InputMaybe<Scalars['String']['input']>;
  failures: Array<FailureInput>;
};


export type QueryIncidentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<IncidentState>;
};


export type QueryNetworkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNetworkProblemsArgs = {
  at?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNetworksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NodeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOpenAlertsArgs = {
  entity?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOutcomeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOutcomesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NodeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOutputArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOutputsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NodeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRecoveryPlanArgs = {
  at?: InputMaybe<Scalars['String']['input']>;
  down?: InputMaybe<Array<Scalars['ID']['input']>>;
  site?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRedundancyGroupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRedundancyGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RedundancyGroupFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRiskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRisksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NodeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRootCausesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxEvaluations?: InputMaybe<Scalars['Int']['input']>;
  symptoms: Array<Scalars['ID']['input']>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QueryServiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServiceChainArgs = {
  direction?: InputMaybe<ChainDirection>;
  id: Scalars['ID']['input'];
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryServiceInterfaceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServiceInterfacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceInterfaceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryServiceLevelArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServiceLevelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NodeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryServiceOfferingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServiceOfferingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceOfferingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryServiceRelationshipArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServiceRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceRelationshipFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySinglePointsOfFailureArgs = {
  maxPairChecks?: InputMaybe<Scalars['Int']['input']>;
  maxSetSize?: InputMaybe<Scalars['Int']['input']>;
  target: Scalars['ID']['input'];
};


export type QueryStatusHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryStatusHoldsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryToleranceArgs = {
  at?: InputMaybe<Scalars['String']['input']>;
  connectivity: Scalars['ID']['input'];
  failures?: InputMaybe<Array<FailureInput>>;
};


export type QueryUnboundEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Nodes to start together, once every earlier layer is up. */
export type RecoveryLayer = {
  __typename?: 'RecoveryLayer';
  /** When the layer is a cycle started by force (each member waits for another): its members. Null when the layer's needs are met. */
  forcedCycle: Maybe<Array<Scalars['ID']['output']>>;
  ids: Array<Scalars['ID']['output']>;
  /** 0 first. */
  index: Scalars['Int']['output'];
  /** The entities of the layer (resolved in one batch). */
  nodes: Array<Node>;
  size: Scalars['Int']['output'];
};

/** The order to bring back what a failure took DOWN (README, Recovery plans). */
export type RecoveryPlan = {
  __typename?: 'RecoveryPlan';
  /** DOWN nodes nothing in the plan lets start (should stay empty). */
  blocked: Array<Scalars['ID']['output']>;
  /** Dependency cycles that block a cold start: start each set together, or break it. */
  cycles: Array<Array<Scalars['ID']['output']>>;
  /** Nodes only DEGRADED: not in the plan; they recover as their needs do. */
  degraded: Array<Scalars['ID']['output']>;
  /** Nodes DOWN after the failures: every one is in exactly one layer (or in blocked). */
  down: Scalars['Int']['output'];
  /** What was taken as failed: the ids given, or the components at the site. */
  failed: Array<Scalars['ID']['output']>;
  layerCount: Scalars['Int']['output'];
  layers: Array<RecoveryLayer>;
};


/** The order to bring back what a failure took DOWN (README, Recovery plans). */
export type RecoveryPlanLayersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Members of which a minimum must stay available (two routers behind one link, 2 of 3 web servers). */
export type RedundancyGroup = Node & {
  __typename?: 'RedundancyGroup';
  /** What needs the group directly. */
  dependants: Array<Dependency>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Groups this group is a member of. */
  memberOf: Array<RedundancyGroup>;
  /** Components, services or nested groups. */
  members: Array<Node>;
  /** How many members must be available, when given as a count. */
  minUp: Maybe<Scalars['Int']['output']>;
  /** How many members must be available, when given as a percentage of the members (rounded up). */
  minUpPercent: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  owner: Maybe<Organization>;
  /** Goes up by one with every write of this entity; pass it as expectedRevision to refuse a stale write. */
  revision: Scalars['Int']['output'];
};

export type RedundancyGroupConnection = {
  __typename?: 'RedundancyGroupConnection';
  edges: Array<RedundancyGroupEdge>;
  nodes: Array<RedundancyGroup>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RedundancyGroupEdge = {
  __typename?: 'RedundancyGroupEdge';
  cursor: Scalars['String']['output'];
  node: RedundancyGroup;
};

export type RedundancyGroupFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

export type RedundancyGroupInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  minUp?: InputMaybe<Scalars['Int']['input']>;
  minUpPercent?: InputMaybe<Scalars['Float']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** How a redundancy group stands, e.g. `bank.web-cluster: 2 of 3 members down, needs 2 -> DOWN`. */
export type RedundancyVerdict = {
  __typename?: 'RedundancyVerdict';
  /** Members not DOWN. */
  available: Scalars['Int']['output'];
  degraded: Scalars['Int']['output'];
  down: Scalars['Int']['output'];
  group: RedundancyGroup;
  /** available - required: how many more member failures it tolerates; negative when DOWN. */
  margin: Scalars['Int']['output'];
  members: Scalars['Int']['output'];
  /** Members the group needs available (minUp, or minUpPercent of its members rounded up). */
  required: Scalars['Int']['output'];
  state: State;
  summary: Scalars['String']['output'];
};

export type RelationshipChange = {
  __typename?: 'RelationshipChange';
  /** connect: whether the relationship is new (false: it existed and was updated). */
  created: Scalars['Boolean']['output'];
  from: Node;
  /** disconnect: whether a relationship was removed (false: there was none). */
  removed: Scalars['Boolean']['output'];
  strength: Maybe<DependencyStrength>;
  to: Node;
  type: RelationshipType;
};

export type RelationshipInput = {
  /** The dependant, owner or describer (the arrow's tail). */
  from: Scalars['ID']['input'];
  /** DEPENDS_ON only; HARD when left out. */
  strength?: InputMaybe<DependencyStrength>;
  to: Scalars['ID']['input'];
  type: RelationshipType;
};

/** Relationship types of the model; each joins only the labels the README lists for it. */
export type RelationshipType =
  | 'ACCESSED_THROUGH'
  | 'AGREES'
  /** Connectivity -> Component: an attachment point a path may start from. */
  | 'ATTACHED_AT'
  | 'BENEFITS'
  | 'CONFIGURED_FROM'
  /** Link -> Component: the link's first end (where a directed link carries traffic from). */
  | 'CONNECTS_FROM'
  /** Link -> Component: the link's second end. */
  | 'CONNECTS_TO'
  | 'COVERS'
  | 'DEPENDS_ON'
  | 'ENABLES'
  | 'HAS_CONSUMER'
  | 'HAS_COST'
  /** Network -> Component: a router (node) or link of the network. */
  | 'HAS_ELEMENT'
  | 'HAS_MEMBER'
  | 'HAS_PROVIDER'
  | 'HAS_RISK'
  | 'INCLUDES'
  | 'INTERFACE_OF'
  | 'MADE_BY'
  | 'OFFERED_BY'
  | 'OWNED_BY'
  | 'PART_OF'
  | 'PRODUCES'
  | 'PROVIDED_BY'
  /** Connectivity -> Component: a point a path may end at (e.g. a transit or peering router). */
  | 'REACHES'
  | 'TARGETS'
  /** Connectivity -> Network: the network its path runs through. */
  | 'THROUGH'
  | 'USES';

/** A relationship removed along with a deleted entity. */
export type RemovedRelationship = {
  __typename?: 'RemovedRelationship';
  from: Scalars['ID']['output'];
  to: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

/** A risk a service or offering introduces or removes; negative risks are threats, positive ones opportunities. */
export type Risk = Node & {
  __typename?: 'Risk';
  /** Quantified cost of the impact, when known. */
  costOfImpact: Maybe<Scalars['Float']['output']>;
  currency: Maybe<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  effect: ValueEffect;
  id: Scalars['ID']['output'];
  /** Qualitative impact: LOW, MEDIUM or HIGH. */
  impact: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  nature: RiskNature;
  /** Qualitative probability: LOW, MEDIUM or HIGH. */
  probability: Maybe<Scalars['String']['output']>;
  /** Goes up by one with every write of this entity; pass it as expectedRevision to refuse a stale write. */
  revision: Scalars['Int']['output'];
  subjects: Array<Node>;
};

export type RiskConnection = {
  __typename?: 'RiskConnection';
  edges: Array<RiskEdge>;
  nodes: Array<Risk>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RiskEdge = {
  __typename?: 'RiskEdge';
  cursor: Scalars['String']['output'];
  node: Risk;
};

export type RiskInput = {
  costOfImpact?: InputMaybe<Scalars['Float']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  effect?: InputMaybe<ValueEffect>;
  id: Scalars['ID']['input'];
  impact?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nature?: InputMaybe<RiskNature>;
  probability?: InputMaybe<Scalars['String']['input']>;
};

export type RiskNature =
  | 'OPPORTUNITY'
  | 'THREAT';

/**
 * What a caller may do. Each role may do everything the roles before it may: VIEWER reads and asks
 * impact questions (and subscribes), OPERATOR also records statuses and incidents, EDITOR also writes
 * the topology and imports, ADMIN also manages API keys.
 */
export type Role =
  | 'ADMIN'
  | 'EDITOR'
  | 'OPERATOR'
  | 'VIEWER';

/** A component that could explain observed symptoms. */
export type RootCause = {
  __typename?: 'RootCause';
  component: Component;
  /** Hops from the nearest symptom down to the component. */
  distance: Scalars['Int']['output'];
  /** Symptoms its failure takes DOWN. */
  explains: Array<NodeRef>;
  /** Symptoms its failure leaves UP. */
  leavesUnexplained: Array<NodeRef>;
  /** Symptoms its failure only degrades. */
  partiallyExplains: Array<NodeRef>;
  /** Services and offerings its failure would take DOWN that nobody reported and that the symptoms do not explain by themselves: evidence against it. */
  wronglyPredicts: Array<NodeRef>;
};

export type RootCauseAnalysis = {
  __typename?: 'RootCauseAnalysis';
  /** Components upstream of the symptoms that were considered. */
  candidates: Scalars['Int']['output'];
  /** Best first: most symptoms explained, fewest wrong predictions, most partially explained, nearest. */
  causes: Array<RootCause>;
  /** True when more candidates tied for the top ranks than could be checked fully. */
  truncated: Scalars['Boolean']['output'];
};

/** A means of enabling value co-creation by facilitating outcomes customers want. */
export type Service = Node & {
  __typename?: 'Service';
  /** Components it depends on directly or through redundancy groups. */
  components: Array<Component>;
  costs: Array<Cost>;
  /** What needs it directly (components, services and interfaces of other services). */
  dependants: Array<Dependency>;
  /** What it needs directly (components, other services, redundancy groups). */
  dependsOn: Array<Dependency>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The interfaces consumers touch. */
  interfaces: Array<ServiceInterface>;
  memberOf: Array<RedundancyGroup>;
  name: Scalars['String']['output'];
  /** Offerings that include it. */
  offerings: Array<ServiceOffering>;
  outcomes: Array<Outcome>;
  outputs: Array<Output>;
  /** The organisation that provides it. */
  provider: Maybe<Organization>;
  /** Goes up by one with every write of this entity; pass it as expectedRevision to refuse a stale write. */
  revision: Scalars['Int']['output'];
  risks: Array<Risk>;
  utility: Utility;
  warranty: Warranty;
};

/**
 * The provider-to-consumer value chain around a service or offering, across organisations: who
 * provides to whom so that the subject works (UPSTREAM), and who receives what rests on it
 * (DOWNSTREAM). The walk follows dependencies (hard and soft) up to 50 relationships from the subject.
 */
export type ServiceChain = {
  __typename?: 'ServiceChain';
  /** UPSTREAM links first, furthest first; then DOWNSTREAM links, nearest first; ties by ids. */
  links: Array<ValueChainLink>;
  /**
   * The subject's organisation and every provider and consumer organisation of `links`, in chain
   * order: each after the organisations it consumes from, so the furthest upstream provider comes
   * first and the furthest downstream consumer last. Where providers serve each other in a loop, the
   * one further upstream comes first (an organisation stands where it appears nearest the subject:
   * its hops, counted negative upstream, 0 for the subject's organisation), then by id.
   */
  organizations: Array<Organization>;
  /** True when links were left out. */
  truncated: Scalars['Boolean']['output'];
  /**
   * Why: "maxDepth" (links more than `maxDepth` hops away exist), "traversalLimit" (the walk reached
   * its bound of 50 relationships with more beyond).
   */
  truncatedBy: Array<Scalars['String']['output']>;
};

export type ServiceConnection = {
  __typename?: 'ServiceConnection';
  edges: Array<ServiceEdge>;
  nodes: Array<Service>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServiceEdge = {
  __typename?: 'ServiceEdge';
  cursor: Scalars['String']['output'];
  node: Service;
};

export type ServiceFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

export type ServiceInput = {
  availabilityTarget?: InputMaybe<Scalars['Float']['input']>;
  /** What availabilityTarget holds over; null clears it. */
  availabilityTargetPeriod?: InputMaybe<AgreedPeriod>;
  capacityTarget?: InputMaybe<Scalars['String']['input']>;
  constraintsRemoved?: InputMaybe<Array<Scalars['String']['input']>>;
  continuityTarget?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  features?: InputMaybe<Array<Scalars['String']['input']>>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  securityTarget?: InputMaybe<Scalars['String']['input']>;
};

/** What the consumer touches (web site, mobile app, ATM, counter); the rest of the service stays hidden behind it. */
export type ServiceInterface = Node & {
  __typename?: 'ServiceInterface';
  channel: Maybe<InterfaceChannel>;
  dependants: Array<Dependency>;
  dependsOn: Array<Dependency>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  memberOf: Array<RedundancyGroup>;
  name: Scalars['String']['output'];
  /** Offerings accessed through it. */
  offerings: Array<ServiceOffering>;
  /** Goes up by one with every write of this entity; pass it as expectedRevision to refuse a stale write. */
  revision: Scalars['Int']['output'];
  /** The service it is a face of. */
  service: Maybe<Service>;
  /** Consumer groups that use it. */
  usedBy: Array<ConsumerGroup>;
};

export type ServiceInterfaceConnection = {
  __typename?: 'ServiceInterfaceConnection';
  edges: Array<ServiceInterfaceEdge>;
  nodes: Array<ServiceInterface>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServiceInterfaceEdge = {
  __typename?: 'ServiceInterfaceEdge';
  cursor: Scalars['String']['output'];
  node: ServiceInterface;
};

export type ServiceInterfaceFilter = {
  channel?: InputMaybe<InterfaceChannel>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

export type ServiceInterfaceInput = {
  channel?: InputMaybe<InterfaceChannel>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

/** One agreed service level, e.g. availability >= 99.95 % per month. */
export type ServiceLevel = Node & {
  __typename?: 'ServiceLevel';
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  metric: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** What the target is agreed over: availability >= 99.95 % per MONTH. Null when the level states none. */
  period: Maybe<AgreedPeriod>;
  relationships: Array<ServiceRelationship>;
  /** Goes up by one with every write of this entity; pass it as expectedRevision to refuse a stale write. */
  revision: Scalars['Int']['output'];
  target: Maybe<Scalars['Float']['output']>;
  unit: Maybe<Scalars['String']['output']>;
};

export type ServiceLevelConnection = {
  __typename?: 'ServiceLevelConnection';
  edges: Array<ServiceLevelEdge>;
  nodes: Array<ServiceLevel>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServiceLevelEdge = {
  __typename?: 'ServiceLevelEdge';
  cursor: Scalars['String']['output'];
  node: ServiceLevel;
};

export type ServiceLevelInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  metric?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Null clears it. */
  period?: InputMaybe<AgreedPeriod>;
  target?: InputMaybe<Scalars['Float']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** A description of one or more services for target consumer groups. */
export type ServiceOffering = Node & {
  __typename?: 'ServiceOffering';
  /** Access to resources, licensed for an agreed period (mobile network, cloud storage). */
  accessToResources: Array<Scalars['String']['output']>;
  /** The consumer groups it targets. */
  consumerGroups: Array<ConsumerGroup>;
  costs: Array<Cost>;
  description: Maybe<Scalars['String']['output']>;
  /** Goods: ownership transfers to the consumer (a laptop). */
  goods: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Interfaces through which consumers reach it. */
  interfaces: Array<ServiceInterface>;
  name: Scalars['String']['output'];
  /** The organisation that offers it. */
  provider: Maybe<Organization>;
  /** Service relationships that cover it. */
  relationships: Array<ServiceRelationship>;
  /** Goes up by one with every write of this entity; pass it as expectedRevision to refuse a stale write. */
  revision: Scalars['Int']['output'];
  risks: Array<Risk>;
  /** Service actions the provider performs (service desk resolving incidents). */
  serviceActions: Array<Scalars['String']['output']>;
  /** The services it describes. */
  services: Array<Service>;
};

export type ServiceOfferingConnection = {
  __typename?: 'ServiceOfferingConnection';
  edges: Array<ServiceOfferingEdge>;
  nodes: Array<ServiceOffering>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServiceOfferingEdge = {
  __typename?: 'ServiceOfferingEdge';
  cursor: Scalars['String']['output'];
  node: ServiceOffering;
};

export type ServiceOfferingFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

export type ServiceOfferingInput = {
  accessToResources?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  goods?: InputMaybe<Array<Scalars['String']['input']>>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  serviceActions?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The cooperation between a provider and a consumer under agreed terms. */
export type ServiceRelationship = Node & {
  __typename?: 'ServiceRelationship';
  consumer: Maybe<Organization>;
  /** What service consumption covers (what the consumer does). */
  consumption: Maybe<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The offerings the relationship covers. */
  offerings: Array<ServiceOffering>;
  /** End of the agreed period (ISO date). */
  periodEnd: Maybe<Scalars['String']['output']>;
  /** Start of the agreed period (ISO date). */
  periodStart: Maybe<Scalars['String']['output']>;
  provider: Maybe<Organization>;
  /** What service provision covers (what the provider does). */
  provision: Maybe<Scalars['String']['output']>;
  /** How the relationship itself is managed (reviews, escalation). */
  relationshipManagement: Maybe<Scalars['String']['output']>;
  /** Goes up by one with every write of this entity; pass it as expectedRevision to refuse a stale write. */
  revision: Scalars['Int']['output'];
  /** Agreed service levels. */
  serviceLevels: Array<ServiceLevel>;
};

export type ServiceRelationshipConnection = {
  __typename?: 'ServiceRelationshipConnection';
  edges: Array<ServiceRelationshipEdge>;
  nodes: Array<ServiceRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServiceRelationshipEdge = {
  __typename?: 'ServiceRelationshipEdge';
  cursor: Scalars['String']['output'];
  node: ServiceRelationship;
};

export type ServiceRelationshipFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

export type ServiceRelationshipInput = {
  consumption?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  periodEnd?: InputMaybe<Scalars['String']['input']>;
  periodStart?: InputMaybe<Scalars['String']['input']>;
  provision?: InputMaybe<Scalars['String']['input']>;
  relationshipManagement?: InputMaybe<Scalars['String']['input']>;
};

export type SetStatusInput = {
  /** A note on whose behalf the change is made (e.g. the engineer a bot acts for); the recorded author is always the caller's identity. */
  by?: InputMaybe<Scalars['String']['input']>;
  /** A component, redundancy group, service, interface or offering. */
  id: Scalars['ID']['input'];
  /** An open incident this change belongs to. */
  incidentId?: InputMaybe<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
  status: Status;
};

export type SinglePointsOfFailure = {
  __typename?: 'SinglePointsOfFailure';
  /** Components upstream of the target that were tried. */
  candidates: Scalars['Int']['output'];
  /** Pairs checked by propagation (only components that hit a common redundancy group are paired). */
  pairChecks: Scalars['Int']['output'];
  /** Ranked by people cut off, then size. */
  sets: Array<FailureSet>;
  target: NodeRef;
  /** True when the pair search stopped at maxPairChecks: pairs may be missing. */
  truncated: Scalars['Boolean']['output'];
};

export type StakeholderRole =
  /** Defines the requirements and owns the outcome. */
  | 'CUSTOMER'
  /** Authorises the budget. */
  | 'SPONSOR'
  /** Uses the service. */
  | 'USER';

export type State =
  | 'DEGRADED'
  | 'DOWN'
  | 'UP';

export type StateCounts = {
  __typename?: 'StateCounts';
  degraded: Scalars['Int']['output'];
  down: Scalars['Int']['output'];
};

/** A node's recorded status: the impact states plus planned maintenance. */
export type Status =
  | 'DEGRADED'
  | 'DOWN'
  /** Planned work: out of service, so dependants feel it as DOWN, but reported apart, not as a surprise. */
  | 'MAINTENANCE'
  | 'UP';

/** One status change, as recorded: who, when, why, from what. */
export type StatusChange = {
  __typename?: 'StatusChange';
  /** ISO 8601 date-time. */
  at: Scalars['String']['output'];
  /** The authenticated identity that recorded it. */
  by: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  incident: Maybe<Incident>;
  node: NodeRef;
  /** A note from the caller on whose behalf it was recorded (the input's `by`). */
  onBehalfOf: Maybe<Scalars['String']['output']>;
  previous: Status;
  reason: Maybe<Scalars['String']['output']>;
  state: Status;
};

/**
 * A better status from monitoring waiting out the hold-down (CASCADE_EVENTS_HOLD_DOWN_SECONDS): the
 * entity keeps `from` until `until`, and an alert on it that fires again before then cancels the hold,
 * so a flapping alert does not flip it UP and down again.
 */
export type StatusHold = {
  __typename?: 'StatusHold';
  /** The identity whose event made it better: the author of the change when it is applied. */
  by: Scalars['String']['output'];
  /** The status held until then; a person changing it drops the hold. */
  from: Status;
  node: NodeRef;
  /** The reason the status change will have. */
  reason: Scalars['String']['output'];
  /** The monitoring source it is on behalf of. */
  source: Scalars['String']['output'];
  /** What the entity's alerts said when the hold began; when it is due the entity takes what its open alerts say then. */
  state: Status;
  /** When it is due (ISO 8601): the time of the event that made it better, plus the hold-down. */
  until: Scalars['String']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * The current impact, pushed whenever a status change alters it: for a target node, when its state
   * changes; for an organisation, when its state or roles change; without a filter, when the summary
   * changes.
   */
  impactChanged: CurrentImpact;
  /** Every recorded status change (of the given nodes only, when ids are given). */
  statusChanged: StatusChange;
};


export type SubscriptionImpactChangedArgs = {
  organization?: InputMaybe<Scalars['ID']['input']>;
  target?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionStatusChangedArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** An event no entity was found for, one entry per key; it goes when an event with its key binds. */
export type UnboundEvent = {
  __typename?: 'UnboundEvent';
  action: Scalars['String']['output'];
  /** When it happened, as the event said (ISO 8601). */
  at: Scalars['String']['output'];
  /** How many times it came. */
  count: Scalars['Int']['output'];
  /** The entity it named, when no such entity has a state. */
  entityId: Maybe<Scalars['ID']['output']>;
  firstAt: Scalars['String']['output'];
  key: Scalars['ID']['output'];
  labels: Scalars['JSON']['output'];
  lastAt: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  severity: Maybe<Scalars['String']['output']>;
  source: Scalars['String']['output'];
  summary: Scalars['String']['output'];
};

/** Fit for purpose: what the service does. */
export type Utility = {
  __typename?: 'Utility';
  constraintsRemoved: Array<Scalars['String']['output']>;
  features: Array<Scalars['String']['output']>;
};

/**
 * One step of a value chain: an organisation (the provider) provides a service to another
 * organisation or to a consumer group. Links come from two sources. A crossing: a node of one
 * organisation (a service, component, group or offering) needs a service of another directly
 * (DEPENDS_ON, HAS_MEMBER or INCLUDES); the provider is the service's provider, the consumer the
 * node's organisation. An offering on the chain: downstream, each offering that rests on the subject
 * (or is the subject) links its offerer to each consumer group it targets and to the consumer of
 * each service relationship that covers it.
 */
export type ValueChainLink = {
  __typename?: 'ValueChainLink';
  /** The consuming organisation; null when the consumer is a consumer group. */
  consumer: Maybe<Organization>;
  /** The consumer group an offering on the chain targets; null for links between organisations. */
  consumerGroup: Maybe<ConsumerGroup>;
  /**
   * UPSTREAM: a provider the subject rests on, through its dependencies. DOWNSTREAM: a consumer that
   * rests on the subject. A link found on both sides is listed once per side.
   */
  direction: GraphDirection;
  /**
   * Organisation boundaries crossed from the subject up to and including this link, along the
   * route that crosses fewest: 1 for the subject organisation's own providers and consumers, 2 for
   * theirs, and so on. Every step from one organisation's node to another's counts, a dependency on
   * another organisation's component too (it makes no link, having no service to name). A node
   * without an organisation counts as part of the one it was reached from.
   */
  hops: Scalars['Int']['output'];
  /**
   * The offering through which the consumer receives the service. For a crossing: an offering that
   * includes the service and that a service relationship between provider and consumer covers (one
   * link per such offering and relationship); null when no relationship on record covers it, which
   * is worth a look. For an offering on the chain: that offering.
   */
  offering: Maybe<ServiceOffering>;
  provider: Organization;
  /**
   * The service relationship between provider and consumer that covers the offering; for a consumer
   * group, one covering the offering whose consumer is the organisation the group belongs to (one
   * link per relationship). Null when none does.
   */
  relationship: Maybe<ServiceRelationship>;
  /**
   * What is provided: the service the consumer's node needs (crossings), or a service the offering
   * includes that rests on the subject (all it includes when it is the subject; one link per
   * service). Null only for an offering that includes no service.
   */
  service: Maybe<Service>;
  /**
   * HARD when the chain from the subject to this link, the link included, runs through HARD
   * dependencies only (along at least one route); SOFT when every route has a SOFT dependency, e.g.
   * monitoring the subject uses but can run without. HAS_MEMBER, INTERFACE_OF, INCLUDES and TARGETS
   * count as HARD. When a crossing and an offering give the same link, the crossing (the consumer's
   * recorded need) decides; a consumer known only through a relationship or a target counts as
   * needing the offering HARD.
   */
  strength: DependencyStrength;
};

export type ValueEffect =
  /** The service brings it to the consumer. */
  | 'INTRODUCED'
  /** The service takes it away from the consumer. */
  | 'REMOVED';

/** Fit for use: how the service performs against agreed requirements. */
export type Warranty = {
  __typename?: 'Warranty';
  /** Availability target in percent (e.g. 99.95). */
  availability: Maybe<Scalars['Float']['output']>;
  /** What the availability target holds over (99.9 % per MONTH); null when the service does not say. */
  availabilityPeriod: Maybe<AgreedPeriod>;
  capacity: Maybe<Scalars['String']['output']>;
  continuity: Maybe<Scalars['String']['output']>;
  security: Maybe<Scalars['String']['output']>;
};

export type WriteCounts = {
  __typename?: 'WriteCounts';
  created: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AffectedConsumerGroup: ResolverTypeWrapper<AffectedConsumerGroupModel>;
  AffectedOrganization: ResolverTypeWrapper<AffectedOrganizationModel>;
  AgreedAvailability: ResolverTypeWrapper<AgreedViewModel>;
  AgreedPeriod: AgreedPeriod;
  Alert: ResolverTypeWrapper<AlertRecordModel>;
  ApiKey: ResolverTypeWrapper<ApiKeyViewModel>;
  ApiKeyInput: ApiKeyInput;
  AtRisk: ResolverTypeWrapper<AtRiskAnswerModel>;
  AtRiskEntry: ResolverTypeWrapper<AtRiskEntryModel>;
  AtRiskUndecided: AtRiskUndecided;
  Availability: ResolverTypeWrapper<AvailabilityViewModel>;
  AvailabilityBounds: ResolverTypeWrapper<AvailabilityBounds>;
  AvailabilityChangeInput: AvailabilityChangeInput;
  AvailabilityChangeKind: AvailabilityChangeKind;
  AvailabilityContributor: ResolverTypeWrapper<ContributorViewModel>;
  AvailabilityFigureInput: AvailabilityFigureInput;
  AvailabilityInterval: ResolverTypeWrapper<ConfidenceIntervalModel>;
  AvailabilityMethod: AvailabilityMethod;
  AvailabilitySource: AvailabilitySource;
  BindingProperty: BindingProperty;
  BindingRule: ResolverTypeWrapper<StoredBindingRuleModel>;
  BindingRuleInput: BindingRuleInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChainDirection: ChainDirection;
  ChainStep: ResolverTypeWrapper<ChainStepModel>;
  ChangeOperation: ChangeOperation;
  Component: ResolverTypeWrapper<ComponentModel>;
  ComponentConnection: ResolverTypeWrapper<Omit<ComponentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ComponentEdge']>, nodes: Array<ResolversTypes['Component']> }>;
  ComponentEdge: ResolverTypeWrapper<Omit<ComponentEdge, 'node'> & { node: ResolversTypes['Component'] }>;
  ComponentFilter: ComponentFilter;
  ComponentInput: ComponentInput;
  ComponentKind: ComponentKind;
  Connectivity: ResolverTypeWrapper<ConnectivityModel>;
  ConnectivityConnection: ResolverTypeWrapper<Omit<ConnectivityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ConnectivityEdge']>, nodes: Array<ResolversTypes['Connectivity']> }>;
  ConnectivityEdge: ResolverTypeWrapper<Omit<ConnectivityEdge, 'node'> & { node: ResolversTypes['Connectivity'] }>;
  ConnectivityInput: ConnectivityInput;
  ConnectivityTolerance: ResolverTypeWrapper<ConnectivityAnswerModel>;
  ConsumerGroup: ResolverTypeWrapper<ConsumerGroupModel>;
  ConsumerGroupConnection: ResolverTypeWrapper<Omit<ConsumerGroupConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ConsumerGroupEdge']>, nodes: Array<ResolversTypes['ConsumerGroup']> }>;
  ConsumerGroupEdge: ResolverTypeWrapper<Omit<ConsumerGroupEdge, 'node'> & { node: ResolversTypes['ConsumerGroup'] }>;
  ConsumerGroupFilter: ConsumerGroupFilter;
  ConsumerGroupInput: ConsumerGroupInput;
  Cost: ResolverTypeWrapper<CostModel>;
  CostConnection: ResolverTypeWrapper<Omit<CostConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CostEdge']>, nodes: Array<ResolversTypes['Cost']> }>;
  CostEdge: ResolverTypeWrapper<Omit<CostEdge, 'node'> & { node: ResolversTypes['Cost'] }>;
  CostInput: CostInput;
  CreatedApiKey: ResolverTypeWrapper<Omit<CreatedApiKey, 'key'> & { key: ResolversTypes['ApiKey'] }>;
  CurrentImpact: ResolverTypeWrapper<CurrentImpactModel>;
  CyclicSupport: ResolverTypeWrapper<CyclicSupportViewModel>;
  DeleteResult: ResolverTypeWrapper<DeleteResultModel>;
  Dependency: ResolverTypeWrapper<NeighbourModel>;
  DependencyEdge: ResolverTypeWrapper<DependencyEdgeModel>;
  DependencyEdgeType: DependencyEdgeType;
  DependencyGraph: ResolverTypeWrapper<DependencyGraphModel>;
  DependencyNode: ResolverTypeWrapper<DependencyNodeModel>;
  DependencyNodeKind: DependencyNodeKind;
  DependencyStrength: DependencyStrength;
  EventBinding: ResolverTypeWrapper<EventBindingModel>;
  EventOutcome: EventOutcome;
  Exposure: ResolverTypeWrapper<ExposureViewModel>;
  ExposureEntry: ResolverTypeWrapper<ExposureEntryViewModel>;
  ExposureEntryConnection: ResolverTypeWrapper<ExposureEntryPageModel>;
  ExposureEntryEdge: ResolverTypeWrapper<Omit<ExposureEntryEdge, 'node'> & { node: ResolversTypes['ExposureEntry'] }>;
  FailureInput: FailureInput;
  FailureSet: ResolverTypeWrapper<FailureSetModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphChange: ResolverTypeWrapper<GraphChangeModel>;
  GraphDirection: GraphDirection;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Identity: ResolverTypeWrapper<IdentityModel>;
  Impact: ResolverTypeWrapper<ImpactReportModel>;
  ImpactNodeKind: ImpactNodeKind;
  ImpactSummary: ResolverTypeWrapper<ImpactSummaryModel>;
  ImpactedNode: ResolverTypeWrapper<ImpactedNodeModel>;
  ImpactedNodeConnection: ResolverTypeWrapper<ImpactedNodePageModel>;
  ImpactedNodeEdge: ResolverTypeWrapper<Omit<ImpactedNodeEdge, 'node'> & { node: ResolversTypes['ImpactedNode'] }>;
  ImportResult: ResolverTypeWrapper<ImportResultModel>;
  Incident: ResolverTypeWrapper<IncidentModel>;
  IncidentFromAlertsInput: IncidentFromAlertsInput;
  IncidentState: IncidentState;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InterfaceChannel: InterfaceChannel;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Network: ResolverTypeWrapper<NetworkModel>;
  NetworkConnection: ResolverTypeWrapper<Omit<NetworkConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['NetworkEdge']>, nodes: Array<ResolversTypes['Network']> }>;
  NetworkEdge: ResolverTypeWrapper<Omit<NetworkEdge, 'node'> & { node: ResolversTypes['Network'] }>;
  NetworkFormat: NetworkFormat;
  NetworkImportInput: NetworkImportInput;
  NetworkInput: NetworkInput;
  NetworkProblem: ResolverTypeWrapper<NetworkProblem>;
  NetworkProblemKind: NetworkProblemKind;
  Node: ResolverTypeWrapper<EntityModel>;
  NodeFilter: NodeFilter;
  NodeRef: ResolverTypeWrapper<NodeRefModel>;
  NodeStatus: ResolverTypeWrapper<CurrentStatusModel>;
  OpenIncidentInput: OpenIncidentInput;
  Organization: ResolverTypeWrapper<OrganizationModel>;
  OrganizationConnection: ResolverTypeWrapper<Omit<OrganizationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OrganizationEdge']>, nodes: Array<ResolversTypes['Organization']> }>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationFilter: OrganizationFilter;
  OrganizationImpactRole: OrganizationImpactRole;
  OrganizationInput: OrganizationInput;
  Outcome: ResolverTypeWrapper<OutcomeModel>;
  OutcomeConnection: ResolverTypeWrapper<Omit<OutcomeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OutcomeEdge']>, nodes: Array<ResolversTypes['Outcome']> }>;
  OutcomeEdge: ResolverTypeWrapper<Omit<OutcomeEdge, 'node'> & { node: ResolversTypes['Outcome'] }>;
  OutcomeInput: OutcomeInput;
  Output: ResolverTypeWrapper<OutputModel>;
  OutputConnection: ResolverTypeWrapper<Omit<OutputConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OutputEdge']>, nodes: Array<ResolversTypes['Output']> }>;
  OutputEdge: ResolverTypeWrapper<Omit<OutputEdge, 'node'> & { node: ResolversTypes['Output'] }>;
  OutputInput: OutputInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Product: ResolverTypeWrapper<ProductModel>;
  ProductConnection: ResolverTypeWrapper<Omit<ProductConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ProductEdge']>, nodes: Array<ResolversTypes['Product']> }>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductFilter: ProductFilter;
  ProductInput: ProductInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecoveryLayer: ResolverTypeWrapper<RecoveryLayerModel>;
  RecoveryPlan: ResolverTypeWrapper<RecoveryPlanViewModel>;
  RedundancyGroup: ResolverTypeWrapper<RedundancyGroupModel>;
  RedundancyGroupConnection: ResolverTypeWrapper<Omit<RedundancyGroupConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RedundancyGroupEdge']>, nodes: Array<ResolversTypes['RedundancyGroup']> }>;
  RedundancyGroupEdge: ResolverTypeWrapper<Omit<RedundancyGroupEdge, 'node'> & { node: ResolversTypes['RedundancyGroup'] }>;
  RedundancyGroupFilter: RedundancyGroupFilter;
  RedundancyGroupInput: RedundancyGroupInput;
  RedundancyVerdict: ResolverTypeWrapper<RedundancyVerdictModel>;
  RelationshipChange: ResolverTypeWrapper<RelationshipChangeModel>;
  RelationshipInput: RelationshipInput;
  RelationshipType: RelationshipType;
  RemovedRelationship: ResolverTypeWrapper<RemovedRelationship>;
  Risk: ResolverTypeWrapper<RiskModel>;
  RiskConnection: ResolverTypeWrapper<Omit<RiskConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RiskEdge']>, nodes: Array<ResolversTypes['Risk']> }>;
  RiskEdge: ResolverTypeWrapper<Omit<RiskEdge, 'node'> & { node: ResolversTypes['Risk'] }>;
  RiskInput: RiskInput;
  RiskNature: RiskNature;
  Role: Role;
  RootCause: ResolverTypeWrapper<RootCauseViewModel>;
  RootCauseAnalysis: ResolverTypeWrapper<RootCauseAnalysisViewModel>;
  Service: ResolverTypeWrapper<ServiceModel>;
  ServiceChain: ResolverTypeWrapper<ServiceChainModel>;
  ServiceConnection: ResolverTypeWrapper<Omit<ServiceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ServiceEdge']>, nodes: Array<ResolversTypes['Service']> }>;
  ServiceEdge: ResolverTypeWrapper<Omit<ServiceEdge, 'node'> & { node: ResolversTypes['Service'] }>;
  ServiceFilter: ServiceFilter;
  ServiceInput: ServiceInput;
  ServiceInterface: ResolverTypeWrapper<ServiceInterfaceModel>;
  ServiceInterfaceConnection: ResolverTypeWrapper<Omit<ServiceInterfaceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ServiceInterfaceEdge']>, nodes: Array<ResolversTypes['ServiceInterface']> }>;
  ServiceInterfaceEdge: ResolverTypeWrapper<Omit<ServiceInterfaceEdge, 'node'> & { node: ResolversTypes['ServiceInterface'] }>;
  ServiceInterfaceFilter: ServiceInterfaceFilter;
  ServiceInterfaceInput: ServiceInterfaceInput;
  ServiceLevel: ResolverTypeWrapper<ServiceLevelModel>;
  ServiceLevelConnection: ResolverTypeWrapper<Omit<ServiceLevelConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ServiceLevelEdge']>, nodes: Array<ResolversTypes['ServiceLevel']> }>;
  ServiceLevelEdge: ResolverTypeWrapper<Omit<ServiceLevelEdge, 'node'> & { node: ResolversTypes['ServiceLevel'] }>;
  ServiceLevelInput: ServiceLevelInput;
  ServiceOffering: ResolverTypeWrapper<ServiceOfferingModel>;
  ServiceOfferingConnection: ResolverTypeWrapper<Omit<ServiceOfferingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ServiceOfferingEdge']>, nodes: Array<ResolversTypes['ServiceOffering']> }>;
  ServiceOfferingEdge: ResolverTypeWrapper<Omit<ServiceOfferingEdge, 'node'> & { node: ResolversTypes['ServiceOffering'] }>;
  ServiceOfferingFilter: ServiceOfferingFilter;
  ServiceOfferingInput: ServiceOfferingInput;
  ServiceRelationship: ResolverTypeWrapper<ServiceRelationshipModel>;
  ServiceRelationshipConnection: ResolverTypeWrapper<Omit<ServiceRelationshipConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ServiceRelationshipEdge']>, nodes: Array<ResolversTypes['ServiceRelationship']> }>;
  ServiceRelationshipEdge: ResolverTypeWrapper<Omit<ServiceRelationshipEdge, 'node'> & { node: ResolversTypes['ServiceRelationship'] }>;
  ServiceRelationshipFilter: ServiceRelationshipFilter;
  ServiceRelationshipInput: ServiceRelationshipInput;
  SetStatusInput: SetStatusInput;
  SinglePointsOfFailure: ResolverTypeWrapper<SinglePointsOfFailureViewModel>;
  StakeholderRole: StakeholderRole;
  State: State;
  StateCounts: ResolverTypeWrapper<StateCounts>;
  Status: Status;
  StatusChange: ResolverTypeWrapper<StatusChangeModel>;
  StatusHold: ResolverTypeWrapper<StatusHoldModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UnboundEvent: ResolverTypeWrapper<UnboundEventModel>;
  Utility: ResolverTypeWrapper<ServiceModel>;
  ValueChainLink: ResolverTypeWrapper<ValueChainLinkModel>;
  ValueEffect: ValueEffect;
  Warranty: ResolverTypeWrapper<ServiceModel>;
  WriteCounts: ResolverTypeWrapper<WriteCounts>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AffectedConsumerGroup: AffectedConsumerGroupModel;
  AffectedOrganization: AffectedOrganizationModel;
  AgreedAvailability: AgreedViewModel;
  Alert: AlertRecordModel;
  ApiKey: ApiKeyViewModel;
  ApiKeyInput: ApiKeyInput;
  AtRisk: AtRiskAnswerModel;
  AtRiskEntry: AtRiskEntryModel;
  Availability: AvailabilityViewModel;
  AvailabilityBounds: AvailabilityBounds;
  AvailabilityChangeInput: AvailabilityChangeInput;
  AvailabilityContributor: ContributorViewModel;
  AvailabilityFigureInput: AvailabilityFigureInput;
  AvailabilityInterval: ConfidenceIntervalModel;
  BindingRule: StoredBindingRuleModel;
  BindingRuleInput: BindingRuleInput;
  Boolean: Scalars['Boolean']['output'];
  ChainStep: ChainStepModel;
  Component: ComponentModel;
  ComponentConnection: Omit<ComponentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ComponentEdge']>, nodes: Array<ResolversParentTypes['Component']> };
  ComponentEdge: Omit<ComponentEdge, 'node'> & { node: ResolversParentTypes['Component'] };
  ComponentFilter: ComponentFilter;
  ComponentInput: ComponentInput;
  Connectivity: ConnectivityModel;
  ConnectivityConnection: Omit<ConnectivityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ConnectivityEdge']>, nodes: Array<ResolversParentTypes['Connectivity']> };
  ConnectivityEdge: Omit<ConnectivityEdge, 'node'> & { node: ResolversParentTypes['Connectivity'] };
  ConnectivityInput: ConnectivityInput;
  ConnectivityTolerance: ConnectivityAnswerModel;
  ConsumerGroup: ConsumerGroupModel;
  ConsumerGroupConnection: Omit<ConsumerGroupConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ConsumerGroupEdge']>, nodes: Array<ResolversParentTypes['ConsumerGroup']> };
  ConsumerGroupEdge: Omit<ConsumerGroupEdge, 'node'> & { node: ResolversParentTypes['ConsumerGroup'] };
  ConsumerGroupFilter: ConsumerGroupFilter;
  ConsumerGroupInput: ConsumerGroupInput;
  Cost: CostModel;
  CostConnection: Omit<CostConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CostEdge']>, nodes: Array<ResolversParentTypes['Cost']> };
  CostEdge: Omit<CostEdge, 'node'> & { node: ResolversParentTypes['Cost'] };
  CostInput: CostInput;
  CreatedApiKey: Omit<CreatedApiKey, 'key'> & { key: ResolversParentTypes['ApiKey'] };
  CurrentImpact: CurrentImpactModel;
  CyclicSupport: CyclicSupportViewModel;
  DeleteResult: DeleteResultModel;
  Dependency: NeighbourModel;
  DependencyEdge: DependencyEdgeModel;
  DependencyGraph: DependencyGraphModel;
  DependencyNode: DependencyNodeModel;
  EventBinding: EventBindingModel;
  Exposure: ExposureViewModel;
  ExposureEntry: ExposureEntryViewModel;
  ExposureEntryConnection: ExposureEntryPageModel;
  ExposureEntryEdge: Omit<ExposureEntryEdge, 'node'> & { node: ResolversParentTypes['ExposureEntry'] };
  FailureInput: FailureInput;
  FailureSet: FailureSetModel;
  Float: Scalars['Float']['output'];
  GraphChange: GraphChangeModel;
  ID: Scalars['ID']['output'];
  Identity: IdentityModel;
  Impact: ImpactReportModel;
  ImpactSummary: ImpactSummaryModel;
  ImpactedNode: ImpactedNodeModel;
  ImpactedNodeConnection: ImpactedNodePageModel;
  ImpactedNodeEdge: Omit<ImpactedNodeEdge, 'node'> & { node: ResolversParentTypes['ImpactedNode'] };
  ImportResult: ImportResultModel;
  Incident: IncidentModel;
  IncidentFromAlertsInput: IncidentFromAlertsInput;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  Network: NetworkModel;
  NetworkConnection: Omit<NetworkConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['NetworkEdge']>, nodes: Array<ResolversParentTypes['Network']> };
  NetworkEdge: Omit<NetworkEdge, 'node'> & { node: ResolversParentTypes['Network'] };
  NetworkImportInput: NetworkImportInput;
  NetworkInput: NetworkInput;
  NetworkProblem: NetworkProblem;
  Node: EntityModel;
  NodeFilter: NodeFilter;
  NodeRef: NodeRefModel;
  NodeStatus: CurrentStatusModel;
  OpenIncidentInput: OpenIncidentInput;
  Organization: OrganizationModel;
  OrganizationConnection: Omit<OrganizationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OrganizationEdge']>, nodes: Array<ResolversParentTypes['Organization']> };
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationFilter: OrganizationFilter;
  OrganizationInput: OrganizationInput;
  Outcome: OutcomeModel;
  OutcomeConnection: Omit<OutcomeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OutcomeEdge']>, nodes: Array<ResolversParentTypes['Outcome']> };
  OutcomeEdge: Omit<OutcomeEdge, 'node'> & { node: ResolversParentTypes['Outcome'] };
  OutcomeInput: OutcomeInput;
  Output: OutputModel;
  OutputConnection: Omit<OutputConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OutputEdge']>, nodes: Array<ResolversParentTypes['Output']> };
  OutputEdge: Omit<OutputEdge, 'node'> & { node: ResolversParentTypes['Output'] };
  OutputInput: OutputInput;
  PageInfo: PageInfo;
  Product: ProductModel;
  ProductConnection: Omit<ProductConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ProductEdge']>, nodes: Array<ResolversParentTypes['Product']> };
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  ProductFilter: ProductFilter;
  ProductInput: ProductInput;
  Query: Record<PropertyKey, never>;
  RecoveryLayer: RecoveryLayerModel;
  RecoveryPlan: RecoveryPlanViewModel;
  RedundancyGroup: RedundancyGroupModel;
  RedundancyGroupConnection: Omit<RedundancyGroupConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RedundancyGroupEdge']>, nodes: Array<ResolversParentTypes['RedundancyGroup']> };
  RedundancyGroupEdge: Omit<RedundancyGroupEdge, 'node'> & { node: ResolversParentTypes['RedundancyGroup'] };
  RedundancyGroupFilter: RedundancyGroupFilter;
  RedundancyGroupInput: RedundancyGroupInput;
  RedundancyVerdict: RedundancyVerdictModel;
  RelationshipChange: RelationshipChangeModel;
  RelationshipInput: RelationshipInput;
  RemovedRelationship: RemovedRelationship;
  Risk: RiskModel;
  RiskConnection: Omit<RiskConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RiskEdge']>, nodes: Array<ResolversParentTypes['Risk']> };
  RiskEdge: Omit<RiskEdge, 'node'> & { node: ResolversParentTypes['Risk'] };
  RiskInput: RiskInput;
  RootCause: RootCauseViewModel;
  RootCauseAnalysis: RootCauseAnalysisViewModel;
  Service: ServiceModel;
  ServiceChain: ServiceChainModel;
  ServiceConnection: Omit<ServiceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ServiceEdge']>, nodes: Array<ResolversParentTypes['Service']> };
  ServiceEdge: Omit<ServiceEdge, 'node'> & { node: ResolversParentTypes['Service'] };
  ServiceFilter: ServiceFilter;
  ServiceInput: ServiceInput;
  ServiceInterface: ServiceInterfaceModel;
  ServiceInterfaceConnection: Omit<ServiceInterfaceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ServiceInterfaceEdge']>, nodes: Array<ResolversParentTypes['ServiceInterface']> };
  ServiceInterfaceEdge: Omit<ServiceInterfaceEdge, 'node'> & { node: ResolversParentTypes['ServiceInterface'] };
  ServiceInterfaceFilter: ServiceInterfaceFilter;
  ServiceInterfaceInput: ServiceInterfaceInput;
  ServiceLevel: ServiceLevelModel;
  ServiceLevelConnection: Omit<ServiceLevelConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ServiceLevelEdge']>, nodes: Array<ResolversParentTypes['ServiceLevel']> };
  ServiceLevelEdge: Omit<ServiceLevelEdge, 'node'> & { node: ResolversParentTypes['ServiceLevel'] };
  ServiceLevelInput: ServiceLevelInput;
  ServiceOffering: ServiceOfferingModel;
  ServiceOfferingConnection: Omit<ServiceOfferingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ServiceOfferingEdge']>, nodes: Array<ResolversParentTypes['ServiceOffering']> };
  ServiceOfferingEdge: Omit<ServiceOfferingEdge, 'node'> & { node: ResolversParentTypes['ServiceOffering'] };
  ServiceOfferingFilter: ServiceOfferingFilter;
  ServiceOfferingInput: ServiceOfferingInput;
  ServiceRelationship: ServiceRelationshipModel;
  ServiceRelationshipConnection: Omit<ServiceRelationshipConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ServiceRelationshipEdge']>, nodes: Array<ResolversParentTypes['ServiceRelationship']> };
  ServiceRelationshipEdge: Omit<ServiceRelationshipEdge, 'node'> & { node: ResolversParentTypes['ServiceRelationship'] };
  ServiceRelationshipFilter: ServiceRelationshipFilter;
  ServiceRelationshipInput: ServiceRelationshipInput;
  SetStatusInput: SetStatusInput;
  SinglePointsOfFailure: SinglePointsOfFailureViewModel;
  StateCounts: StateCounts;
  StatusChange: StatusChangeModel;
  StatusHold: StatusHoldModel;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  UnboundEvent: UnboundEventModel;
  Utility: ServiceModel;
  ValueChainLink: ValueChainLinkModel;
  Warranty: ServiceModel;
  WriteCounts: WriteCounts;
}>;

export type RequiresDirectiveArgs = {
  role: Role;
};

export type RequiresDirectiveResolver<Result, Parent, ContextType = Context, Args = RequiresDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AffectedConsumerGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AffectedConsumerGroup'] = ResolversParentTypes['AffectedConsumerGroup']> = ResolversObject<{
  chain?: Resolver<Array<ResolversTypes['ChainStep']>, ParentType, ContextType>;
  consumerGroup?: Resolver<ResolversTypes['ConsumerGroup'], ParentType, ContextType>;
  offerings?: Resolver<Array<ResolversTypes['ImpactedNode']>, ParentType, ContextType>;
  people?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
}>;

export type AffectedOrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AffectedOrganization'] = ResolversParentTypes['AffectedOrganization']> = ResolversObject<{
  offeringsConsumed?: Resolver<Array<ResolversTypes['ImpactedNode']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['OrganizationImpactRole']>, ParentType, ContextType>;
  servicesProvided?: Resolver<Array<ResolversTypes['ImpactedNode']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
}>;

export type AgreedAvailabilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgreedAvailability'] = ResolversParentTypes['AgreedAvailability']> = ResolversObject<{
  allowedDowntimeHoursPerPeriod?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  availability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  downtimeHoursPerPeriod?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  gap?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  met?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['AgreedPeriod']>, ParentType, ContextType>;
  periodHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type AlertResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Alert'] = ResolversParentTypes['Alert']> = ResolversObject<{
  acknowledged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  duringMaintenance?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  labels?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  lastAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NodeRef'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  severity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ApiKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
}>;

export type AtRiskResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AtRisk'] = ResolversParentTypes['AtRisk']> = ResolversObject<{
  candidates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  checked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  defaultAvailability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['AtRiskEntry']>, ParentType, ContextType, RequireFields<AtRiskEntriesArgs, 'first'>>;
  nextOffset?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  offset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undecided?: Resolver<Array<ResolversTypes['AtRiskEntry']>, ParentType, ContextType, RequireFields<AtRiskUndecidedArgs, 'first'>>;
  undecidedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AtRiskEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AtRiskEntry'] = ResolversParentTypes['AtRiskEntry']> = ResolversObject<{
  agreed?: Resolver<ResolversTypes['AgreedAvailability'], ParentType, ContextType>;
  allowedDowntimeHoursPerYear?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  availability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  bounds?: Resolver<Maybe<ResolversTypes['AvailabilityBounds']>, ParentType, ContextType>;
  downtimeHoursPerYear?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  interval?: Resolver<Maybe<ResolversTypes['AvailabilityInterval']>, ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['AvailabilityMethod']>, ParentType, ContextType>;
  peopleAffected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['NodeRef'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['NodeRef'], ParentType, ContextType>;
  undecided?: Resolver<Maybe<ResolversTypes['AtRiskUndecided']>, ParentType, ContextType>;
  unknownComponentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  whyEstimate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AvailabilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Availability'] = ResolversParentTypes['Availability']> = ResolversObject<{
  agreed?: Resolver<Maybe<ResolversTypes['AgreedAvailability']>, ParentType, ContextType>;
  availability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  availabilityBefore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  bounds?: Resolver<Maybe<ResolversTypes['AvailabilityBounds']>, ParentType, ContextType>;
  contributors?: Resolver<Maybe<Array<ResolversTypes['AvailabilityContributor']>>, ParentType, ContextType, RequireFields<AvailabilityContributorsArgs, 'first'>>;
  defaultAvailability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  defaultedComponents?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  downtimeHoursPerYear?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  interval?: Resolver<Maybe<ResolversTypes['AvailabilityInterval']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['AvailabilityMethod'], ParentType, ContextType>;
  samples?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  seed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['NodeRef'], ParentType, ContextType>;
  unknownComponents?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  whyEstimate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AvailabilityBoundsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AvailabilityBounds'] = ResolversParentTypes['AvailabilityBounds']> = ResolversObject<{
  lower?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  upper?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type AvailabilityContributorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AvailabilityContributor'] = ResolversParentTypes['AvailabilityContributor']> = ResolversObject<{
  availability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  birnbaum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  component?: Resolver<ResolversTypes['NodeRef'], ParentType, ContextType>;
  fussellVesely?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  riskAchievementWorth?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type AvailabilityIntervalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AvailabilityInterval'] = ResolversParentTypes['AvailabilityInterval']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  high?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  low?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type BindingRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BindingRule'] = ResolversParentTypes['BindingRule']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pattern?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  property?: Resolver<ResolversTypes['BindingProperty'], ParentType, ContextType>;
  template?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ChainStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainStep'] = ResolversParentTypes['ChainStep']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ComponentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Component'] = ResolversParentTypes['Component']> = ResolversObject<{
  attributes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  availability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  availabilitySource?: Resolver<Maybe<ResolversTypes['AvailabilitySource']>, ParentType, ContextType>;
  dependants?: Resolver<Array<ResolversTypes['Dependency']>, ParentType, ContextType>;
  dependsOn?: Resolver<Array<ResolversTypes['Dependency']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  directed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ComponentKind'], ParentType, ContextType>;
  linkFrom?: Resolver<Maybe<ResolversTypes['Component']>, ParentType, ContextType>;
  linkTo?: Resolver<Maybe<ResolversTypes['Component']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Component']>, ParentType, ContextType>;
  linksIn?: Resolver<Array<ResolversTypes['Component']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  memberOf?: Resolver<Array<ResolversTypes['RedundancyGroup']>, ParentType, ContextType>;
  mtbfHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  mttrHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  networks?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ComponentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComponentConnection'] = ResolversParentTypes['ComponentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ComponentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Component']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ComponentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComponentEdge'] = ResolversParentTypes['ComponentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Component'], ParentType, ContextType>;
}>;

export type ConnectivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Connectivity'] = ResolversParentTypes['Connectivity']> = ResolversObject<{
  attachedAt?: Resolver<Array<ResolversTypes['Component']>, ParentType, ContextType>;
  dependants?: Resolver<Array<ResolversTypes['Dependency']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberOf?: Resolver<Array<ResolversTypes['RedundancyGroup']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  network?: Resolver<Maybe<ResolversTypes['Network']>, ParentType, ContextType>;
  reaches?: Resolver<Array<ResolversTypes['Component']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ConnectivityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConnectivityConnection'] = ResolversParentTypes['ConnectivityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ConnectivityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Connectivity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConnectivityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConnectivityEdge'] = ResolversParentTypes['ConnectivityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Connectivity'], ParentType, ContextType>;
}>;

export type ConnectivityToleranceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConnectivityTolerance'] = ResolversParentTypes['ConnectivityTolerance']> = ResolversObject<{
  bestPath?: Resolver<Array<ResolversTypes['Component']>, ParentType, ContextType>;
  connectivity?: Resolver<ResolversTypes['Connectivity'], ParentType, ContextType>;
  cut?: Resolver<Array<ResolversTypes['Component']>, ParentType, ContextType>;
  network?: Resolver<Maybe<ResolversTypes['Network']>, ParentType, ContextType>;
  routable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  singleCuts?: Resolver<Array<ResolversTypes['Component']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tolerance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConsumerGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConsumerGroup'] = ResolversParentTypes['ConsumerGroup']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interfaces?: Resolver<Array<ResolversTypes['ServiceInterface']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offerings?: Resolver<Array<ResolversTypes['ServiceOffering']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['Outcome']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StakeholderRole'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ConsumerGroupConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConsumerGroupConnection'] = ResolversParentTypes['ConsumerGroupConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ConsumerGroupEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ConsumerGroup']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConsumerGroupEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConsumerGroupEdge'] = ResolversParentTypes['ConsumerGroupEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ConsumerGroup'], ParentType, ContextType>;
}>;

export type CostResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Cost'] = ResolversParentTypes['Cost']> = ResolversObject<{
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  effect?: Resolver<ResolversTypes['ValueEffect'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CostConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CostConnection'] = ResolversParentTypes['CostConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CostEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Cost']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CostEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CostEdge'] = ResolversParentTypes['CostEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Cost'], ParentType, ContextType>;
}>;

export type CreatedApiKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatedApiKey'] = ResolversParentTypes['CreatedApiKey']> = ResolversObject<{
  key?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CurrentImpactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CurrentImpact'] = ResolversParentTypes['CurrentImpact']> = ResolversObject<{
  impact?: Resolver<ResolversTypes['Impact'], ParentType, ContextType>;
  maintenance?: Resolver<Array<ResolversTypes['NodeStatus']>, ParentType, ContextType>;
  statuses?: Resolver<Array<ResolversTypes['NodeStatus']>, ParentType, ContextType>;
  surprises?: Resolver<Array<ResolversTypes['NodeStatus']>, ParentType, ContextType>;
}>;

export type CyclicSupportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CyclicSupport'] = ResolversParentTypes['CyclicSupport']> = ResolversObject<{
  cycle?: Resolver<Array<ResolversTypes['NodeRef']>, ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NodeRef']>, ParentType, ContextType, Partial<CyclicSupportNodesArgs>>;
}>;

export type DeleteResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteResult'] = ResolversParentTypes['DeleteResult']> = ResolversObject<{
  deleted?: Resolver<ResolversTypes['NodeRef'], ParentType, ContextType>;
  removedRelationships?: Resolver<Array<ResolversTypes['RemovedRelationship']>, ParentType, ContextType>;
}>;

export type DependencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Dependency'] = ResolversParentTypes['Dependency']> = ResolversObject<{
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  strength?: Resolver<ResolversTypes['DependencyStrength'], ParentType, ContextType>;
}>;

export type DependencyEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DependencyEdge'] = ResolversParentTypes['DependencyEdge']> = ResolversObject<{
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  strength?: Resolver<Maybe<ResolversTypes['DependencyStrength']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['DependencyEdgeType'], ParentType, ContextType>;
  via?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type DependencyGraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DependencyGraph'] = ResolversParentTypes['DependencyGraph']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DependencyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['DependencyNode']>, ParentType, ContextType>;
  root?: Resolver<ResolversTypes['DependencyNode'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  truncatedBy?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DependencyNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DependencyNode'] = ResolversParentTypes['DependencyNode']> = ResolversObject<{
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DependencyNodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
}>;

export type EventBindingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventBinding'] = ResolversParentTypes['EventBinding']> = ResolversObject<{
  node?: Resolver<Maybe<ResolversTypes['NodeRef']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ExposureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Exposure'] = ResolversParentTypes['Exposure']> = ResolversObject<{
  entries?: Resolver<ResolversTypes['ExposureEntryConnection'], ParentType, ContextType, RequireFields<ExposureEntriesArgs, 'first'>>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['NodeRef'], ParentType, ContextType>;
  zeroMargin?: Resolver<Array<ResolversTypes['ExposureEntry']>, ParentType, ContextType>;
}>;

export type ExposureEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExposureEntry'] = ResolversParentTypes['ExposureEntry']> = ResolversObject<{
  groupMargin?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  hops?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  margin?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NodeRef'], ParentType, ContextType>;
  singlePointOfFailure?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ExposureEntryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExposureEntryConnection'] = ResolversParentTypes['ExposureEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ExposureEntryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ExposureEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExposureEntryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExposureEntryEdge'] = ResolversParentTypes['ExposureEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ExposureEntry'], ParentType, ContextType>;
}>;

export type FailureSetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FailureSet'] = ResolversParentTypes['FailureSet']> = ResolversObject<{
  components?: Resolver<Array<ResolversTypes['Component']>, ParentType, ContextType>;
  peopleDown?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GraphChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphChange'] = ResolversParentTypes['GraphChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  relationshipType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type IdentityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Identity'] = ResolversParentTypes['Identity']> = ResolversObject<{
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImpactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Impact'] = ResolversParentTypes['Impact']> = ResolversObject<{
  consumerGroups?: Resolver<Array<ResolversTypes['AffectedConsumerGroup']>, ParentType, ContextType>;
  cyclicSupport?: Resolver<Array<ResolversTypes['CyclicSupport']>, ParentType, ContextType>;
  failures?: Resolver<Array<ResolversTypes['ImpactedNode']>, ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['ImpactedNodeConnection'], ParentType, ContextType, RequireFields<ImpactNodesArgs, 'first'>>;
  organizations?: Resolver<Array<ResolversTypes['AffectedOrganization']>, ParentType, ContextType>;
  redundancyVerdicts?: Resolver<Array<ResolversTypes['RedundancyVerdict']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['ImpactSummary'], ParentType, ContextType>;
}>;

export type ImpactSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImpactSummary'] = ResolversParentTypes['ImpactSummary']> = ResolversObject<{
  components?: Resolver<ResolversTypes['StateCounts'], ParentType, ContextType>;
  connectivities?: Resolver<ResolversTypes['StateCounts'], ParentType, ContextType>;
  consumerGroups?: Resolver<ResolversTypes['StateCounts'], ParentType, ContextType>;
  networks?: Resolver<ResolversTypes['StateCounts'], ParentType, ContextType>;
  offerings?: Resolver<ResolversTypes['StateCounts'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['StateCounts'], ParentType, ContextType>;
  peopleDegraded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  peopleDown?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  redundancyGroups?: Resolver<ResolversTypes['StateCounts'], ParentType, ContextType>;
  serviceInterfaces?: Resolver<ResolversTypes['StateCounts'], ParentType, ContextType>;
  services?: Resolver<ResolversTypes['StateCounts'], ParentType, ContextType>;
}>;

export type ImpactedNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImpactedNode'] = ResolversParentTypes['ImpactedNode']> = ResolversObject<{
  chain?: Resolver<Array<ResolversTypes['ChainStep']>, ParentType, ContextType>;
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ImpactNodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
  verdict?: Resolver<Maybe<ResolversTypes['RedundancyVerdict']>, ParentType, ContextType>;
  verdicts?: Resolver<Array<ResolversTypes['RedundancyVerdict']>, ParentType, ContextType>;
}>;

export type ImpactedNodeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImpactedNodeConnection'] = ResolversParentTypes['ImpactedNodeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ImpactedNodeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ImpactedNode']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImpactedNodeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImpactedNodeEdge'] = ResolversParentTypes['ImpactedNodeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ImpactedNode'], ParentType, ContextType>;
}>;

export type ImportResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = ResolversObject<{
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['WriteCounts'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['WriteCounts'], ParentType, ContextType>;
}>;

export type IncidentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Incident'] = ResolversParentTypes['Incident']> = ResolversObject<{
  changes?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType, RequireFields<IncidentChangesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  openedOnBehalfOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedOnBehalfOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['IncidentState'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  connect?: Resolver<ResolversTypes['RelationshipChange'], ParentType, ContextType, RequireFields<MutationConnectArgs, 'input'>>;
  createApiKey?: Resolver<ResolversTypes['CreatedApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  deleteBindingRule?: Resolver<ResolversTypes['BindingRule'], ParentType, ContextType, RequireFields<MutationDeleteBindingRuleArgs, 'id'>>;
  deleteEntity?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteEntityArgs, 'cascade' | 'id'>>;
  disconnect?: Resolver<ResolversTypes['RelationshipChange'], ParentType, ContextType, RequireFields<MutationDisconnectArgs, 'input'>>;
  importCsv?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportCsvArgs, 'dryRun'>>;
  importNetwork?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportNetworkArgs, 'dryRun' | 'format' | 'network' | 'text'>>;
  importTopology?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportTopologyArgs, 'document' | 'dryRun'>>;
  openIncident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationOpenIncidentArgs, 'input'>>;
  openIncidentFromAlerts?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationOpenIncidentFromAlertsArgs, 'input'>>;
  putBindingRule?: Resolver<ResolversTypes['BindingRule'], ParentType, ContextType, RequireFields<MutationPutBindingRuleArgs, 'input'>>;
  resolveIncident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationResolveIncidentArgs, 'id'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  setStatus?: Resolver<ResolversTypes['StatusChange'], ParentType, ContextType, RequireFields<MutationSetStatusArgs, 'input'>>;
  upsertComponent?: Resolver<ResolversTypes['Component'], ParentType, ContextType, RequireFields<MutationUpsertComponentArgs, 'input'>>;
  upsertConnectivity?: Resolver<ResolversTypes['Connectivity'], ParentType, ContextType, RequireFields<MutationUpsertConnectivityArgs, 'input'>>;
  upsertConsumerGroup?: Resolver<ResolversTypes['ConsumerGroup'], ParentType, ContextType, RequireFields<MutationUpsertConsumerGroupArgs, 'input'>>;
  upsertCost?: Resolver<ResolversTypes['Cost'], ParentType, ContextType, RequireFields<MutationUpsertCostArgs, 'input'>>;
  upsertNetwork?: Resolver<ResolversTypes['Network'], ParentType, ContextType, RequireFields<MutationUpsertNetworkArgs, 'input'>>;
  upsertOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationUpsertOrganizationArgs, 'input'>>;
  upsertOutcome?: Resolver<ResolversTypes['Outcome'], ParentType, ContextType, RequireFields<MutationUpsertOutcomeArgs, 'input'>>;
  upsertOutput?: Resolver<ResolversTypes['Output'], ParentType, ContextType, RequireFields<MutationUpsertOutputArgs, 'input'>>;
  upsertProduct?: Resolver<ResolversTypes['Product'], ParentType, ContextType, RequireFields<MutationUpsertProductArgs, 'input'>>;
  upsertRedundancyGroup?: Resolver<ResolversTypes['RedundancyGroup'], ParentType, ContextType, RequireFields<MutationUpsertRedundancyGroupArgs, 'input'>>;
  upsertRisk?: Resolver<ResolversTypes['Risk'], ParentType, ContextType, RequireFields<MutationUpsertRiskArgs, 'input'>>;
  upsertService?: Resolver<ResolversTypes['Service'], ParentType, ContextType, RequireFields<MutationUpsertServiceArgs, 'input'>>;
  upsertServiceInterface?: Resolver<ResolversTypes['ServiceInterface'], ParentType, ContextType, RequireFields<MutationUpsertServiceInterfaceArgs, 'input'>>;
  upsertServiceLevel?: Resolver<ResolversTypes['ServiceLevel'], ParentType, ContextType, RequireFields<MutationUpsertServiceLevelArgs, 'input'>>;
  upsertServiceOffering?: Resolver<ResolversTypes['ServiceOffering'], ParentType, ContextType, RequireFields<MutationUpsertServiceOfferingArgs, 'input'>>;
  upsertServiceRelationship?: Resolver<ResolversTypes['ServiceRelationship'], ParentType, ContextType, RequireFields<MutationUpsertServiceRelationshipArgs, 'input'>>;
}>;

export type NetworkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Network'] = ResolversParentTypes['Network']> = ResolversObject<{
  connectivities?: Resolver<Array<ResolversTypes['Connectivity']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  elements?: Resolver<Array<ResolversTypes['Component']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type NetworkConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkConnection'] = ResolversParentTypes['NetworkConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NetworkEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NetworkEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkEdge'] = ResolversParentTypes['NetworkEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Network'], ParentType, ContextType>;
}>;

export type NetworkProblemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkProblem'] = ResolversParentTypes['NetworkProblem']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NetworkProblemKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Component' | 'Connectivity' | 'ConsumerGroup' | 'Cost' | 'Network' | 'Organization' | 'Outcome' | 'Output' | 'Product' | 'RedundancyGroup' | 'Risk' | 'Service' | 'ServiceInterface' | 'ServiceLevel' | 'ServiceOffering' | 'ServiceRelationship', ParentType, ContextType>;
}>;

export type NodeRefResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NodeRef'] = ResolversParentTypes['NodeRef']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
}>;

export type NodeStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NodeStatus'] = ResolversParentTypes['NodeStatus']> = ResolversObject<{
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  incident?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NodeRef'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = ResolversObject<{
  components?: Resolver<Array<ResolversTypes['Component']>, ParentType, ContextType>;
  consumerGroups?: Resolver<Array<ResolversTypes['ConsumerGroup']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offerings?: Resolver<Array<ResolversTypes['ServiceOffering']>, ParentType, ContextType>;
  products?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  redundancyGroups?: Resolver<Array<ResolversTypes['RedundancyGroup']>, ParentType, ContextType>;
  relationshipsAsConsumer?: Resolver<Array<ResolversTypes['ServiceRelationship']>, ParentType, ContextType>;
  relationshipsAsProvider?: Resolver<Array<ResolversTypes['ServiceRelationship']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrganizationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
}>;

export type OutcomeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Outcome'] = ResolversParentTypes['Outcome']> = ResolversObject<{
  beneficiaries?: Resolver<Array<ResolversTypes['ConsumerGroup']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OutcomeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OutcomeConnection'] = ResolversParentTypes['OutcomeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OutcomeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Outcome']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OutcomeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OutcomeEdge'] = ResolversParentTypes['OutcomeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Outcome'], ParentType, ContextType>;
}>;

export type OutputResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Output'] = ResolversParentTypes['Output']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OutputConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OutputConnection'] = ResolversParentTypes['OutputConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OutputEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Output']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OutputEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OutputEdge'] = ResolversParentTypes['OutputEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Output'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = ResolversObject<{
  components?: Resolver<Array<ResolversTypes['Component']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maker?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  vendor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProductConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProductEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  atRisk?: Resolver<ResolversTypes['AtRisk'], ParentType, ContextType, RequireFields<QueryAtRiskArgs, 'offset'>>;
  availability?: Resolver<ResolversTypes['Availability'], ParentType, ContextType, RequireFields<QueryAvailabilityArgs, 'target'>>;
  bindEvent?: Resolver<ResolversTypes['EventBinding'], ParentType, ContextType, Partial<QueryBindEventArgs>>;
  bindingRules?: Resolver<Array<ResolversTypes['BindingRule']>, ParentType, ContextType>;
  changeHistory?: Resolver<Array<ResolversTypes['GraphChange']>, ParentType, ContextType, RequireFields<QueryChangeHistoryArgs, 'first'>>;
  component?: Resolver<Maybe<ResolversTypes['Component']>, ParentType, ContextType, RequireFields<QueryComponentArgs, 'id'>>;
  components?: Resolver<ResolversTypes['ComponentConnection'], ParentType, ContextType, RequireFields<QueryComponentsArgs, 'first'>>;
  connectivities?: Resolver<ResolversTypes['ConnectivityConnection'], ParentType, ContextType, RequireFields<QueryConnectivitiesArgs, 'first'>>;
  connectivity?: Resolver<Maybe<ResolversTypes['Connectivity']>, ParentType, ContextType, RequireFields<QueryConnectivityArgs, 'id'>>;
  consumerGroup?: Resolver<Maybe<ResolversTypes['ConsumerGroup']>, ParentType, ContextType, RequireFields<QueryConsumerGroupArgs, 'id'>>;
  consumerGroups?: Resolver<ResolversTypes['ConsumerGroupConnection'], ParentType, ContextType, RequireFields<QueryConsumerGroupsArgs, 'first'>>;
  cost?: Resolver<Maybe<ResolversTypes['Cost']>, ParentType, ContextType, RequireFields<QueryCostArgs, 'id'>>;
  costs?: Resolver<ResolversTypes['CostConnection'], ParentType, ContextType, RequireFields<QueryCostsArgs, 'first'>>;
  currentImpact?: Resolver<ResolversTypes['CurrentImpact'], ParentType, ContextType, Partial<QueryCurrentImpactArgs>>;
  dependencyGraph?: Resolver<ResolversTypes['DependencyGraph'], ParentType, ContextType, RequireFields<QueryDependencyGraphArgs, 'depth' | 'direction' | 'maxNodes' | 'root'>>;
  exportTopology?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  exposure?: Resolver<ResolversTypes['Exposure'], ParentType, ContextType, RequireFields<QueryExposureArgs, 'target'>>;
  impact?: Resolver<ResolversTypes['Impact'], ParentType, ContextType, RequireFields<QueryImpactArgs, 'failures'>>;
  incidents?: Resolver<Array<ResolversTypes['Incident']>, ParentType, ContextType, RequireFields<QueryIncidentsArgs, 'first'>>;
  network?: Resolver<Maybe<ResolversTypes['Network']>, ParentType, ContextType, RequireFields<QueryNetworkArgs, 'id'>>;
  networkProblems?: Resolver<Array<ResolversTypes['NetworkProblem']>, ParentType, ContextType, Partial<QueryNetworkProblemsArgs>>;
  networks?: Resolver<ResolversTypes['NetworkConnection'], ParentType, ContextType, RequireFields<QueryNetworksArgs, 'first'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  openAlerts?: Resolver<Array<ResolversTypes['Alert']>, ParentType, ContextType, RequireFields<QueryOpenAlertsArgs, 'first'>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first'>>;
  outcome?: Resolver<Maybe<ResolversTypes['Outcome']>, ParentType, ContextType, RequireFields<QueryOutcomeArgs, 'id'>>;
  outcomes?: Resolver<ResolversTypes['OutcomeConnection'], ParentType, ContextType, RequireFields<QueryOutcomesArgs, 'first'>>;
  output?: Resolver<Maybe<ResolversTypes['Output']>, ParentType, ContextType, RequireFields<QueryOutputArgs, 'id'>>;
  outputs?: Resolver<ResolversTypes['OutputConnection'], ParentType, ContextType, RequireFields<QueryOutputsArgs, 'first'>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'id'>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, RequireFields<QueryProductsArgs, 'first'>>;
  recoveryPlan?: Resolver<ResolversTypes['RecoveryPlan'], ParentType, ContextType, Partial<QueryRecoveryPlanArgs>>;
  redundancyGroup?: Resolver<Maybe<ResolversTypes['RedundancyGroup']>, ParentType, ContextType, RequireFields<QueryRedundancyGroupArgs, 'id'>>;
  redundancyGroups?: Resolver<ResolversTypes['RedundancyGroupConnection'], ParentType, ContextType, RequireFields<QueryRedundancyGroupsArgs, 'first'>>;
  risk?: Resolver<Maybe<ResolversTypes['Risk']>, ParentType, ContextType, RequireFields<QueryRiskArgs, 'id'>>;
  risks?: Resolver<ResolversTypes['RiskConnection'], ParentType, ContextType, RequireFields<QueryRisksArgs, 'first'>>;
  rootCauses?: Resolver<ResolversTypes['RootCauseAnalysis'], ParentType, ContextType, RequireFields<QueryRootCausesArgs, 'limit' | 'maxEvaluations' | 'symptoms'>>;
  search?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType, RequireFields<QueryServiceArgs, 'id'>>;
  serviceChain?: Resolver<ResolversTypes['ServiceChain'], ParentType, ContextType, RequireFields<QueryServiceChainArgs, 'direction' | 'id' | 'maxDepth'>>;
  serviceInterface?: Resolver<Maybe<ResolversTypes['ServiceInterface']>, ParentType, ContextType, RequireFields<QueryServiceInterfaceArgs, 'id'>>;
  serviceInterfaces?: Resolver<ResolversTypes['ServiceInterfaceConnection'], ParentType, ContextType, RequireFields<QueryServiceInterfacesArgs, 'first'>>;
  serviceLevel?: Resolver<Maybe<ResolversTypes['ServiceLevel']>, ParentType, ContextType, RequireFields<QueryServiceLevelArgs, 'id'>>;
  serviceLevels?: Resolver<ResolversTypes['ServiceLevelConnection'], ParentType, ContextType, RequireFields<QueryServiceLevelsArgs, 'first'>>;
  serviceOffering?: Resolver<Maybe<ResolversTypes['ServiceOffering']>, ParentType, ContextType, RequireFields<QueryServiceOfferingArgs, 'id'>>;
  serviceOfferings?: Resolver<ResolversTypes['ServiceOfferingConnection'], ParentType, ContextType, RequireFields<QueryServiceOfferingsArgs, 'first'>>;
  serviceRelationship?: Resolver<Maybe<ResolversTypes['ServiceRelationship']>, ParentType, ContextType, RequireFields<QueryServiceRelationshipArgs, 'id'>>;
  serviceRelationships?: Resolver<ResolversTypes['ServiceRelationshipConnection'], ParentType, ContextType, RequireFields<QueryServiceRelationshipsArgs, 'first'>>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, RequireFields<QueryServicesArgs, 'first'>>;
  singlePointsOfFailure?: Resolver<ResolversTypes['SinglePointsOfFailure'], ParentType, ContextType, RequireFields<QuerySinglePointsOfFailureArgs, 'maxPairChecks' | 'maxSetSize' | 'target'>>;
  statusHistory?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType, RequireFields<QueryStatusHistoryArgs, 'first'>>;
  statusHolds?: Resolver<Array<ResolversTypes['StatusHold']>, ParentType, ContextType, RequireFields<QueryStatusHoldsArgs, 'first'>>;
  tolerance?: Resolver<ResolversTypes['ConnectivityTolerance'], ParentType, ContextType, RequireFields<QueryToleranceArgs, 'connectivity' | 'failures'>>;
  unboundEvents?: Resolver<Array<ResolversTypes['UnboundEvent']>, ParentType, ContextType, RequireFields<QueryUnboundEventsArgs, 'first'>>;
  whoami?: Resolver<ResolversTypes['Identity'], ParentType, ContextType>;
}>;

export type RecoveryLayerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecoveryLayer'] = ResolversParentTypes['RecoveryLayer']> = ResolversObject<{
  forcedCycle?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  ids?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RecoveryPlanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecoveryPlan'] = ResolversParentTypes['RecoveryPlan']> = ResolversObject<{
  blocked?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  cycles?: Resolver<Array<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  degraded?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  down?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failed?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  layerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  layers?: Resolver<Array<ResolversTypes['RecoveryLayer']>, ParentType, ContextType, RequireFields<RecoveryPlanLayersArgs, 'first'>>;
}>;

export type RedundancyGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RedundancyGroup'] = ResolversParentTypes['RedundancyGroup']> = ResolversObject<{
  dependants?: Resolver<Array<ResolversTypes['Dependency']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberOf?: Resolver<Array<ResolversTypes['RedundancyGroup']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  minUp?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minUpPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RedundancyGroupConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RedundancyGroupConnection'] = ResolversParentTypes['RedundancyGroupConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RedundancyGroupEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['RedundancyGroup']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RedundancyGroupEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RedundancyGroupEdge'] = ResolversParentTypes['RedundancyGroupEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RedundancyGroup'], ParentType, ContextType>;
}>;

export type RedundancyVerdictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RedundancyVerdict'] = ResolversParentTypes['RedundancyVerdict']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  degraded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  down?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['RedundancyGroup'], ParentType, ContextType>;
  margin?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RelationshipChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationshipChange'] = ResolversParentTypes['RelationshipChange']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  strength?: Resolver<Maybe<ResolversTypes['DependencyStrength']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
}>;

export type RemovedRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RemovedRelationship'] = ResolversParentTypes['RemovedRelationship']> = ResolversObject<{
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RiskResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Risk'] = ResolversParentTypes['Risk']> = ResolversObject<{
  costOfImpact?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  effect?: Resolver<ResolversTypes['ValueEffect'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  impact?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nature?: Resolver<ResolversTypes['RiskNature'], ParentType, ContextType>;
  probability?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RiskConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RiskConnection'] = ResolversParentTypes['RiskConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RiskEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Risk']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RiskEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RiskEdge'] = ResolversParentTypes['RiskEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Risk'], ParentType, ContextType>;
}>;

export type RootCauseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RootCause'] = ResolversParentTypes['RootCause']> = ResolversObject<{
  component?: Resolver<ResolversTypes['Component'], ParentType, ContextType>;
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  explains?: Resolver<Array<ResolversTypes['NodeRef']>, ParentType, ContextType>;
  leavesUnexplained?: Resolver<Array<ResolversTypes['NodeRef']>, ParentType, ContextType>;
  partiallyExplains?: Resolver<Array<ResolversTypes['NodeRef']>, ParentType, ContextType>;
  wronglyPredicts?: Resolver<Array<ResolversTypes['NodeRef']>, ParentType, ContextType>;
}>;

export type RootCauseAnalysisResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RootCauseAnalysis'] = ResolversParentTypes['RootCauseAnalysis']> = ResolversObject<{
  candidates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  causes?: Resolver<Array<ResolversTypes['RootCause']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ServiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service']> = ResolversObject<{
  components?: Resolver<Array<ResolversTypes['Component']>, ParentType, ContextType>;
  costs?: Resolver<Array<ResolversTypes['Cost']>, ParentType, ContextType>;
  dependants?: Resolver<Array<ResolversTypes['Dependency']>, ParentType, ContextType>;
  dependsOn?: Resolver<Array<ResolversTypes['Dependency']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interfaces?: Resolver<Array<ResolversTypes['ServiceInterface']>, ParentType, ContextType>;
  memberOf?: Resolver<Array<ResolversTypes['RedundancyGroup']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offerings?: Resolver<Array<ResolversTypes['ServiceOffering']>, ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['Outcome']>, ParentType, ContextType>;
  outputs?: Resolver<Array<ResolversTypes['Output']>, ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  risks?: Resolver<Array<ResolversTypes['Risk']>, ParentType, ContextType>;
  utility?: Resolver<ResolversTypes['Utility'], ParentType, ContextType>;
  warranty?: Resolver<ResolversTypes['Warranty'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ServiceChainResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceChain'] = ResolversParentTypes['ServiceChain']> = ResolversObject<{
  links?: Resolver<Array<ResolversTypes['ValueChainLink']>, ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  truncatedBy?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ServiceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceConnection'] = ResolversParentTypes['ServiceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServiceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceEdge'] = ResolversParentTypes['ServiceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
}>;

export type ServiceInterfaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceInterface'] = ResolversParentTypes['ServiceInterface']> = ResolversObject<{
  channel?: Resolver<Maybe<ResolversTypes['InterfaceChannel']>, ParentType, ContextType>;
  dependants?: Resolver<Array<ResolversTypes['Dependency']>, ParentType, ContextType>;
  dependsOn?: Resolver<Array<ResolversTypes['Dependency']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberOf?: Resolver<Array<ResolversTypes['RedundancyGroup']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offerings?: Resolver<Array<ResolversTypes['ServiceOffering']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
  usedBy?: Resolver<Array<ResolversTypes['ConsumerGroup']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ServiceInterfaceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceInterfaceConnection'] = ResolversParentTypes['ServiceInterfaceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServiceInterfaceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ServiceInterface']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceInterfaceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceInterfaceEdge'] = ResolversParentTypes['ServiceInterfaceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceInterface'], ParentType, ContextType>;
}>;

export type ServiceLevelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceLevel'] = ResolversParentTypes['ServiceLevel']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metric?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['AgreedPeriod']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['ServiceRelationship']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ServiceLevelConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceLevelConnection'] = ResolversParentTypes['ServiceLevelConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServiceLevelEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ServiceLevel']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceLevelEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceLevelEdge'] = ResolversParentTypes['ServiceLevelEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceLevel'], ParentType, ContextType>;
}>;

export type ServiceOfferingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceOffering'] = ResolversParentTypes['ServiceOffering']> = ResolversObject<{
  accessToResources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  consumerGroups?: Resolver<Array<ResolversTypes['ConsumerGroup']>, ParentType, ContextType>;
  costs?: Resolver<Array<ResolversTypes['Cost']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  goods?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interfaces?: Resolver<Array<ResolversTypes['ServiceInterface']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['ServiceRelationship']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  risks?: Resolver<Array<ResolversTypes['Risk']>, ParentType, ContextType>;
  serviceActions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ServiceOfferingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceOfferingConnection'] = ResolversParentTypes['ServiceOfferingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServiceOfferingEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ServiceOffering']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceOfferingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceOfferingEdge'] = ResolversParentTypes['ServiceOfferingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceOffering'], ParentType, ContextType>;
}>;

export type ServiceRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceRelationship'] = ResolversParentTypes['ServiceRelationship']> = ResolversObject<{
  consumer?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  consumption?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offerings?: Resolver<Array<ResolversTypes['ServiceOffering']>, ParentType, ContextType>;
  periodEnd?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  provision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationshipManagement?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceLevels?: Resolver<Array<ResolversTypes['ServiceLevel']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ServiceRelationshipConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceRelationshipConnection'] = ResolversParentTypes['ServiceRelationshipConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServiceRelationshipEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ServiceRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceRelationshipEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceRelationshipEdge'] = ResolversParentTypes['ServiceRelationshipEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceRelationship'], ParentType, ContextType>;
}>;

export type SinglePointsOfFailureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SinglePointsOfFailure'] = ResolversParentTypes['SinglePointsOfFailure']> = ResolversObject<{
  candidates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pairChecks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sets?: Resolver<Array<ResolversTypes['FailureSet']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['NodeRef'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type StateCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StateCounts'] = ResolversParentTypes['StateCounts']> = ResolversObject<{
  degraded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  down?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StatusChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatusChange'] = ResolversParentTypes['StatusChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incident?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NodeRef'], ParentType, ContextType>;
  onBehalfOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previous?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
}>;

export type StatusHoldResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatusHold'] = ResolversParentTypes['StatusHold']> = ResolversObject<{
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NodeRef'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
  until?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  impactChanged?: SubscriptionResolver<ResolversTypes['CurrentImpact'], "impactChanged", ParentType, ContextType, Partial<SubscriptionImpactChangedArgs>>;
  statusChanged?: SubscriptionResolver<ResolversTypes['StatusChange'], "statusChanged", ParentType, ContextType, Partial<SubscriptionStatusChangedArgs>>;
}>;

export type UnboundEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnboundEvent'] = ResolversParentTypes['UnboundEvent']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  firstAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  labels?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  lastAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UtilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Utility'] = ResolversParentTypes['Utility']> = ResolversObject<{
  constraintsRemoved?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  features?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ValueChainLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ValueChainLink'] = ResolversParentTypes['ValueChainLink']> = ResolversObject<{
  consumer?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  consumerGroup?: Resolver<Maybe<ResolversTypes['ConsumerGroup']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['GraphDirection'], ParentType, ContextType>;
  hops?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offering?: Resolver<Maybe<ResolversTypes['ServiceOffering']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['ServiceRelationship']>, ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
  strength?: Resolver<ResolversTypes['DependencyStrength'], ParentType, ContextType>;
}>;

export type WarrantyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Warranty'] = ResolversParentTypes['Warranty']> = ResolversObject<{
  availability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  availabilityPeriod?: Resolver<Maybe<ResolversTypes['AgreedPeriod']>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  continuity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  security?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type WriteCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WriteCounts'] = ResolversParentTypes['WriteCounts']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AffectedConsumerGroup?: AffectedConsumerGroupResolvers<ContextType>;
  AffectedOrganization?: AffectedOrganizationResolvers<ContextType>;
  AgreedAvailability?: AgreedAvailabilityResolvers<ContextType>;
  Alert?: AlertResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  AtRisk?: AtRiskResolvers<ContextType>;
  AtRiskEntry?: AtRiskEntryResolvers<ContextType>;
  Availability?: AvailabilityResolvers<ContextType>;
  AvailabilityBounds?: AvailabilityBoundsResolvers<ContextType>;
  AvailabilityContributor?: AvailabilityContributorResolvers<ContextType>;
  AvailabilityInterval?: AvailabilityIntervalResolvers<ContextType>;
  BindingRule?: BindingRuleResolvers<ContextType>;
  ChainStep?: ChainStepResolvers<ContextType>;
  Component?: ComponentResolvers<ContextType>;
  ComponentConnection?: ComponentConnectionResolvers<ContextType>;
  ComponentEdge?: ComponentEdgeResolvers<ContextType>;
  Connectivity?: ConnectivityResolvers<ContextType>;
  ConnectivityConnection?: ConnectivityConnectionResolvers<ContextType>;
  ConnectivityEdge?: ConnectivityEdgeResolvers<ContextType>;
  ConnectivityTolerance?: ConnectivityToleranceResolvers<ContextType>;
  ConsumerGroup?: ConsumerGroupResolvers<ContextType>;
  ConsumerGroupConnection?: ConsumerGroupConnectionResolvers<ContextType>;
  ConsumerGroupEdge?: ConsumerGroupEdgeResolvers<ContextType>;
  Cost?: CostResolvers<ContextType>;
  CostConnection?: CostConnectionResolvers<ContextType>;
  CostEdge?: CostEdgeResolvers<ContextType>;
  CreatedApiKey?: CreatedApiKeyResolvers<ContextType>;
  CurrentImpact?: CurrentImpactResolvers<ContextType>;
  CyclicSupport?: CyclicSupportResolvers<ContextType>;
  DeleteResult?: DeleteResultResolvers<ContextType>;
  Dependency?: DependencyResolvers<ContextType>;
  DependencyEdge?: DependencyEdgeResolvers<ContextType>;
  DependencyGraph?: DependencyGraphResolvers<ContextType>;
  DependencyNode?: DependencyNodeResolvers<ContextType>;
  EventBinding?: EventBindingResolvers<ContextType>;
  Exposure?: ExposureResolvers<ContextType>;
  ExposureEntry?: ExposureEntryResolvers<ContextType>;
  ExposureEntryConnection?: ExposureEntryConnectionResolvers<ContextType>;
  ExposureEntryEdge?: ExposureEntryEdgeResolvers<ContextType>;
  FailureSet?: FailureSetResolvers<ContextType>;
  GraphChange?: GraphChangeResolvers<ContextType>;
  Identity?: IdentityResolvers<ContextType>;
  Impact?: ImpactResolvers<ContextType>;
  ImpactSummary?: ImpactSummaryResolvers<ContextType>;
  ImpactedNode?: ImpactedNodeResolvers<ContextType>;
  ImpactedNodeConnection?: ImpactedNodeConnectionResolvers<ContextType>;
  ImpactedNodeEdge?: ImpactedNodeEdgeResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  Incident?: IncidentResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Network?: NetworkResolvers<ContextType>;
  NetworkConnection?: NetworkConnectionResolvers<ContextType>;
  NetworkEdge?: NetworkEdgeResolvers<ContextType>;
  NetworkProblem?: NetworkProblemResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NodeRef?: NodeRefResolvers<ContextType>;
  NodeStatus?: NodeStatusResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  Outcome?: OutcomeResolvers<ContextType>;
  OutcomeConnection?: OutcomeConnectionResolvers<ContextType>;
  OutcomeEdge?: OutcomeEdgeResolvers<ContextType>;
  Output?: OutputResolvers<ContextType>;
  OutputConnection?: OutputConnectionResolvers<ContextType>;
  OutputEdge?: OutputEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecoveryLayer?: RecoveryLayerResolvers<ContextType>;
  RecoveryPlan?: RecoveryPlanResolvers<ContextType>;
  RedundancyGroup?: RedundancyGroupResolvers<ContextType>;
  RedundancyGroupConnection?: RedundancyGroupConnectionResolvers<ContextType>;
  RedundancyGroupEdge?: RedundancyGroupEdgeResolvers<ContextType>;
  RedundancyVerdict?: RedundancyVerdictResolvers<ContextType>;
  RelationshipChange?: RelationshipChangeResolvers<ContextType>;
  RemovedRelationship?: RemovedRelationshipResolvers<ContextType>;
  Risk?: RiskResolvers<ContextType>;
  RiskConnection?: RiskConnectionResolvers<ContextType>;
  RiskEdge?: RiskEdgeResolvers<ContextType>;
  RootCause?: RootCauseResolvers<ContextType>;
  RootCauseAnalysis?: RootCauseAnalysisResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceChain?: ServiceChainResolvers<ContextType>;
  ServiceConnection?: ServiceConnectionResolvers<ContextType>;
  ServiceEdge?: ServiceEdgeResolvers<ContextType>;
  ServiceInterface?: ServiceInterfaceResolvers<ContextType>;
  ServiceInterfaceConnection?: ServiceInterfaceConnectionResolvers<ContextType>;
  ServiceInterfaceEdge?: ServiceInterfaceEdgeResolvers<ContextType>;
  ServiceLevel?: ServiceLevelResolvers<ContextType>;
  ServiceLevelConnection?: ServiceLevelConnectionResolvers<ContextType>;
  ServiceLevelEdge?: ServiceLevelEdgeResolvers<ContextType>;
  ServiceOffering?: ServiceOfferingResolvers<ContextType>;
  ServiceOfferingConnection?: ServiceOfferingConnectionResolvers<ContextType>;
  ServiceOfferingEdge?: ServiceOfferingEdgeResolvers<ContextType>;
  ServiceRelationship?: ServiceRelationshipResolvers<ContextType>;
  ServiceRelationshipConnection?: ServiceRelationshipConnectionResolvers<ContextType>;
  ServiceRelationshipEdge?: ServiceRelationshipEdgeResolvers<ContextType>;
  SinglePointsOfFailure?: SinglePointsOfFailureResolvers<ContextType>;
  StateCounts?: StateCountsResolvers<ContextType>;
  StatusChange?: StatusChangeResolvers<ContextType>;
  StatusHold?: StatusHoldResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  UnboundEvent?: UnboundEventResolvers<ContextType>;
  Utility?: UtilityResolvers<ContextType>;
  ValueChainLink?: ValueChainLinkResolvers<ContextType>;
  Warranty?: WarrantyResolvers<ContextType>;
  WriteCounts?: WriteCountsResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  requires?: RequiresDirectiveResolver<any, any, ContextType>;
}>;
