/**
 * Thrown when a decision diagram would outgrow its budget; the caller falls back to an estimate.
 * `spent`: the diagram's nodes and steps when it gave up, for callers that share one budget among
 * several diagrams (zero when it gave up before building any).
 */
export class BudgetExceeded extends Error {
  constructor(
    what: string,
    readonly spent: { nodes: number; steps: number } = { nodes: 0, steps: 0 },
  ) {
    super(`budget exceeded: ${what}`);
    this.name = 'BudgetExceeded';
  }
}

export const FALSE = 0;
export const TRUE = 1;

/** Node ids and variables are 32-bit integers; terminals sit below every variable. */
const MAX_NODES = 2 ** 30;
const TERMINAL_LEVEL = 2 ** 31 - 1;
const AND = 0;
const OR = 1;
/** Slots of the apply cache: 2^k, from 2^16 up to 2^22 (48 MB) as the diagram grows. */
const MIN_CACHE_BITS = 16;
const MAX_CACHE_BITS = 22;

/**
 * A reduced ordered binary decision diagram: a unique table (one node per (variable, low, high), so
 * equal functions are equal ids) and an apply cache. Variable 0 is nearest the root. Children are
 * always made before their parent, so ids ascend from the leaves: probabilities are one pass in id
 * order, reach probabilities one pass back.
 *
 * Nodes live in typed arrays, the unique table is open-addressed over them, and the apply cache is
 * a direct-mapped table that may forget (as in CUDD): a forgotten entry is only computed again, so
 * answers never depend on it, and memory stays bounded by the node budget. Number keys in a Map,
 * the first version, cost about five times as much per node, and large products are millions of
 * nodes.
 *
 * Here a variable is "component c has failed" and a function is "the target is DOWN".
 */
export class Bdd {
  private level = new Int32Array(1024);
  private low = new Int32Array(1024);
  private high = new Int32Array(1024);
  private count = 2;
  private table = new Int32Array(2048);
  private cacheBits = MIN_CACHE_BITS;
  private cacheF = new Int32Array(1 << MIN_CACHE_BITS);
  private cacheG = new Int32Array(1 << MIN_CACHE_BITS);
  private cacheResult = new Int32Array(1 << MIN_CACHE_BITS);
  private steps = 0;
  /** Scratch for the passes over one function: a stamp per node says "seen in this pass". */
  private stamp = new Int32Array(0);
  private pass = 0;
  /** Scratch per node: its probability, and the probability of reaching it from the root. */
  private value = new Float64Array(0);
  private reach = new Float64Array(0);

  constructor(
    /** Most nodes the diagram may hold (at most 2^30). */
    readonly maxNodes = 1_000_000,
    /** Most apply steps (cache misses) it may take. */
    readonly maxSteps = 20_000_000,
  ) {
    if (maxNodes > MAX_NODES) throw new RangeError(`maxNodes is at most ${MAX_NODES}`);
    this.level[FALSE] = this.level[TRUE] = TERMINAL_LEVEL;
    this.high[TRUE] = this.low[TRUE] = TRUE;
  }

  get size(): number {
    return this.count;
  }

  /** Apply steps taken so far: the work a caller with a budget over several diagrams is charged. */
  get stepsTaken(): number {
    return this.steps;
  }

  variable(v: number): number {
    return this.node(v, FALSE, TRUE);
  }

  and(f: number, g: number): number {
    if (f === FALSE || g === FALSE) return FALSE;
    if (f === TRUE) return g;
    if (g === TRUE || f === g) return f;
    return this.apply(AND, f, g);
  }

  or(f: number, g: number): number {
    if (f === TRUE || g === TRUE) return TRUE;
    if (f === FALSE) return g;
    if (g === FALSE || f === g) return f;
    return this.apply(OR, f, g);
  }

  /**
   * The disjunction of the functions, those whose top variable comes last taken first: each step
   * then puts nodes above what it has, instead of rebuilding it under them. Over the services of
   * the 2k estate this made a third fewer nodes than taking them in the order given (newest first
   * among ties: a quarter fewer than oldest first).
   */
  orAll(fs: readonly number[]): number {
    // Ties (often: many needs under one shared variable) go newest first; the newest is usually the largest.
    const sorted = [...fs].sort((a, b) => this.level[b] - this.level[a] || b - a);
    let f = FALSE;
    for (const g of sorted) f = this.or(f, g);
    return f;
  }

  /** True when at least k of the functions are (counting a repeated function each time it appears). */
  atLeast(k: number, fs: readonly number[]): number {
    if (k <= 0) return TRUE;
    if (k > fs.length) return FALSE;
    // at[j]: at least j of the functions seen so far are true.
    const at = [TRUE, ...new Array<number>(k).fill(FALSE)];
    for (const f of fs) for (let j = k; j >= 1; j -= 1) at[j] = this.or(at[j], this.and(f, at[j - 1]));
    return at[k];
  }

  /** The probability that f is true, variable v being true with probability p[v], independently. */
  probability(f: number, p: ArrayLike<number>): number {
    if (f <= TRUE) return f;
    const ids = this.reachable([f]);
    this.probabilities(ids, p);
    return this.value[f];
  }

  /**
   * The derivative of P(f) by each p[v] that f depends on: for a coherent f, P(f | v true) -
   * P(f | v false), which is Birnbaum's importance. P(f) is linear in each p[v], with slope the sum,
   * over the nodes of v, of the probability of reaching the node times P(high) - P(low).
   */
  derivatives(f: number, p: ArrayLike<number>): Map<number, number> {
    const slope = new Map<number, number>();
    if (f <= TRUE) return slope;
    const ids = this.reachable([f]);
    this.probabilities(ids, p);
    const { value, reach } = this;
    for (const id of ids) reach[id] = 0;
    reach[f] = 1;
    for (let i = ids.length - 1; i >= 0; i -= 1) {
      const id = ids[i];
      const r = reach[id];
      const v = this.level[id];
      const lo = this.low[id];
      const hi = this.high[id];
      slope.set(v, (slope.get(v) ?? 0) + r * (value[hi] - value[lo]));
      reach[lo] += r * (1 - p[v]);
      reach[hi] += r * p[v];
    }
    return slope;
  }

  /** Nodes reachable from any of the roots, terminals included. */
  nodesOf(...roots: number[]): number {
    const inner = this.reachable(roots).length;
    const terminals = new Set<number>();
    for (const r of roots) if (r <= TRUE) terminals.add(r);
    // Every non-constant function reaches both terminals.
    return inner + (inner > 0 ? 2 : terminals.size);
  }

  /** The variables f depends on. */
  support(f: number): Set<number> {
    const vars = new Set<number>();
    for (const id of this.reachable([f])) vars.add(this.level[id]);
    return vars;
  }

  /** P(node) into `value` for the given nodes, ascending (children first); terminals are 0 and 1. */
  private probabilities(ids: Int32Array, p: ArrayLike<number>): void {
    const { value } = this;
    value[FALSE] = 0;
    value[TRUE] = 1;
    for (const id of ids) {
      const q = p[this.level[id]] ?? NaN;
      value[id] = q * value[this.high[id]] + (1 - q) * value[this.low[id]];
    }
  }

  /** The inner nodes reachable from the roots, ascending. */
  private reachable(roots: readonly number[]): Int32Array {
    if (this.stamp.length < this.count) {
      this.stamp = new Int32Array(this.level.length);
      this.value = new Float64Array(this.level.length);
      this.reach = new Float64Array(this.level.length);
    }
    if (++this.pass === 2 ** 31 - 1) {
      this.stamp.fill(0);
      this.pass = 1;
    }
    const found: number[] = [];
    const stack: number[] = [];
    const visit = (id: number) => {
      if (id > TRUE && this.stamp[id] !== this.pass) {
        this.stamp[id] = this.pass;
        found.push(id);
        stack.push(id);
      }
    };
    for (const r of roots) visit(r);
    while (stack.length > 0) {
      const id = stack.pop()!;
      visit(this.low[id]);
      visit(this.high[id]);
    }
    return Int32Array.from(found).sort();
  }

  private node(v: number, lo: number, hi: number): number {
    if (lo === hi) return lo;
    const mask = this.table.length - 1;
    let h = hash(v, lo, hi) & mask;
    for (let id = this.table[h]; id !== 0; id = this.table[h]) {
      if (this.level[id] === v && this.low[id] === lo && this.high[id] === hi) return id;
      h = (h + 1) & mask;
    }
    if (this.count >= this.maxNodes) throw new BudgetExceeded(`more than ${this.maxNodes} decision diagram nodes`, { nodes: this.count, steps: this.steps });
    const id = this.count++;
    if (id === this.level.length) this.growNodes();
    this.level[id] = v;
    this.low[id] = lo;
    this.high[id] = hi;
    this.table[h] = id;
    // At most half full, so probes stay short.
    if (2 * this.count > this.table.length) this.growTable();
    return id;
  }

  private apply(op: number, f: number, g: number): number {
    if (f > g) [f, g] = [g, f];
    const slot = (hash(op, f, g) >>> (32 - this.cacheBits)) & ((1 << this.cacheBits) - 1);
    // Operation in the low bit of the stored first operand (ids are at most 2^30).
    const tag = 2 * f + op;
    if (this.cacheF[slot] === tag && this.cacheG[slot] === g) return this.cacheResult[slot];
    if (++this.steps > this.maxSteps) throw new BudgetExceeded(`more than ${this.maxSteps} decision diagram steps`, { nodes: this.count, steps: this.steps });
    const v = Math.min(this.level[f], this.level[g]);
    const fSplits = this.level[f] === v;
    const gSplits = this.level[g] === v;
    const f0 = fSplits ? this.low[f] : f;
    const f1 = fSplits ? this.high[f] : f;
    const g0 = gSplits ? this.low[g] : g;
    const g1 = gSplits ? this.high[g] : g;
    const low = op === AND ? this.and(f0, g0) : this.or(f0, g0);
    const high = op === AND ? this.and(f1, g1) : this.or(f1, g1);
    const result = this.node(v, low, high);
    // The slot is recomputed: the cache may have grown during the recursion.
    const now = (hash(op, f, g) >>> (32 - this.cacheBits)) & ((1 << this.cacheBits) - 1);
    this.cacheF[now] = tag;
    this.cacheG[now] = g;
    this.cacheResult[now] = result;
    return result;
  }

  private growNodes(): void {
    const size = Math.min(2 * this.level.length, this.maxNodes + 1);
    for (const key of ['level', 'low', 'high'] as const) {
      const bigger = new Int32Array(size);
      bigger.set(this[key]);
      this[key] = bigger;
    }
  }

  private growTable(): void {
    const table = new Int32Array(2 * this.table.length);
    const mask = table.length - 1;
    for (let id = 2; id < this.count; id += 1) {
      let h = hash(this.level[id], this.low[id], this.high[id]) & mask;
      while (table[h] !== 0) h = (h + 1) & mask;
      table[h] = id;
    }
    this.table = table;
    // The apply cache grows with the diagram (a quarter of the table), keeping what it can.
    const bits = Math.min(MAX_CACHE_BITS, Math.max(MIN_CACHE_BITS, Math.log2(table.length) - 2));
    if (bits > this.cacheBits) {
      this.cacheBits = bits;
      this.cacheF = new Int32Array(1 << bits);
      this.cacheG = new Int32Array(1 << bits);
      this.cacheResult = new Int32Array(1 << bits);
    }
  }
}

/** A 32-bit mix of three integers (Murmur3's finaliser over a simple combination). */
function hash(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
