import { CycleIndex, indexCycles } from './cyclicSupport';
import { findCycles } from './cycles';
import { ImpactEdge, ImpactGraph, ImpactNode, NetworkEnd } from './impactGraph';

export interface TargetedGroup {
  consumerGroupId: string;
  name: string;
  size: number;
}

/**
 * Everything the impact questions need, held in memory: the impact graph of the whole estate, its
 * cycles, and who stands behind offerings and services. Built once per version of the data, so a
 * question costs no database round trip beyond the version check.
 */
export interface Topology {
  /** Changes whenever Cascade writes; see TopologyCache. */
  version: string;
  graph: ImpactGraph;
  cycles: CycleIndex;
  /** Offering id -> the consumer groups it targets. */
  targets: Map<string, TargetedGroup[]>;
  /** Service id -> the organisations that provide it. */
  providers: Map<string, string[]>;
  /** Offering id -> the organisations that consume it through a service relationship. */
  consumers: Map<string, string[]>;
  /** Component, group or service id -> the organisation that owns or provides it. */
  owners: Map<string, string>;
  /** What it was built from (shared, not copied): the starting point for replaying history. */
  data: TopologyData;
}

export interface TopologyData {
  version: string;
  nodes: ImpactNode[];
  edges: ImpactEdge[];
  targets: { offeringId: string; consumerGroupId: string; name: string; size: number }[];
  providers: { serviceId: string; organizationId: string }[];
  consumers: { offeringId: string; organizationId: string }[];
  owners: { id: string; organizationId: string }[];
  /** Link ends and connectivity points: which paths networks offer. */
  networkEnds: NetworkEnd[];
}

export function buildTopology(data: TopologyData): Topology {
  const graph = new ImpactGraph(data.nodes, data.edges, data.networkEnds);
  return {
    version: data.version,
    graph,
    cycles: indexCycles(graph, findCycles(graph)),
    targets: groupBy(data.targets, (t) => t.offeringId, (t) => ({ consumerGroupId: t.consumerGroupId, name: t.name, size: t.size })),
    providers: groupBy(data.providers, (p) => p.serviceId, (p) => p.organizationId),
    consumers: groupBy(data.consumers, (c) => c.offeringId, (c) => c.organizationId),
    owners: new Map(data.owners.map((o) => [o.id, o.organizationId])),
    data,
  };
}

function groupBy<T, V>(items: T[], key: (item: T) => string, value: (item: T) => V): Map<string, V[]> {
  const map = new Map<string, V[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(value(item));
    else map.set(k, [value(item)]);
  }
  return map;
}
