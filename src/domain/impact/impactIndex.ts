import type { ImpactEdge, ImpactGraph, ImpactKind } from './impactGraph';
import type { CompiledNeed, NetworkIndex } from '../network/networkIndex';
import { requiredMembers } from './quorum';

export interface Scratch {
  state: Uint8Array;
  cause: Int32Array;
  downMembers: Int32Array;
  troubledMembers: Int32Array;
  queue: Int32Array;
}

export const EDGE_TYPES = ['DEPENDS_ON', 'HAS_MEMBER', 'INTERFACE_OF', 'INCLUDES', 'HAS_ELEMENT', 'THROUGH'] as const;
export const HAS_MEMBER = 1;
export const HAS_ELEMENT = 4;
export const THROUGH = 5;

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
  readonly ids: string[] = [];
  /** Kind of node i; null for edge ends outside the graph. */
  readonly kinds: (ImpactKind | null)[] = [];
  readonly indexOf = new Map<string, number>();
  /** needs of node i: edges needStart[i] .. needStart[i+1]-1, pointing at needTo[e]. */
  readonly needStart: Int32Array;
  readonly needTo: Int32Array;
  readonly needType: Uint8Array;
  readonly needSoft: Uint8Array;
  readonly needEdge: ImpactEdge[];
  /** dependants of node i: byStart[i] .. byStart[i+1]-1; byEdge[k] is the index of that edge in needs. */
  readonly byStart: Int32Array;
  readonly byFrom: Int32Array;
  readonly byEdge: Int32Array;
  /** Per node: members (HAS_MEMBER edges, or a network's HAS_ELEMENT edges) and members required (1 for a network). */
  readonly members: Int32Array;
  readonly required: Int32Array;

  private readonly plans = new Map<number, NetworkPlan>();
  /** Cause edges from a connectivity straight to an element (beyond needEdge), made when first used. */
  private readonly elementCauses: ImpactEdge[] = [];
  private readonly elementCauseIndex = new Map<string, number>();

  constructor(
    private readonly graph: ImpactGraph,
    edges: readonly ImpactEdge[],
  ) {
    const add = (id: string): number => {
      let i = this.indexOf.get(id);
      if (i === undefined) {
        i = this.ids.length;
        this.ids.push(id);
        this.indexOf.set(id, i);
      }
      return i;
    };
    for (const id of graph.nodes.keys()) add(id);
    // Edge ends outside the graph get an index too: they are UP unless failed.
    for (const edge of edges) {
      add(edge.from);
      add(edge.to);
    }
    const n = this.ids.length;
    const m = edges.length;
    const outDegree = new Int32Array(n + 1);
    const inDegree = new Int32Array(n + 1);
    for (const edge of edges) {
      outDegree[this.indexOf.get(edge.from)!] += 1;
      inDegree[this.indexOf.get(edge.to)!] += 1;
    }
    this.needStart = prefixSums(outDegree);
    this.byStart = prefixSums(inDegree);
    this.needTo = new Int32Array(m);
    this.needType = new Uint8Array(m);
    this.needSoft = new Uint8Array(m);
    this.needEdge = new Array<ImpactEdge>(m);
    this.byFrom = new Int32Array(m);
    this.byEdge = new Int32Array(m);
    this.members = new Int32Array(n);
    this.required = new Int32Array(n);
    const nextNeed = this.needStart.slice(0, n);
    const nextBy = this.byStart.slice(0, n);
    // Edges keep the order of graph.needs(), so causes and chains match the string-keyed walk.
    for (let from = 0; from < n; from += 1) {
      for (const edge of graph.needs(this.ids[from])) {
        const to = this.indexOf.get(edge.to)!;
        const e = nextNeed[from]++;
        this.needTo[e] = to;
        this.needType[e] = EDGE_TYPES.indexOf(edge.type);
        this.needSoft[e] = edge.strength === 'SOFT' ? 1 : 0;
        this.needEdge[e] = edge;
        const k = nextBy[to]++;
        this.byFrom[k] = from;
        this.byEdge[k] = e;
        if (this.needType[e] === HAS_MEMBER || this.needType[e] === HAS_ELEMENT) this.members[from] += 1;
      }
    }
    for (let i = 0; i < n; i += 1) {
      const node = graph.nodes.get(this.ids[i]);
      this.kinds.push(node?.kind ?? null);
      if (this.members[i] > 0 && node) this.required[i] = node.kind === 'Network' ? 1 : requiredMembers(node, this.members[i]);
    }
  }

  get size(): number {
    return this.ids.length;
  }

  /** The edge behind cause number e: a stored need, or a connectivity's element cause. */
  edgeAt(e: number): ImpactEdge {
    return e < this.needEdge.length ? this.needEdge[e] : this.elementCauses[e - this.needEdge.length];
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
      e = this.needEdge.length + this.elementCauses.length;
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
    const n = this.ids.length;
    if (!this.scratchArrays || this.scratchArrays.queue.length < 2 * n + extraQueue) {
      this.scratchArrays = {
        state: new Uint8Array(n),
        cause: new Int32Array(n).fill(-1),
        downMembers: new Int32Array(n),
        troubledMembers: new Int32Array(n),
        // Each node enters the queue at most twice (once per worsening).
        queue: new Int32Array(2 * n + extraQueue),
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
