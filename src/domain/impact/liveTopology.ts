import { CycleIndex, indexCycles } from './cyclicSupport';
import { mapEntry } from '../mapEntry';
import { findCycles } from './cycles';
import { IMPACT_EDGE_TYPES, ImpactEdgeType, ImpactGraph, ImpactNode, NETWORK_END_TYPES, NetworkEndType, isImpactKind } from './impactGraph';
import { ConsumerGroupFacts, Fact, FactType, TargetedGroup, Topology, TopologyData, isFactType } from './topology';
import { TopologyChange } from './topologyChange';

type Properties = Record<string, unknown>;

/** Touched nodes checked one by one against the cycle region at most (see LiveTopology.touched). */
const MAX_TOUCHED = 10_000;

/** Which organisation owns a node when several relationships say so: the first of these, then the smaller id. */
const OWNER_TYPES: readonly FactType[] = ['OFFERED_BY', 'OWNED_BY', 'PROVIDED_BY'];

/**
 * The topology of the whole estate, changed in place by each write instead of reloaded: a write
 * costs work in proportion to what it touches. The impact graph re-lays its integer index from the
 * previous one on next use; cycles are found again only when a change may close or break one; the
 * maps behind people, providers, consumers and owners are recomputed for the keys a change touches.
 *
 * Changes are applied synchronously, between questions: a question computes on one version.
 */
export class LiveTopology implements Topology {
  version: string;
  readonly graph: ImpactGraph;
  private readonly groups = new Map<string, ConsumerGroupFacts>();
  /** Fact relationships both ways: type -> from -> targets, and type -> to -> sources. */
  private readonly out = new Map<FactType, Map<string, Set<string>>>();
  private readonly in = new Map<FactType, Map<string, Set<string>>>();
  private readonly targetMap = new Map<string, TargetedGroup[]>();
  private readonly providerMap = new Map<string, string[]>();
  private readonly consumerMap = new Map<string, string[]>();
  private readonly ownerMap = new Map<string, string>();
  private cycleIndex: CycleIndex | null = null;
  /** The cycles are known but the region downstream of them may have moved. */
  private regionStale = false;
  /** The impact graph changed since the cycle index was handed out. */
  private graphChanged = false;
  /**
   * What the changes since the cycle index was handed out touched, by id: true when what the node
   * is changed (its kind, quorum or direction, its needs, its ends as a link or a connectivity), so
   * that the rules reading it may answer differently; false when only its name changed or an edge
   * now ends at it. A change none of whose nodes is in the cycle region, nor any rule reading a
   * changed one, leaves the region, its rules and its names as they were: the index (and the region
   * laid out for it) is handed out again as it is.
   */
  private readonly touched = new Map<string, boolean>();
  /** Too many touched to be worth checking one by one, or a change whose reach is not tracked. */
  private touchedAnything = false;

  constructor(data: TopologyData) {
    this.version = data.version;
    this.graph = new ImpactGraph(data.nodes, data.edges, data.networkEnds);
    for (const group of data.groups) this.groups.set(group.id, group);
    for (const fact of data.facts) this.link(fact.type, fact.from, fact.to);
    for (const [offering] of this.out.get('TARGETS') ?? []) this.refreshTargets(offering);
    for (const [service] of this.out.get('PROVIDED_BY') ?? []) this.refreshProviders(service);
    for (const [offering] of this.in.get('COVERS') ?? []) this.refreshConsumers(offering);
    for (const type of OWNER_TYPES) for (const [id] of this.out.get(type) ?? []) this.refreshOwner(id);
  }

  get targets(): ReadonlyMap<string, TargetedGroup[]> {
    return this.targetMap;
  }

  get providers(): ReadonlyMap<string, string[]> {
    return this.providerMap;
  }

  get consumers(): ReadonlyMap<string, string[]> {
    return this.consumerMap;
  }

  get owners(): ReadonlyMap<string, string> {
    return this.ownerMap;
  }

  /**
   * The cycles and the region downstream of them, found again after changes that may move them. A
   * change away from the region (most writes: a server, a switch, a probe) keeps the index object,
   * so the region laid out for it serves the next question without being laid out again.
   */
  get cycles(): CycleIndex {
    if (!this.cycleIndex) {
      this.cycleIndex = indexCycles(this.graph, findCycles(this.graph));
    } else if ((this.regionStale || this.graphChanged) && this.reachesRegion(this.cycleIndex)) {
      // The region may have moved (an edge into it added or removed), or a rule or name inside it
      // changed (a quorum, a strength): a new index object, so that what is kept per index goes.
      this.cycleIndex = this.regionStale ? indexCycles(this.graph, this.cycleIndex.cycles) : { ...this.cycleIndex };
    }
    this.regionStale = false;
    this.graphChanged = false;
    this.touched.clear();
    this.touchedAnything = false;
    return this.cycleIndex;
  }

  /**
   * Whether the changes since the index was handed out can reach its region. The region is closed
   * downstream, so an edge can move it only with its target inside, and a rule inside reads only its
   * node, its needs and (a connectivity) its network's elements and ends, whose changes touch the
   * node itself or a node it reads; graph.affects names the rules that read a node.
   */
  private reachesRegion(index: CycleIndex): boolean {
    if (this.touchedAnything) return true;
    for (const [id, changed] of this.touched) {
      if (index.region.has(id)) return true;
      if (changed) for (const reader of this.graph.affects(id)) if (index.region.has(reader)) return true;
    }
    return false;
  }

  /** Notes nodes a change touched; `changed` as in `touched`. */
  private touch(changed: boolean, ...ids: string[]): void {
    if (this.touchedAnything) return;
    for (const id of ids) if (changed || !this.touched.has(id)) this.touched.set(id, changed);
    // Checking costs a walk per touched node; past this many, re-laying the region is cheaper.
    if (this.touched.size > MAX_TOUCHED) {
      this.touched.clear();
      this.touchedAnything = true;
    }
  }

  /** Applies changes in order and names the version they bring the topology to. */
  apply(changes: Iterable<TopologyChange>, version: string): void {
    for (const change of changes) {
      this.graphChanged = true;
      if (change.kind === 'entity') {
        if (change.properties === null) this.removeEntity(change.id);
        else this.putEntity(change.id, change.properties);
      } else {
        this.putRelationship(change.type, change.from, change.to, change.properties);
      }
    }
    this.version = version;
  }

  get data(): TopologyData {
    const facts: Fact[] = [];
    for (const [type, byFrom] of this.out) for (const [from, tos] of byFrom) for (const to of tos) facts.push({ type, from, to });
    return {
      version: this.version,
      nodes: [...this.graph.nodes.values()],
      edges: [...this.graph.allEdges()],
      networkEnds: this.graph.networkEnds,
      groups: [...this.groups.values()],
      facts,
    };
  }

  private putEntity(id: string, properties: Properties & { label?: unknown }): void {
    const label = String(properties.label ?? '');
    if (isImpactKind(label)) {
      const node: ImpactNode = {
        id,
        kind: label,
        name: String(properties.name ?? id),
        minUp: typeof properties.minUp === 'number' ? properties.minUp : null,
        minUpPercent: typeof properties.minUpPercent === 'number' ? properties.minUpPercent : null,
        ...(properties.directed === true ? { directed: true } : {}),
      };
      const old = this.graph.nodes.get(id);
      const known = old !== undefined;
      this.touch(!sameRule(old, node), id);
      this.graph.putNode(node);
      // An id that edges already named (an end outside the graph) may close a cycle by joining it.
      if (!known && (this.graph.needs(id).length > 0 || this.graph.neededBy(id).length > 0)) this.cycleIndex = null;
    } else if (label === 'ConsumerGroup') {
      this.groups.set(id, { id, name: String(properties.name ?? id), size: typeof properties.size === 'number' ? properties.size : 0 });
      for (const offering of this.in.get('TARGETS')?.get(id) ?? []) this.refreshTargets(offering);
    }
  }

  private removeEntity(id: string): void {
    if (this.cycleIndex?.cycleOf.has(id)) this.cycleIndex = null;
    // Its neighbours lose an edge, and links or connectivities whose ends name it change shape.
    this.touch(true, id, ...this.graph.neededBy(id).map((e) => e.from));
    this.touch(false, ...this.graph.needs(id).map((e) => e.to));
    for (const end of this.graph.networkEnds) if (end.to === id) this.touch(true, end.from);
    const hadEdges = this.graph.needs(id).length > 0 || this.graph.neededBy(id).length > 0;
    this.graph.removeNode(id);
    if (hadEdges) this.regionStale = true;
    if (this.groups.delete(id)) for (const offering of this.in.get('TARGETS')?.get(id) ?? []) this.refreshTargets(offering);
    for (const [type, byFrom] of this.out) for (const to of [...(byFrom.get(id) ?? [])]) this.putFact(type, id, to, false);
    for (const [type, byTo] of this.in) for (const from of [...(byTo.get(id) ?? [])]) this.putFact(type, from, id, false);
  }

  private putRelationship(type: string, from: string, to: string, properties: Properties | null): void {
    if ((IMPACT_EDGE_TYPES as readonly string[]).includes(type)) {
      const edgeType = type as ImpactEdgeType;
      const exists = this.graph.needs(from).some((e) => e.type === edgeType && e.to === to);
      if (properties === null) {
        if (!exists) return;
        const cycle = this.cycleIndex?.cycleOf.get(from);
        if (cycle !== undefined && cycle === this.cycleIndex?.cycleOf.get(to)) this.cycleIndex = null;
        this.touch(true, from);
        this.touch(false, to);
        this.graph.removeEdge(edgeType, from, to);
        this.regionStale = true;
        return;
      }
      if (!exists && this.cycleIndex && this.closesCycle(from, to)) this.cycleIndex = null;
      this.touch(true, from);
      this.touch(false, to);
      this.graph.putEdge({ from, to, type: edgeType, strength: type === 'DEPENDS_ON' && properties.strength === 'SOFT' ? 'SOFT' : 'HARD' });
      if (!exists) this.regionStale = true;
    } else if ((NETWORK_END_TYPES as readonly string[]).includes(type)) {
      this.touch(true, from);
      this.touch(false, to);
      if (properties === null) this.graph.removeEnd(type as NetworkEndType, from, to);
      else this.graph.putEnd({ type: type as NetworkEndType, from, to });
    } else if (isFactType(type)) {
      this.putFact(type, from, to, properties !== null);
    }
  }

  /** Whether a new edge from -> to closes a cycle: `from` is among what `to` needs, transitively. */
  private closesCycle(from: string, to: string): boolean {
    if (from === to) return true;
    if (!this.graph.nodes.has(from) || !this.graph.nodes.has(to)) return false;
    const seen = new Set([to]);
    const queue = [to];
    for (let head = 0; head < queue.length; head += 1) {
      for (const edge of this.graph.needs(queue[head])) {
        if (edge.to === from) return true;
        if (!seen.has(edge.to) && this.graph.nodes.has(edge.to)) {
          seen.add(edge.to);
          queue.push(edge.to);
        }
      }
    }
    return false;
  }

  private putFact(type: FactType, from: string, to: string, present: boolean): void {
    if (present) this.link(type, from, to);
    else {
      this.out.get(type)?.get(from)?.delete(to);
      this.in.get(type)?.get(to)?.delete(from);
    }
    switch (type) {
      case 'TARGETS':
        return this.refreshTargets(from);
      case 'PROVIDED_BY':
        this.refreshProviders(from);
        return this.refreshOwner(from);
      case 'COVERS':
        return this.refreshConsumers(to);
      case 'HAS_CONSUMER':
        for (const offering of this.out.get('COVERS')?.get(from) ?? []) this.refreshConsumers(offering);
        return;
      case 'OWNED_BY':
      case 'OFFERED_BY':
        return this.refreshOwner(from);
    }
  }

  private link(type: FactType, from: string, to: string): void {
    mapEntry(mapEntry(this.out, type, () => new Map<string, Set<string>>()), from, () => new Set<string>()).add(to);
    mapEntry(mapEntry(this.in, type, () => new Map<string, Set<string>>()), to, () => new Set<string>()).add(from);
  }

  private targetsOf(type: FactType, from: string): string[] {
    return [...(this.out.get(type)?.get(from) ?? [])].sort();
  }

  private refreshTargets(offering: string): void {
    const groups = this.targetsOf('TARGETS', offering).map((id) => {
      const group = this.groups.get(id);
      return { consumerGroupId: id, name: group?.name ?? id, size: group?.size ?? 0 };
    });
    setOrDelete(this.targetMap, offering, groups);
  }

  private refreshProviders(service: string): void {
    setOrDelete(this.providerMap, service, this.targetsOf('PROVIDED_BY', service));
  }

  private refreshConsumers(offering: string): void {
    const organisations = new Set<string>();
    for (const relationship of this.in.get('COVERS')?.get(offering) ?? []) {
      for (const organisation of this.out.get('HAS_CONSUMER')?.get(relationship) ?? []) organisations.add(organisation);
    }
    setOrDelete(this.consumerMap, offering, [...organisations].sort());
  }

  private refreshOwner(id: string): void {
    for (const type of OWNER_TYPES) {
      const [owner] = this.targetsOf(type, id);
      if (owner !== undefined) {
        this.ownerMap.set(id, owner);
        return;
      }
    }
    this.ownerMap.delete(id);
  }
}

/** Whether a node put over another leaves every rule reading it as it was (a new name does). */
function sameRule(old: ImpactNode | undefined, node: ImpactNode): boolean {
  return (
    old !== undefined &&
    old.kind === node.kind &&
    (old.minUp ?? null) === (node.minUp ?? null) &&
    (old.minUpPercent ?? null) === (node.minUpPercent ?? null) &&
    (old.directed === true) === (node.directed === true)
  );
}

function setOrDelete<V>(map: Map<string, V[]>, key: string, list: V[]): void {
  if (list.length > 0) map.set(key, list);
  else map.delete(key);
}
