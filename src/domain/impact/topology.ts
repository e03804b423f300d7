import { CycleIndex } from './cyclicSupport';
import { ImpactEdge, ImpactGraph, ImpactNode, NetworkEnd } from './impactGraph';
import { LiveTopology } from './liveTopology';

export interface TargetedGroup {
  consumerGroupId: string;
  name: string;
  size: number;
}

/**
 * Everything the impact questions need, held in memory: the impact graph of the whole estate, its
 * cycles, and who stands behind offerings and services. Loaded once, then kept up to date by
 * applying each write (LiveTopology), so a question costs no database round trip beyond the
 * version check.
 */
export interface Topology {
  /** Which version of the graph this is (see TopologyCache). */
  version: string;
  graph: ImpactGraph;
  cycles: CycleIndex;
  /** Offering id -> the consumer groups it targets. */
  targets: ReadonlyMap<string, TargetedGroup[]>;
  /** Service id -> the organisations that provide it. */
  providers: ReadonlyMap<string, string[]>;
  /** Offering id -> the organisations that consume it through a service relationship. */
  consumers: ReadonlyMap<string, string[]>;
  /** Component, group or service id -> the organisation that owns or provides it. */
  owners: ReadonlyMap<string, string>;
  /** The same topology as plain data: the starting point for replaying history. */
  data: TopologyData;
}

/**
 * The relationships behind people counts, providers, consumers and owners: an offering TARGETS a
 * consumer group, a service is PROVIDED_BY an organisation, a service relationship COVERS an
 * offering and HAS_CONSUMER an organisation, and anything may be OWNED_BY or OFFERED_BY one.
 */
export const FACT_TYPES = ['TARGETS', 'PROVIDED_BY', 'COVERS', 'HAS_CONSUMER', 'OWNED_BY', 'OFFERED_BY'] as const;
export type FactType = (typeof FACT_TYPES)[number];

export function isFactType(type: string): type is FactType {
  return (FACT_TYPES as readonly string[]).includes(type);
}

export interface Fact {
  type: FactType;
  from: string;
  to: string;
}

export interface ConsumerGroupFacts {
  id: string;
  name: string;
  size: number;
}

export interface TopologyData {
  version: string;
  nodes: ImpactNode[];
  edges: ImpactEdge[];
  /** Link ends and connectivity points: which paths networks offer. */
  networkEnds: NetworkEnd[];
  /** Every consumer group, with how many people it stands for. */
  groups: ConsumerGroupFacts[];
  facts: Fact[];
}

export function buildTopology(data: TopologyData): Topology {
  return new LiveTopology(data);
}

/** Offering -> [consumer group, size] as topology data (tests and generated estates). */
export function targetFacts(targets: { offeringId: string; consumerGroupId: string; name: string; size: number }[]): Pick<TopologyData, 'groups' | 'facts'> {
  const groups = new Map(targets.map((t) => [t.consumerGroupId, { id: t.consumerGroupId, name: t.name, size: t.size }]));
  return { groups: [...groups.values()], facts: targets.map((t) => ({ type: 'TARGETS', from: t.offeringId, to: t.consumerGroupId })) };
}
