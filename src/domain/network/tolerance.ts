import { CompiledNeed, DOWN, NetworkIndex } from './networkIndex';

export interface Tolerance {
  /** How many available elements must fail, at the least, to take the connectivity DOWN. */
  size: number;
  /** One such smallest set of element ids, sorted. */
  cut: string[];
}

/** Larger than any flow: the flow is bounded by the number of from points. */
const UNBOUNDED = 0x3fffffff;

/**
 * The connectivity's failure tolerance: a minimum vertex cut over routers and links, the points
 * themselves included, by max-flow. Every element e becomes an edge in(e) -> out(e) of capacity 1
 * (0 when DOWN, as it has already failed); moves along the network are unbounded edges
 * out(node) -> in(link) -> ... -> out(link) -> in(node); a source feeds every from point and every
 * to point drains into a sink. Augmenting paths are found by breadth-first search (Edmonds-Karp);
 * each carries one unit, so the work is O(flow * edges) and the flow is at most |from|.
 *
 * The cut returned is the one nearest the from points: the available elements whose in-side the
 * source still reaches in the residual graph and whose out-side it does not.
 */
export function connectivityTolerance(
  index: NetworkIndex,
  need: CompiledNeed,
  stateCode: (element: number) => number,
): Tolerance {
  const codes = index.readCodes(stateCode);
  const flow = new FlowGraph(2 * index.size + 2);
  const source = 2 * index.size;
  const sink = source + 1;
  for (let e = 0; e < index.size; e += 1) flow.add(2 * e, 2 * e + 1, codes[e] >= DOWN ? 0 : 1);
  for (let u = 0; u < index.nodeCount; u += 1) {
    for (let k = index.outStart[u]; k < index.outStart[u + 1]; k += 1) {
      const link = index.outLink[k];
      flow.add(2 * u + 1, 2 * link, UNBOUNDED);
      flow.add(2 * link + 1, 2 * index.outNode[k], UNBOUNDED);
    }
  }
  for (const p of need.from) flow.add(source, 2 * p, UNBOUNDED);
  for (const q of need.to) flow.add(2 * q + 1, sink, UNBOUNDED);

  let size = 0;
  while (flow.augment(source, sink)) size += 1;
  const reached = flow.reachable(source);
  const cut: string[] = [];
  for (let e = 0; e < index.size; e += 1) {
    if (codes[e] < DOWN && reached[2 * e] === 1 && reached[2 * e + 1] === 0) cut.push(index.elements[e]);
  }
  return { size, cut: cut.sort() };
}

/** A residual graph with edges in pairs: edge k's reverse is k ^ 1. */
class FlowGraph {
  private readonly head: Int32Array;
  private readonly next: number[] = [];
  private readonly to: number[] = [];
  private readonly capacity: number[] = [];
  private readonly viaEdge: Int32Array;
  private readonly queue: Int32Array;

  constructor(private readonly vertexCount: number) {
    this.head = new Int32Array(vertexCount).fill(-1);
    this.viaEdge = new Int32Array(vertexCount);
    this.queue = new Int32Array(vertexCount);
  }

  add(from: number, to: number, capacity: number): void {
    this.link(from, to, capacity);
    this.link(to, from, 0);
  }

  /** Pushes one unit along a shortest augmenting path; false when none is left. */
  augment(source: number, sink: number): boolean {
    const reached = this.search(source, sink);
    if (reached[sink] === 0) return false;
    for (let v = sink; v !== source; v = this.to[this.viaEdge[v] ^ 1]) {
      this.capacity[this.viaEdge[v]] -= 1;
      this.capacity[this.viaEdge[v] ^ 1] += 1;
    }
    return true;
  }

  reachable(source: number): Uint8Array {
    return this.search(source, -1);
  }

  /** Breadth-first over edges with capacity left, stopping early once `sink` is reached. */
  private search(source: number, sink: number): Uint8Array {
    const reached = new Uint8Array(this.vertexCount);
    reached[source] = 1;
    this.queue[0] = source;
    let tail = 1;
    for (let head = 0; head < tail; head += 1) {
      const u = this.queue[head];
      for (let k = this.head[u]; k !== -1; k = this.next[k]) {
        const v = this.to[k];
        if (reached[v] === 1 || this.capacity[k] === 0) continue;
        reached[v] = 1;
        this.viaEdge[v] = k;
        if (v === sink) return reached;
        this.queue[tail++] = v;
      }
    }
    return reached;
  }

  private link(from: number, to: number, capacity: number): void {
    this.next.push(this.head[from]);
    this.to.push(to);
    this.capacity.push(capacity);
    this.head[from] = this.to.length - 1;
  }
}
