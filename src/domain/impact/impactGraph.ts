import { ImpactIndex } from './impactIndex';
export { requiredMembers } from './quorum';
import { State } from './state';

/** The node kinds that carry an availability state. */
export const IMPACT_KINDS = ['Component', 'RedundancyGroup', 'Service', 'ServiceInterface', 'ServiceOffering'] as const;
export type ImpactKind = (typeof IMPACT_KINDS)[number];

export function isImpactKind(label: string): label is ImpactKind {
  return (IMPACT_KINDS as readonly string[]).includes(label);
}

/**
 * Relationship types along which impact travels, from what is needed to what needs it. All of
 * them point from the dependant to what it needs, so impact flows against the arrow.
 */
export const IMPACT_EDGE_TYPES = ['DEPENDS_ON', 'HAS_MEMBER', 'INTERFACE_OF', 'INCLUDES'] as const;
export type ImpactEdgeType = (typeof IMPACT_EDGE_TYPES)[number];

export interface ImpactNode {
  id: string;
  kind: ImpactKind;
  name: string;
  /** Redundancy groups only: members needed, as a count or a percentage (rounded up). */
  minUp?: number | null;
  minUpPercent?: number | null;
}

export interface ImpactEdge {
  /** The dependant (or the group). */
  from: string;
  /** What it needs (or the member). */
  to: string;
  type: ImpactEdgeType;
  /** DEPENDS_ON only; every other type passes state on as HARD. */
  strength: 'HARD' | 'SOFT';
}

/**
 * Nodes that carry a state and the impact edges between them. Usually the whole estate (the
 * topology held in memory); questions that only concern one target work on `subgraph(upstream)`.
 * Edge targets that are not in `nodes` are treated as UP.
 */
export class ImpactGraph {
  readonly nodes = new Map<string, ImpactNode>();
  private readonly outgoing = new Map<string, ImpactEdge[]>();
  private readonly incoming = new Map<string, ImpactEdge[]>();
  private readonly edges: ImpactEdge[] = [];
  private indexed: ImpactIndex | null = null;

  constructor(nodes: Iterable<ImpactNode>, edges: Iterable<ImpactEdge>) {
    for (const node of nodes) this.nodes.set(node.id, node);
    for (const edge of edges) {
      this.edges.push(edge);
      push(this.outgoing, edge.from, edge);
      push(this.incoming, edge.to, edge);
    }
  }

  /** The integer-indexed copy the propagation loop runs on, built on first use. */
  get index(): ImpactIndex {
    this.indexed ??= new ImpactIndex(this, this.edges);
    return this.indexed;
  }

  /** What the node needs. */
  needs(id: string): readonly ImpactEdge[] {
    return this.outgoing.get(id) ?? [];
  }

  /** What needs the node. */
  neededBy(id: string): readonly ImpactEdge[] {
    return this.incoming.get(id) ?? [];
  }

  /** Hops from the given nodes to everything they need, transitively (breadth-first; cycles are fine). */
  upstream(ids: Iterable<string>): Map<string, number> {
    return this.walk(ids, (id) => this.needs(id).map((e) => e.to));
  }

  /** Hops from the given nodes to everything that needs them, transitively. */
  downstream(ids: Iterable<string>): Map<string, number> {
    return this.walk(ids, (id) => this.neededBy(id).map((e) => e.from));
  }

  /** The nodes in `ids` and the edges among them. Exact for states when `ids` is closed under needs. */
  subgraph(ids: ReadonlySet<string> | ReadonlyMap<string, unknown>): ImpactGraph {
    const nodes: ImpactNode[] = [];
    const edges: ImpactEdge[] = [];
    for (const id of ids.keys()) {
      const node = this.nodes.get(id);
      if (node) nodes.push(node);
      for (const edge of this.needs(id)) if (ids.has(edge.to)) edges.push(edge);
    }
    return new ImpactGraph(nodes, edges);
  }

  private walk(ids: Iterable<string>, next: (id: string) => string[]): Map<string, number> {
    const hops = new Map<string, number>();
    const queue: string[] = [];
    for (const id of ids) {
      if (!hops.has(id)) {
        hops.set(id, 0);
        queue.push(id);
      }
    }
    for (let head = 0; head < queue.length; head += 1) {
      const id = queue[head];
      const distance = hops.get(id)! + 1;
      for (const other of next(id)) {
        if (hops.has(other)) continue;
        hops.set(other, distance);
        queue.push(other);
      }
    }
    return hops;
  }
}

function push(map: Map<string, ImpactEdge[]>, key: string, edge: ImpactEdge): void {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}

export type States = ReadonlyMap<string, State>;

/** A node named by id, kind and name, for answers that list nodes without their state. */
export interface NodeRef {
  id: string;
  kind: string;
  name: string;
}

export function nodeRef(graph: ImpactGraph, id: string): NodeRef {
  const node = graph.nodes.get(id);
  return { id, kind: node?.kind ?? 'Unknown', name: node?.name ?? id };
}
