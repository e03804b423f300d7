import { DependencyStrength } from '../entities';

export type GraphDirection = 'UPSTREAM' | 'DOWNSTREAM';

/** The node kinds a dependency graph holds (their labels). */
export const DEPENDENCY_NODE_KINDS = [
  'Component',
  'RedundancyGroup',
  'Service',
  'ServiceInterface',
  'ServiceOffering',
  'ConsumerGroup',
  'Network',
  'Connectivity',
] as const;
export type DependencyNodeKind = (typeof DEPENDENCY_NODE_KINDS)[number];

export function isDependencyNodeKind(label: string): label is DependencyNodeKind {
  return (DEPENDENCY_NODE_KINDS as readonly string[]).includes(label);
}

/**
 * The relationship types a walk follows (THROUGH: connectivity -> its network; HAS_ELEMENT: network ->
 * its routers and links). All but TARGETS point from the dependant to what it needs;
 * TARGETS points from the offering to the consumer group that needs it.
 */
export type WalkedEdgeType = 'DEPENDS_ON' | 'HAS_MEMBER' | 'INTERFACE_OF' | 'INCLUDES' | 'THROUGH' | 'HAS_ELEMENT' | 'TARGETS';

export interface ClosureNode {
  id: string;
  /** The node's label; walks may meet labels outside DEPENDENCY_NODE_KINDS in untidy data. */
  kind: string;
  name: string;
  /** The organisation it belongs to (provider, owner, offerer); null when unknown or not fetched. */
  organizationId: string | null;
}

/** A stored relationship, pointing as stored. */
export interface StoredEdge {
  from: string;
  to: string;
  type: WalkedEdgeType;
  /** DEPENDS_ON only; null for the other types, which pass state on as HARD. */
  strength: DependencyStrength | null;
}

/**
 * What a walk from a root fetched: nodes and the stored edges around them. An edge may lead to a
 * node that is not in `nodes`: that node lies beyond what the walk fetched.
 */
export interface Closure {
  rootId: string;
  nodes: ReadonlyMap<string, ClosureNode>;
  edges: readonly StoredEdge[];
}

/** One step of a walk: the edge taken and the node it leads to. */
export interface Step {
  edge: StoredEdge;
  next: string;
}

/** The end of the edge that needs the other: the group for TARGETS, `from` for every other type. */
export function dependantOf(edge: StoredEdge): string {
  return edge.type === 'TARGETS' ? edge.to : edge.from;
}

export function dependencyOf(edge: StoredEdge): string {
  return edge.type === 'TARGETS' ? edge.from : edge.to;
}

export function isHard(edge: StoredEdge): boolean {
  return edge.strength !== 'SOFT';
}

/**
 * Steps out of every node: UPSTREAM from the dependant to what it needs, DOWNSTREAM the other way.
 * Each node's steps are ordered by the node they lead to, then by type, so walks are deterministic.
 */
export function stepsByNode(edges: readonly StoredEdge[], direction: GraphDirection): Map<string, Step[]> {
  const steps = new Map<string, Step[]>();
  for (const edge of edges) {
    const [here, next] = direction === 'UPSTREAM' ? [dependantOf(edge), dependencyOf(edge)] : [dependencyOf(edge), dependantOf(edge)];
    const list = steps.get(here);
    if (list) list.push({ edge, next });
    else steps.set(here, [{ edge, next }]);
  }
  for (const list of steps.values()) {
    list.sort((a, b) => compare(a.next, b.next) || compare(a.edge.type, b.edge.type));
  }
  return steps;
}

/** Code-point order, the same on every machine (localeCompare is not). */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
