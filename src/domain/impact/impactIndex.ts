import type { ImpactEdge, ImpactGraph, ImpactKind } from './impactGraph';
import type { CompiledNeed, NetworkIndex } from '../network/networkIndex';
import { requiredMembers } from './quorum';

export interface Scratch {
  state: Uint8Array;
  cause: Int32Array;
  downMembers: Int32Array;
  troubledMembers: Int32Array;
  queue: Int32Array;
  /** Nodes in the order they first got worse (each at most once). */
  touched: Int32Array;
}

export const EDGE_TYPES = ['DEPENDS_ON', 'HAS_MEMBER', 'INTERFACE_OF', 'INCLUDES', 'HAS_ELEMENT', 'THROUGH'] as const;
export const HAS_MEMBER = 1;
export const HAS_ELEMENT = 4;
export const THROUGH = 5;
/** ImpactIndex.byType: the edge type in the low bits, SOFT_BIT set for a SOFT edge. */
export const SOFT_BIT = 8;
export const TYPE_MASK = 7;

/** What propagation needs of one network: its mesh, where its elements sit in the index, its connectivities. */
export interface NetworkPlan {
  network: NetworkIndex;
  /** Index (in the ImpactIndex) of each element of the mesh, by the mesh's element number. */
  impactOf: Int32Array;
  /** Connectivities through the network with usable points, their compiled needs and THROUGH edges. */
  connectivities: Int32Array;
  needs: CompiledNeed[];
  throughEdges: Int32Array;
  /** Per connectivity: the elements of its best path with nothing failed (mesh numbers), found when first needed. */
  suspects: (Int32Array | null)[];
  /** Scratch for the states of all its connectivities. */
  out: Uint8Array;
}

/**
 * An integer-indexed, compressed (CSR) copy of an ImpactGraph for the hot loops: propagation over a
 * blast radius of tens of thousands of nodes runs on typed arrays instead of string-keyed maps.
 * Built once per graph (the topology is built once per data version).
 */
export class ImpactIndex {
  /**
   * Ids by index. Shared with the index this one was laid out from and only ever appended to, so
   * an older index (held by an answer being built) still reads its own first `size` entries.
   */
  readonly ids: string[];
  /** Kind of node i; null for edge ends outside the graph (and for nodes deleted since). */
  readonly kinds: (ImpactKind | null)[];
  /** Index by id; shared and append-only like `ids`. */
  readonly indexOf: Map<string, number>;
  /** Number of nodes this index covers. */
  readonly size: number;
  /** needs of node i: edges needStart[i] .. needStart[i+1]-1, pointing at needTo[e]. */
  readonly needStart: Int32Array;
  readonly needTo: Int32Array;
  readonly needType: Uint8Array;
  readonly needSoft: Uint8Array;
  readonly needEdge: ImpactEdge[];
  /** Where node i's needs end (exclusive). */
  readonly needEnd: Int32Array;
  /** Edge slots this index uses: edge numbers below it are stored needs, above it element causes. */
  readonly edgeCount: number;
  /** dependants of node i: byStart[i] .. byStart[i+1]-1; byEdge[k] is the index of that edge in needs. */
  readonly byStart: Int32Array;
  readonly byFrom: Int32Array;
  readonly byEdge: Int32Array;
  /** By k as above: the edge's type (EDGE_TYPES index), plus SOFT_BIT when it is SOFT (one array read in the hot loop). */
  readonly byType: Uint8Array;
  readonly byEnd: Int32Array;
  /**
   * Groups and networks node i is a member or element of: groupOf[groupStart[i] .. groupStart[i+1]-1],
   * with groupIsNetwork saying which. Every change of a node updates their counts; kept apart from
   * the dependants so that a node with thousands of dependants is not scanned twice per change.
   */
  readonly groupStart: Int32Array;
  readonly groupOf: Int32Array;
  readonly groupIsNetwork: Uint8Array;
  readonly groupEnd: Int32Array;
  /** Per node: members (HAS_MEMBER edges, or a network's HAS_ELEMENT edges) and members required (1 for a network). */
  readonly members: Int32Array;
  readonly required: Int32Array;

  private readonly plans = new Map<number, NetworkPlan>();
  /** Cause edges from a connectivity straight to an element (beyond needEdge), made when first used. */
  private readonly elementCauses: ImpactEdge[] = [];
  private readonly elementCauseIndex = new Map<string, number>();

  /**
   * Built from the graph, or laid out again from a previous index: then only the `dirty` nodes (whose
   * needs, kind or quorum changed) are read from the graph, the rest is copied as integer ranges.
   * Node numbers stay; new nodes and edge ends are appended.
   */
  constructor(
    private readonly graph: ImpactGraph,
    previous?: { index: ImpactIndex; dirty: ReadonlySet<string> },
  ) {
    const old = previous?.index;
    this.ids = old ? old.ids : [];
    this.indexOf = old ? old.indexOf : new Map();
    const add = (id: string): number => {
      let i = this.indexOf.get(id);
      if (i === undefined) {
        i = this.ids.length;
        this.ids.push(id);
        this.indexOf.set(id, i);
      }
      return i;
    };
    const oldSize = old ? old.size : 0;
    if (!old) {
      for (const id of graph.nodes.keys()) add(id);
      // Edge ends outside the graph get an index too: they are UP unless failed.
      for (const edge of graph.allEdges()) {
        add(edge.from);
        add(edge.to);
      }
    } else {
      // Changed and new nodes, and the ends of their needs.
      for (const id of previous!.dirty) {
        if (!graph.nodes.has(id) && !this.indexOf.has(id) && graph.needs(id).length === 0) continue;
        add(id);
        for (const edge of graph.needs(id)) add(edge.to);
      }
    }

    const n = this.ids.length;
    this.size = n;
    // Read again from the graph: the changed nodes, the new ones, and every node when building from scratch.
    const fresh = new Uint8Array(n);
    fresh.fill(1, oldSize);
    if (old) for (const id of previous!.dirty) if (this.indexOf.has(id)) fresh[this.indexOf.get(id)!] = 1;
    const outDegree = new Int32Array(n + 1);
    for (let i = 0; i < n; i += 1) {
      outDegree[i] = fresh[i] === 1 ? graph.needs(this.ids[i]).length : old!.needStart[i + 1] - old!.needStart[i];
    }
    this.needStart = prefixSums(outDegree);
    const m = this.needStart[n];
    this.needEnd = this.needStart.subarray(1);
    this.edgeCount = m;
    this.needTo = new Int32Array(m);
    this.needType = new Uint8Array(m);
    this.needSoft = new Uint8Array(m);
    this.needEdge = new Array<ImpactEdge>(m);
    this.members = new Int32Array(n);
    this.required = new Int32Array(n);
    this.kinds = old ? old.kinds.slice(0, n) : [];
    // Edges keep the order of graph.needs(), so causes and chains match the string-keyed walk.
    for (let from = 0; from < n; ) {
      if (fresh[from] === 0) {
        // A run of unchanged nodes is copied in one go.
        let to = from + 1;
        while (to < n && fresh[to] === 0) to += 1;
        const [a, b] = [old!.needStart[from], old!.needStart[to]];
        const at = this.needStart[from];
        this.needTo.set(old!.needTo.subarray(a, b), at);
        this.needType.set(old!.needType.subarray(a, b), at);
        this.needSoft.set(old!.needSoft.subarray(a, b), at);
        for (let e = a; e < b; e += 1) this.needEdge[at + e - a] = old!.needEdge[e];
        this.members.set(old!.members.subarray(from, to), from);
        this.required.set(old!.required.subarray(from, to), from);
        from = to;
        continue;
      }
      let e = this.needStart[from];
      for (const edge of graph.needs(this.ids[from])) {
        this.needTo[e] = this.indexOf.get(edge.to)!;
        this.needType[e] = EDGE_TYPES.indexOf(edge.type);
        this.needSoft[e] = edge.strength === 'SOFT' ? 1 : 0;
        this.needEdge[e] = edge;
        if (this.needType[e] === HAS_MEMBER || this.needType[e] === HAS_ELEMENT) this.members[from] += 1;
        e += 1;
      }
      const node = graph.nodes.get(this.ids[from]);
      this.kinds[from] = node?.kind ?? null;
      if (this.members[from] > 0 && node) this.required[from] = node.kind === 'Network' ? 1 : requiredMembers(node, this.members[from]);
      from += 1;
    }

    const inDegree = new Int32Array(n + 1);
    for (let e = 0; e < m; e += 1) inDegree[this.needTo[e]] += 1;
    this.byStart = prefixSums(inDegree);
    this.byEnd = this.byStart.subarray(1);
    this.byFrom = new Int32Array(m);
    this.byEdge = new Int32Array(m);
    this.byType = new Uint8Array(m);
    const nextBy = this.byStart.slice(0, n);
    const groupDegree = new Int32Array(n + 1);
    for (let from = 0; from < n; from += 1) {
      for (let e = this.needStart[from]; e < this.needStart[from + 1]; e += 1) {
        const k = nextBy[this.needTo[e]]++;
        this.byFrom[k] = from;
        this.byEdge[k] = e;
        this.byType[k] = this.needType[e] | (this.needSoft[e] === 1 ? SOFT_BIT : 0);
        if (this.needType[e] === HAS_MEMBER || this.needType[e] === HAS_ELEMENT) groupDegree[this.needTo[e]] += 1;
      }
    }
    // In the dependants' order, so counts and network marks happen in the order they always did.
    this.groupStart = prefixSums(groupDegree);
    this.groupEnd = this.groupStart.subarray(1);
    this.groupOf = new Int32Array(this.groupStart[n]);
    this.groupIsNetwork = new Uint8Array(this.groupStart[n]);
    for (let i = 0, g = 0; i < n; i += 1) {
      for (let k = this.byStart[i]; k < this.byStart[i + 1]; k += 1) {
        const type = this.byType[k] & TYPE_MASK;
        if (type !== HAS_MEMBER && type !== HAS_ELEMENT) continue;
        this.groupOf[g] = this.byFrom[k];
        this.groupIsNetwork[g] = type === HAS_ELEMENT ? 1 : 0;
        g += 1;
      }
    }
  }

  /** Network plans are made again on next use: a mesh or a connectivity changed. */
  forgetNetworks(): void {
    this.plans.clear();
  }

  /** The edge behind cause number e: a stored need, or a connectivity's element cause. */
  edgeAt(e: number): ImpactEdge {
    return e < this.edgeCount ? this.needEdge[e] : this.elementCauses[e - this.edgeCount];
  }

  /**
   * A cause number for "connectivity c lost its path through element x". A connectivity has no
   * stored edge to each element; naming the element (not the network) keeps chains honest: the
   * element is at least as bad as the connectivity and got there first, so chains cannot loop.
   */
  elementCause(connectivity: number, element: number): number {
    const key = `${connectivity}|${element}`;
    let e = this.elementCauseIndex.get(key);
    if (e === undefined) {
      e = this.edgeCount + this.elementCauses.length;
      this.elementCauses.push({ from: this.ids[connectivity], to: this.ids[element], type: 'THROUGH', strength: 'HARD' });
      this.elementCauseIndex.set(key, e);
    }
    return e;
  }

  /** The network node i as propagation sees it, built on first use. */
  networkPlan(i: number): NetworkPlan {
    let plan = this.plans.get(i);
    if (!plan) {
      const network = this.graph.networkIndex(this.ids[i]);
      const impactOf = Int32Array.from(network.elements, (id) => this.indexOf.get(id) ?? -1);
      const connectivities: number[] = [];
      const needs: CompiledNeed[] = [];
      const throughEdges: number[] = [];
      for (let k = this.byStart[i]; k < this.byStart[i + 1]; k += 1) {
        if (this.needType[this.byEdge[k]] !== THROUGH) continue;
        const compiled = this.graph.compiledNeed(this.ids[this.byFrom[k]]);
        // compiledNeed is null for a connectivity that constrains nothing (no points, no route).
        if (!compiled || compiled.network !== network) continue;
        connectivities.push(this.byFrom[k]);
        needs.push(compiled.need);
        throughEdges.push(this.byEdge[k]);
      }
      plan = {
        network,
        impactOf,
        connectivities: Int32Array.from(connectivities),
        needs,
        throughEdges: Int32Array.from(throughEdges),
        suspects: needs.map(() => null),
        out: new Uint8Array(needs.length),
      };
      this.plans.set(i, plan);
    }
    return plan;
  }

  private scratchArrays: Scratch | null = null;

  /**
   * Working arrays for one propagation at a time (propagation is synchronous), all UP / zero on
   * return; the caller resets what it touched.
   */
  scratch(extraQueue: number): Scratch {
    const n = this.size;
    if (!this.scratchArrays || this.scratchArrays.queue.length < 2 * n + extraQueue || this.scratchArrays.state.length < n) {
      this.scratchArrays = {
        state: new Uint8Array(n),
        cause: new Int32Array(n).fill(-1),
        downMembers: new Int32Array(n),
        troubledMembers: new Int32Array(n),
        // Each node enters the queue at most twice (once per worsening).
        queue: new Int32Array(2 * n + extraQueue),
        touched: new Int32Array(n),
      };
    }
    return this.scratchArrays;
  }
}

function prefixSums(counts: Int32Array): Int32Array {
  const starts = new Int32Array(counts.length);
  let total = 0;
  for (let i = 0; i < counts.length; i += 1) {
    starts[i] = total;
    total += counts[i];
  }
  return starts;
}
