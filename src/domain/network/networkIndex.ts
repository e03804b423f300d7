import type { State } from '../impact/state';
import { MinHeap } from './minHeap';
import type { NetworkModel } from './networkModel';

/** State codes used on the hot path: 0 UP, 1 DEGRADED, 2 DOWN (anything above 1 counts as DOWN). */
export const UP = 0;
export const DEGRADED = 1;
export const DOWN = 2;

const CODES: Record<State, number> = { UP, DEGRADED, DOWN };
const STATES: readonly State[] = ['UP', 'DEGRADED', 'DOWN'];

export function codeOfState(state: State): number {
  return CODES[state];
}

export function stateOfCode(code: number): State {
  return STATES[Math.min(code, DOWN)];
}

/** A connectivity need in element indices: node points only, deduplicated, unknown ids dropped. */
export interface CompiledNeed {
  readonly from: Int32Array;
  readonly to: Int32Array;
}

/**
 * An integer-indexed copy of one network, built once per topology, for evaluating its
 * connectivity needs inside the impact engine's loop. Elements are the nodes (indices
 * 0 .. nodeCount-1) then the usable links. A link whose ends are not both nodes of the network is
 * not an element: no path can use it. A repeated id keeps its first role; later ones are ignored.
 *
 * A connectivity is as good as its best path, a path as bad as its worst element, so it is UP when
 * a from point reaches a to point through UP elements only, DEGRADED when it does so through
 * available (not DOWN) elements only, DOWN otherwise.
 *
 * evaluateAll answers every need of the network after a change for about the cost of one pass over
 * it: undirected links join nodes into components (union-find), directed links become arcs between
 * components, and each need is a search over components from its from points. Without directed
 * links there are no arcs and a need costs O(|from| + |to|); a mesh with a few one-way links
 * condenses to a handful of components, so its searches stay short too.
 *
 * Scratch arrays are shared between calls, so one index serves one caller at a time.
 */
export class NetworkIndex {
  readonly elements: readonly string[];
  readonly nodeCount: number;
  readonly hasDirectedLinks: boolean;
  /** Moves out of node u: outStart[u] .. outStart[u+1]-1, over link outLink[k] to node outNode[k]. */
  readonly outStart: Int32Array;
  readonly outLink: Int32Array;
  readonly outNode: Int32Array;

  private readonly indexOf = new Map<string, number>();
  private readonly codes: Uint8Array;
  private readonly parent: Int32Array;
  /** Per element: 1 for a directed link. Directed links as arcs: arcLink[k] from arcFrom[k] to arcTo[k]. */
  private readonly directed: Uint8Array;
  private readonly arcLink: Int32Array;
  private readonly arcFrom: Int32Array;
  private readonly arcTo: Int32Array;
  /** Indexed by worst code allowed (UP, DEGRADED): component root of each node, -1 when excluded. */
  private readonly component: [Int32Array, Int32Array];
  /** Indexed likewise: arcs out of component c are componentArc[componentArcStart[c] ..]. */
  private readonly componentArcStart: [Int32Array, Int32Array];
  private readonly componentArc: [Int32Array, Int32Array];
  private readonly cursor: Int32Array;
  private readonly mark: Uint32Array;
  private readonly target: Uint32Array;
  private readonly queue: Int32Array;
  private stamp = 0;

  constructor(network: NetworkModel) {
    const elements: string[] = [];
    for (const id of network.nodes) {
      if (this.indexOf.has(id)) continue;
      this.indexOf.set(id, elements.length);
      elements.push(id);
    }
    const nodeCount = elements.length;
    const ends: number[] = [];
    let hasDirected = false;
    for (const link of network.links) {
      const a = this.indexOf.get(link.a);
      const b = this.indexOf.get(link.b);
      if (this.indexOf.has(link.id) || a === undefined || b === undefined || a >= nodeCount || b >= nodeCount) continue;
      this.indexOf.set(link.id, elements.length);
      elements.push(link.id);
      // A self-loop is an element but never a step of a path: a path visits a node once.
      if (a === b) continue;
      ends.push(elements.length - 1, a, b, link.directed ? 1 : 0);
      hasDirected ||= link.directed;
    }
    this.elements = elements;
    this.nodeCount = nodeCount;
    this.hasDirectedLinks = hasDirected;

    const degree = new Int32Array(nodeCount + 1);
    for (let k = 0; k < ends.length; k += 4) {
      degree[ends[k + 1]] += 1;
      if (ends[k + 3] === 0) degree[ends[k + 2]] += 1;
    }
    this.outStart = new Int32Array(nodeCount + 1);
    for (let u = 0; u < nodeCount; u += 1) this.outStart[u + 1] = this.outStart[u] + degree[u];
    this.outLink = new Int32Array(this.outStart[nodeCount]);
    this.outNode = new Int32Array(this.outStart[nodeCount]);
    const next = this.outStart.slice(0, nodeCount);
    for (let k = 0; k < ends.length; k += 4) {
      const link = ends[k];
      const a = ends[k + 1];
      const b = ends[k + 2];
      this.outLink[next[a]] = link;
      this.outNode[next[a]++] = b;
      if (ends[k + 3] === 1) continue;
      this.outLink[next[b]] = link;
      this.outNode[next[b]++] = a;
    }

    this.directed = new Uint8Array(elements.length);
    const arcs: number[] = [];
    for (let k = 0; k < ends.length; k += 4) {
      if (ends[k + 3] === 0) continue;
      this.directed[ends[k]] = 1;
      arcs.push(ends[k], ends[k + 1], ends[k + 2]);
    }
    this.arcLink = Int32Array.from(arcs.filter((_, i) => i % 3 === 0));
    this.arcFrom = Int32Array.from(arcs.filter((_, i) => i % 3 === 1));
    this.arcTo = Int32Array.from(arcs.filter((_, i) => i % 3 === 2));

    this.codes = new Uint8Array(elements.length);
    this.parent = new Int32Array(nodeCount);
    this.component = [new Int32Array(nodeCount), new Int32Array(nodeCount)];
    this.componentArcStart = [new Int32Array(nodeCount + 1), new Int32Array(nodeCount + 1)];
    this.componentArc = [new Int32Array(this.arcLink.length), new Int32Array(this.arcLink.length)];
    this.cursor = new Int32Array(nodeCount);
    this.mark = new Uint32Array(nodeCount);
    this.target = new Uint32Array(nodeCount);
    this.queue = new Int32Array(nodeCount);
  }

  get size(): number {
    return this.elements.length;
  }

  elementIndex(id: string): number | undefined {
    return this.indexOf.get(id);
  }

  compile(need: { from: readonly string[]; to: readonly string[] }): CompiledNeed {
    return { from: this.nodeIndices(need.from), to: this.nodeIndices(need.to) };
  }

  /** State codes of all needs, in order; reads every element's state once. */
  evaluateAll(needs: readonly CompiledNeed[], stateCode: (element: number) => number, out?: Uint8Array): Uint8Array {
    const result = out ?? new Uint8Array(needs.length);
    this.readCodes(stateCode);
    // The available subgraph is condensed only once some need turns out not to be UP.
    this.condense(UP);
    let availableCondensed = false;
    for (let i = 0; i < needs.length; i += 1) {
      if (this.joined(needs[i], UP)) {
        result[i] = UP;
        continue;
      }
      if (!availableCondensed) this.condense(DEGRADED);
      availableCondensed = true;
      result[i] = this.joined(needs[i], DEGRADED) ? DEGRADED : DOWN;
    }
    return result;
  }

  /** One need's state code, by a search that stops at the first to point reached. */
  evaluate(need: CompiledNeed, stateCode: (element: number) => number): number {
    this.readCodes(stateCode);
    return this.search(need);
  }

  /**
   * Element ids along one best path, from a from point to a to point: no DOWN element, as few
   * DEGRADED ones as possible, and among those the fewest elements. Null when the need is DOWN.
   */
  bestPath(need: CompiledNeed, stateCode: (element: number) => number): string[] | null {
    const codes = this.readCodes(stateCode);
    // One DEGRADED element weighs more than any run of UP ones, so the sum orders paths by
    // (DEGRADED count, length): Dijkstra over element weights, entered at every from point.
    const heavy = this.size + 1;
    const weight = (element: number) => (codes[element] === UP ? 1 : heavy);
    const n = this.nodeCount;
    const distance = new Float64Array(n).fill(Infinity);
    const viaLink = new Int32Array(n).fill(-1);
    const viaNode = new Int32Array(n).fill(-1);
    const isTarget = new Uint8Array(n);
    for (const q of need.to) isTarget[q] = 1;
    const heap = new MinHeap();
    for (const p of need.from) {
      if (codes[p] >= DOWN) continue;
      distance[p] = weight(p);
      heap.push(distance[p], p);
    }
    while (heap.length > 0) {
      const [d, u] = heap.pop();
      if (d > distance[u]) continue;
      if (isTarget[u] === 1) return this.pathTo(u, viaLink, viaNode);
      for (let k = this.outStart[u]; k < this.outStart[u + 1]; k += 1) {
        const link = this.outLink[k];
        const v = this.outNode[k];
        if (codes[link] >= DOWN || codes[v] >= DOWN) continue;
        const through = d + weight(link) + weight(v);
        if (through >= distance[v]) continue;
        distance[v] = through;
        viaLink[v] = link;
        viaNode[v] = u;
        heap.push(through, v);
      }
    }
    return null;
  }

  /** Every element's state code, read once into the scratch array (also used by tolerance). */
  readCodes(stateCode: (element: number) => number): Uint8Array {
    for (let e = 0; e < this.codes.length; e += 1) this.codes[e] = Math.min(stateCode(e), DOWN);
    return this.codes;
  }

  private nodeIndices(ids: readonly string[]): Int32Array {
    const seen = new Set<number>();
    for (const id of ids) {
      const i = this.indexOf.get(id);
      if (i !== undefined && i < this.nodeCount) seen.add(i);
    }
    return Int32Array.from(seen);
  }

  private pathTo(end: number, viaLink: Int32Array, viaNode: Int32Array): string[] {
    const path: string[] = [];
    for (let u = end; u !== -1; u = viaNode[u]) {
      path.push(this.elements[u]);
      if (viaLink[u] !== -1) path.push(this.elements[viaLink[u]]);
    }
    return path.reverse();
  }

  /** UP, DEGRADED or DOWN by breadth-first searches over UP, then available, elements. */
  private search(need: CompiledNeed): number {
    if (this.reaches(need, UP)) return UP;
    return this.reaches(need, DEGRADED) ? DEGRADED : DOWN;
  }

  /** Whether a from point reaches a to point through elements whose code is at most `worstCode`. */
  private reaches(need: CompiledNeed, worstCode: number): boolean {
    const { codes, mark, target, queue, outStart, outLink, outNode } = this;
    const stamp = this.nextStamp();
    for (const q of need.to) target[q] = stamp;
    let tail = 0;
    for (const p of need.from) {
      if (codes[p] > worstCode || mark[p] === stamp) continue;
      if (target[p] === stamp) return true;
      mark[p] = stamp;
      queue[tail++] = p;
    }
    for (let head = 0; head < tail; head += 1) {
      const u = queue[head];
      for (let k = outStart[u]; k < outStart[u + 1]; k += 1) {
        const v = outNode[k];
        if (mark[v] === stamp || codes[outLink[k]] > worstCode || codes[v] > worstCode) continue;
        if (target[v] === stamp) return true;
        mark[v] = stamp;
        queue[tail++] = v;
      }
    }
    return false;
  }

  /**
   * Condenses the subgraph of elements coded at most `worstCode`: components joined by its
   * undirected links, then its directed links as arcs between components, grouped by tail.
   */
  private condense(worstCode: number): void {
    const { codes, parent, nodeCount, outStart, outLink, outNode, directed, cursor } = this;
    const find = (u: number): number => {
      while (parent[u] !== u) {
        parent[u] = parent[parent[u]];
        u = parent[u];
      }
      return u;
    };
    for (let u = 0; u < nodeCount; u += 1) parent[u] = u;
    for (let u = 0; u < nodeCount; u += 1) {
      if (codes[u] > worstCode) continue;
      for (let k = outStart[u]; k < outStart[u + 1]; k += 1) {
        const v = outNode[k];
        if (directed[outLink[k]] === 1 || codes[outLink[k]] > worstCode || codes[v] > worstCode) continue;
        const ru = find(u);
        const rv = find(v);
        if (ru !== rv) parent[ru] = rv;
      }
    }
    const component = this.component[worstCode];
    for (let u = 0; u < nodeCount; u += 1) component[u] = codes[u] > worstCode ? -1 : find(u);

    const start = this.componentArcStart[worstCode];
    const arc = this.componentArc[worstCode];
    const usableArc = (k: number) => {
      const from = component[this.arcFrom[k]];
      const to = component[this.arcTo[k]];
      return codes[this.arcLink[k]] <= worstCode && from !== -1 && to !== -1 && from !== to;
    };
    start.fill(0);
    for (let k = 0; k < this.arcLink.length; k += 1) if (usableArc(k)) start[component[this.arcFrom[k]] + 1] += 1;
    for (let c = 0; c < nodeCount; c += 1) start[c + 1] += start[c];
    cursor.set(start.subarray(0, nodeCount));
    for (let k = 0; k < this.arcLink.length; k += 1) {
      if (usableArc(k)) arc[cursor[component[this.arcFrom[k]]]++] = component[this.arcTo[k]];
    }
  }

  /** Whether a from point's component reaches a to point's along arcs of the `worstCode` condensation. */
  private joined(need: CompiledNeed, worstCode: number): boolean {
    const component = this.component[worstCode];
    const start = this.componentArcStart[worstCode];
    const arc = this.componentArc[worstCode];
    const { mark, target, queue } = this;
    const stamp = this.nextStamp();
    for (const q of need.to) if (component[q] !== -1) target[component[q]] = stamp;
    let tail = 0;
    for (const p of need.from) {
      const c = component[p];
      if (c === -1 || mark[c] === stamp) continue;
      if (target[c] === stamp) return true;
      mark[c] = stamp;
      queue[tail++] = c;
    }
    for (let head = 0; head < tail; head += 1) {
      const c = queue[head];
      for (let k = start[c]; k < start[c + 1]; k += 1) {
        const d = arc[k];
        if (mark[d] === stamp) continue;
        if (target[d] === stamp) return true;
        mark[d] = stamp;
        queue[tail++] = d;
      }
    }
    return false;
  }

  private nextStamp(): number {
    if (this.stamp === 0xffffffff) {
      this.mark.fill(0);
      this.target.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }
}
