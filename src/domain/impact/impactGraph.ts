import { ConnectivityModel, NetworkLink, NetworkModel, isUsable } from '../network/networkModel';
import { CompiledNeed, NetworkIndex } from '../network/networkIndex';
import { ImpactIndex } from './impactIndex';
export { requiredMembers } from './quorum';
import { State } from './state';

/** The node kinds that carry an availability state. */
export const IMPACT_KINDS = ['Component', 'RedundancyGroup', 'Service', 'ServiceInterface', 'ServiceOffering', 'Network', 'Connectivity'] as const;
export type ImpactKind = (typeof IMPACT_KINDS)[number];

export function isImpactKind(label: string): label is ImpactKind {
  return (IMPACT_KINDS as readonly string[]).includes(label);
}

/**
 * Relationship types along which impact travels, from what is needed to what needs it. All of
 * them point from the dependant to what it needs, so impact flows against the arrow.
 */
export const IMPACT_EDGE_TYPES = ['DEPENDS_ON', 'HAS_MEMBER', 'INTERFACE_OF', 'INCLUDES', 'HAS_ELEMENT', 'THROUGH'] as const;
export type ImpactEdgeType = (typeof IMPACT_EDGE_TYPES)[number];

/**
 * The relationships that shape networks without carrying impact themselves: a link's two ends and a
 * connectivity's points. Impact reaches a connectivity over THROUGH -> HAS_ELEMENT; these say which
 * paths exist.
 */
export const NETWORK_END_TYPES = ['CONNECTS_FROM', 'CONNECTS_TO', 'ATTACHED_AT', 'REACHES'] as const;
export type NetworkEndType = (typeof NETWORK_END_TYPES)[number];

export interface NetworkEnd {
  type: NetworkEndType;
  from: string;
  to: string;
}

export interface ImpactNode {
  id: string;
  kind: ImpactKind;
  name: string;
  /** Redundancy groups only: members needed, as a count or a percentage (rounded up). */
  minUp?: number | null;
  minUpPercent?: number | null;
  /** Network links only: traffic only from the CONNECTS_FROM end to the CONNECTS_TO end. */
  directed?: boolean;
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
  private indexed: ImpactIndex | null = null;
  /** Nodes whose needs, kind or quorum changed since the index was built: its next layout redoes only them. */
  private readonly dirty = new Set<string>();
  /** Link and connectivity ends by the link or connectivity. */
  private readonly endsOf = new Map<string, NetworkEnd[]>();
  private readonly networkIndexes = new Map<string, NetworkIndex>();
  private readonly compiledNeeds = new Map<string, CompiledNeed | null>();

  constructor(nodes: Iterable<ImpactNode>, edges: Iterable<ImpactEdge>, ends: Iterable<NetworkEnd> = []) {
    for (const node of nodes) this.nodes.set(node.id, node);
    for (const edge of edges) {
      push(this.outgoing, edge.from, edge);
      push(this.incoming, edge.to, edge);
    }
    for (const end of ends) {
      const list = this.endsOf.get(end.from);
      if (list) list.push(end);
      else this.endsOf.set(end.from, [end]);
    }
  }

  /** The network as a mesh: its elements split into nodes and links (an element with both ends is a link). */
  networkModel(networkId: string): NetworkModel {
    const nodes: string[] = [];
    const links: NetworkLink[] = [];
    for (const edge of this.needs(networkId)) {
      if (edge.type !== 'HAS_ELEMENT') continue;
      const ends = this.endsOf.get(edge.to) ?? [];
      const a = ends.find((e) => e.type === 'CONNECTS_FROM')?.to;
      const b = ends.find((e) => e.type === 'CONNECTS_TO')?.to;
      if (a !== undefined && b !== undefined) links.push({ id: edge.to, a, b, directed: this.nodes.get(edge.to)?.directed === true });
      else nodes.push(edge.to);
    }
    return { id: networkId, nodes, links };
  }

  /** What a connectivity needs: the network it runs through and its points. Null for any other node. */
  connectivityModel(id: string): ConnectivityModel | null {
    if (this.nodes.get(id)?.kind !== 'Connectivity') return null;
    const network = this.needs(id).find((e) => e.type === 'THROUGH')?.to ?? '';
    const ends = this.endsOf.get(id) ?? [];
    return {
      id,
      network,
      from: ends.filter((e) => e.type === 'ATTACHED_AT').map((e) => e.to),
      to: ends.filter((e) => e.type === 'REACHES').map((e) => e.to),
    };
  }

  /** The integer-indexed mesh of a network, built on first use (once per topology version). */
  networkIndex(networkId: string): NetworkIndex {
    let index = this.networkIndexes.get(networkId);
    if (!index) {
      index = new NetworkIndex(this.networkModel(networkId));
      this.networkIndexes.set(networkId, index);
    }
    return index;
  }

  /**
   * A connectivity's points compiled against its network's index. Null when it constrains nothing:
   * no network, no usable attachment point or destination, or no path even with every element UP.
   * Such a connectivity is a modelling gap, not an outage (see `unroutableConnectivities`); taking it
   * as DOWN would report an outage with nothing failed and make answers depend on where they start.
   */
  compiledNeed(connectivityId: string): { network: NetworkIndex; need: CompiledNeed } | null {
    const model = this.connectivityModel(connectivityId);
    if (!model || model.network === '') return null;
    const network = this.networkIndex(model.network);
    if (!this.compiledNeeds.has(connectivityId)) this.compileNetworkNeeds(model.network, network);
    const need = this.compiledNeeds.get(connectivityId) ?? null;
    return need ? { network, need } : null;
  }

  /**
   * Compiles every connectivity through a network at once: whether each has a path with all UP is
   * one evaluateAll over the mesh, not one search of the whole mesh per connectivity (5,000
   * customers on a 12,000-element mesh: 60 million element reads otherwise).
   */
  private compileNetworkNeeds(networkId: string, network: NetworkIndex): void {
    const ids: string[] = [];
    const needs: CompiledNeed[] = [];
    for (const edge of this.neededBy(networkId)) {
      if (edge.type !== 'THROUGH' || this.compiledNeeds.has(edge.from)) continue;
      const model = this.connectivityModel(edge.from);
      if (!model || model.network !== networkId) continue;
      const need = network.compile(model);
      if (!isUsable(need)) {
        this.compiledNeeds.set(edge.from, null);
        continue;
      }
      ids.push(edge.from);
      needs.push(need);
    }
    const healthy = network.evaluateAll(needs, () => 0);
    ids.forEach((id, k) => this.compiledNeeds.set(id, healthy[k] === 2 ? null : needs[k]));
  }

  /** Connectivities that constrain nothing because no path joins their points even with all UP. */
  unroutableConnectivities(): string[] {
    return [...this.nodes.values()].filter((n) => n.kind === 'Connectivity' && this.compiledNeed(n.id) === null).map((n) => n.id);
  }

  /** The link ends or connectivity points of one node. */
  endsFrom(id: string): readonly NetworkEnd[] {
    return this.endsOf.get(id) ?? [];
  }

  /** Every link end and connectivity point. */
  get networkEnds(): NetworkEnd[] {
    return [...this.endsOf.values()].flat();
  }

  /** Link and connectivity ends whose owner is among `ids` (for subgraphs). */
  private endsWithin(ids: ReadonlySet<string> | ReadonlyMap<string, unknown>): NetworkEnd[] {
    const ends: NetworkEnd[] = [];
    for (const id of ids.keys()) for (const end of this.endsOf.get(id) ?? []) ends.push(end);
    return ends;
  }

  /**
   * The integer-indexed copy the propagation loop runs on, built on first use. After changes it is
   * laid out again from the previous one, reading only the changed nodes from here (linear integer
   * work, no string lookups for the rest): a write costs milliseconds, not a rebuild.
   */
  get index(): ImpactIndex {
    if (!this.indexed) this.indexed = new ImpactIndex(this);
    else if (this.dirty.size > 0) this.indexed = new ImpactIndex(this, { index: this.indexed, dirty: this.dirty });
    this.dirty.clear();
    return this.indexed;
  }

  /** Every edge, grouped by the node that needs. */
  *allEdges(): IterableIterator<ImpactEdge> {
    for (const list of this.outgoing.values()) yield* list;
  }

  // Changes in place (the live topology applies writes with these). Lists are replaced, never
  // edited, so a walk holding an old list finishes on what it started with.

  /** Adds a node or replaces it (name, quorum, direction). */
  putNode(node: ImpactNode): void {
    const old = this.nodes.get(node.id);
    this.nodes.set(node.id, node);
    const quorumChanged = (old?.minUp ?? null) !== (node.minUp ?? null) || (old?.minUpPercent ?? null) !== (node.minUpPercent ?? null);
    if (!old || old.kind !== node.kind || quorumChanged) this.dirty.add(node.id);
    if (!old || old.kind !== node.kind || (old.directed === true) !== (node.directed === true)) {
      if (isNetworkKind(node.kind) || (old && isNetworkKind(old.kind)) || this.isElement(node.id)) this.forgetNetworks();
    }
  }

  /** Removes a node with every edge and network end at either side of it. */
  removeNode(id: string): void {
    const node = this.nodes.get(id);
    if (node && isNetworkKind(node.kind)) this.forgetNetworks();
    for (const edge of [...this.needs(id), ...this.neededBy(id)]) this.removeEdge(edge.type, edge.from, edge.to);
    for (const end of this.endsFrom(id)) this.removeEnd(end.type, end.from, end.to);
    for (const [from, ends] of this.endsOf) {
      if (ends.some((e) => e.to === id)) for (const end of ends.filter((e) => e.to === id)) this.removeEnd(end.type, from, end.to);
    }
    if (this.nodes.delete(id)) this.dirty.add(id);
  }

  /** Adds an edge or changes its strength; needs stay sorted by type, then target, as the store sorts them. */
  putEdge(edge: ImpactEdge): void {
    const list = this.needs(edge.from);
    const at = list.findIndex((e) => e.type === edge.type && e.to === edge.to);
    if (at >= 0) {
      if (list[at].strength === edge.strength) return;
      this.outgoing.set(edge.from, list.map((e, k) => (k === at ? edge : e)));
      this.incoming.set(edge.to, this.neededBy(edge.to).map((e) => (e === list[at] ? edge : e)));
    } else {
      const next = [...list, edge].sort((a, b) => a.type.localeCompare(b.type) || a.to.localeCompare(b.to));
      this.outgoing.set(edge.from, next);
      this.incoming.set(edge.to, [...this.neededBy(edge.to), edge]);
    }
    this.dirty.add(edge.from);
    if (edge.type === 'HAS_ELEMENT' || edge.type === 'THROUGH') this.forgetNetworks();
  }

  removeEdge(type: ImpactEdgeType, from: string, to: string): void {
    const edge = this.needs(from).find((e) => e.type === type && e.to === to);
    if (!edge) return;
    setOrDelete(this.outgoing, from, this.needs(from).filter((e) => e !== edge));
    setOrDelete(this.incoming, to, this.neededBy(to).filter((e) => e !== edge));
    this.dirty.add(from);
    if (type === 'HAS_ELEMENT' || type === 'THROUGH') this.forgetNetworks();
  }

  putEnd(end: NetworkEnd): void {
    const ends = this.endsFrom(end.from);
    if (ends.some((e) => e.type === end.type && e.to === end.to)) return;
    this.endsOf.set(end.from, [...ends, end]);
    this.forgetNetworks();
  }

  removeEnd(type: NetworkEndType, from: string, to: string): void {
    const ends = this.endsFrom(from);
    const rest = ends.filter((e) => !(e.type === type && e.to === to));
    if (rest.length === ends.length) return;
    if (rest.length > 0) this.endsOf.set(from, rest);
    else this.endsOf.delete(from);
    this.forgetNetworks();
  }

  /** Meshes and compiled connectivities are rebuilt on next use (a network changed). */
  private forgetNetworks(): void {
    this.networkIndexes.clear();
    this.compiledNeeds.clear();
    this.indexed?.forgetNetworks();
  }

  private isElement(id: string): boolean {
    return this.neededBy(id).some((e) => e.type === 'HAS_ELEMENT');
  }

  /** What the node needs. */
  needs(id: string): readonly ImpactEdge[] {
    return this.outgoing.get(id) ?? [];
  }

  /** What needs the node. */
  neededBy(id: string): readonly ImpactEdge[] {
    return this.incoming.get(id) ?? [];
  }

  /**
   * Nodes whose rule reads this node's state: what needs it, and for a network element also the
   * connectivities through its networks (their path rule reads every element's state).
   */
  affects(id: string): string[] {
    const out: string[] = [];
    for (const edge of this.neededBy(id)) {
      out.push(edge.from);
      if (edge.type === 'HAS_ELEMENT') for (const through of this.neededBy(edge.from)) if (through.type === 'THROUGH') out.push(through.from);
    }
    return out;
  }

  /** What a node's rule reads: its needs, and for a connectivity every element of its network too. */
  reads(id: string): string[] {
    const out = this.needs(id).map((e) => e.to);
    if (this.nodes.get(id)?.kind === 'Connectivity') {
      for (const through of this.needs(id)) {
        if (through.type === 'THROUGH') for (const element of this.needs(through.to)) if (element.type === 'HAS_ELEMENT') out.push(element.to);
      }
    }
    return out;
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
    return new ImpactGraph(nodes, edges, this.endsWithin(ids));
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

function isNetworkKind(kind: ImpactKind): boolean {
  return kind === 'Network' || kind === 'Connectivity';
}

function setOrDelete(map: Map<string, ImpactEdge[]>, key: string, list: ImpactEdge[]): void {
  if (list.length > 0) map.set(key, list);
  else map.delete(key);
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
