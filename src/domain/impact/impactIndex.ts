import type { ImpactEdge, ImpactGraph, ImpactKind } from './impactGraph';
import { IMPACT_KINDS } from './impactGraph';
import type { CompiledNeed, NetworkIndex } from '../network/networkIndex';
import { IndexLayout, NO_KIND, Numbering, THROUGH, layOutAll, layOutChanges } from './indexLayout';

export interface Scratch {
  state: Uint8Array;
  cause: Int32Array;
  downMembers: Int32Array;
  troubledMembers: Int32Array;
  queue: Int32Array;
  /** Nodes in the order they first got worse (each at most once). */
  touched: Int32Array;
}

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
 * Laid out once per graph and again, in part, after each batch of changes (indexLayout.ts).
 *
 * What an index keeps for good, however many layouts follow: ids and indexOf (append-only), its
 * kind codes, and the slot arrays' entries it used (needTo, needType, needSoft, needEdge below
 * edgeCount; edgeAt), so a propagation's causes and an answer's kinds read the same later. Its
 * per-node arrays (needStart/needEnd, byStart/byEnd, groupStart/groupEnd, members, required) are
 * shared with the next layout, which changes them in place: walk them only in a synchronous
 * computation over an index just taken from graph.index, as propagation and the analyses do.
 */
export class ImpactIndex {
  /**
   * Ids by index. Shared with the index this one was laid out from and only ever appended to, so
   * an older index (held by an answer being built) still reads its own first `size` entries.
   */
  readonly ids: string[];
  /** Kind of node i as a code (see kindOf); NO_KIND for edge ends outside the graph and nodes deleted since. */
  readonly kindCodes: Uint8Array;
  /** Index by id; shared and append-only like `ids`. */
  readonly indexOf: Map<string, number>;
  /** Number of nodes this index covers. */
  readonly size: number;
  /** needs of node i: edges needStart[i] .. needEnd[i]-1, pointing at needTo[e] (slot arrays may be longer than edgeCount). */
  readonly needStart: Int32Array;
  readonly needTo: Int32Array;
  readonly needType: Uint8Array;
  readonly needSoft: Uint8Array;
  readonly needEdge: ImpactEdge[];
  /** Where node i's needs end (exclusive). */
  readonly needEnd: Int32Array;
  /** Edge slots this index uses: edge numbers below it are stored needs, above it element causes. */
  readonly edgeCount: number;
  /** dependants of node i: byStart[i] .. byEnd[i]-1; byEdge[k] is the index of that edge in needs. */
  readonly byStart: Int32Array;
  readonly byFrom: Int32Array;
  readonly byEdge: Int32Array;
  /** By k as above: the edge's type (EDGE_TYPES index), plus SOFT_BIT when it is SOFT (one array read in the hot loop). */
  readonly byType: Uint8Array;
  readonly byEnd: Int32Array;
  /**
   * Groups and networks node i is a member or element of: groupOf[groupStart[i] .. groupEnd[i]-1],
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
  /** The arrays above, kept whole for the next layout to start from. */
  private readonly layout: IndexLayout;

  /**
   * Built from the graph, or laid out again from a previous index after changes: then only the
   * `dirty` nodes (whose needs, kind or quorum changed) are read from the graph and only the lists
   * they touch are moved (indexLayout.ts). Node numbers stay; new nodes and edge ends are appended.
   */
  constructor(
    private readonly graph: ImpactGraph,
    previous?: { index: ImpactIndex; dirty: ReadonlySet<string> },
  ) {
    const old = previous?.index;
    const numbering: Numbering = old ? { ids: old.ids, indexOf: old.indexOf } : { ids: [], indexOf: new Map() };
    const layout = (old && layOutChanges(graph, numbering, old.layout, previous!.dirty)) || layOutAll(graph, numbering);
    this.layout = layout;
    this.ids = numbering.ids;
    this.indexOf = numbering.indexOf;
    this.size = layout.size;
    this.kindCodes = layout.kindCodes;
    this.needStart = layout.needStart;
    this.needEnd = layout.needEnd;
    this.needTo = layout.needTo;
    this.needType = layout.needType;
    this.needSoft = layout.needSoft;
    this.needEdge = layout.needEdge;
    this.edgeCount = layout.edgeCount;
    this.byStart = layout.byStart;
    this.byEnd = layout.byEnd;
    this.byFrom = layout.byFrom;
    this.byEdge = layout.byEdge;
    this.byType = layout.byType;
    this.groupStart = layout.groupStart;
    this.groupEnd = layout.groupEnd;
    this.groupOf = layout.groupOf;
    this.groupIsNetwork = layout.groupIsNetwork;
    this.members = layout.members;
    this.required = layout.required;
    // Scratch arrays are all UP / zero between propagations: the next index uses them as they are.
    this.scratchArrays = old?.scratchArrays ?? null;
  }

  /** Kind of node i; null for edge ends outside the graph (and for nodes deleted since). */
  kindOf(i: number): ImpactKind | null {
    const code = this.kindCodes[i];
    return code < NO_KIND ? IMPACT_KINDS[code] : null;
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
      for (let k = this.byStart[i]; k < this.byEnd[i]; k += 1) {
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

  private scratchArrays: Scratch | null;

  /**
   * Working arrays for one propagation at a time (propagation is synchronous), all UP / zero on
   * return; the caller resets what it touched.
   */
  scratch(extraQueue: number): Scratch {
    // With room for nodes that writes add: indices laid out after them take these arrays over.
    const n = this.size + (this.size >> 4) + 64;
    if (!this.scratchArrays || this.scratchArrays.queue.length < 2 * this.size + extraQueue || this.scratchArrays.state.length < this.size) {
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
