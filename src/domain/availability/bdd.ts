/** Thrown when a decision diagram would outgrow its budget; the caller falls back to an estimate. */
export class BudgetExceeded extends Error {
  constructor(what: string) {
    super(`budget exceeded: ${what}`);
    this.name = 'BudgetExceeded';
  }
}

export const FALSE = 0;
export const TRUE = 1;

/** Node ids stay below 2^26 so that a pair of them makes one exact number key (2^52 < 2^53). */
const SHIFT = 2 ** 26;
const TERMINAL_LEVEL = Number.MAX_SAFE_INTEGER;

/**
 * A reduced ordered binary decision diagram: a unique table (one node per (variable, low, high), so
 * equal functions are equal ids) and an apply cache per operation. Variable 0 is nearest the root.
 * Children are always made before their parent, so ids ascend from the leaves: probabilities are
 * one pass in id order, reach probabilities one pass back.
 *
 * Here a variable is "component c has failed" and a function is "the target is DOWN".
 */
export class Bdd {
  private readonly level: number[] = [TERMINAL_LEVEL, TERMINAL_LEVEL];
  private readonly low: number[] = [FALSE, TRUE];
  private readonly high: number[] = [FALSE, TRUE];
  private readonly unique: Map<number, number>[] = [];
  private readonly andCache = new Map<number, number>();
  private readonly orCache = new Map<number, number>();
  private steps = 0;

  constructor(
    /** Most nodes the diagram may hold (at most 2^26). */
    readonly maxNodes = 1_000_000,
    /** Most apply steps (cache misses) it may take. */
    readonly maxSteps = 20_000_000,
  ) {
    if (maxNodes > SHIFT) throw new RangeError(`maxNodes is at most ${SHIFT}`);
  }

  get size(): number {
    return this.level.length;
  }

  variable(v: number): number {
    return this.node(v, FALSE, TRUE);
  }

  and(f: number, g: number): number {
    if (f === FALSE || g === FALSE) return FALSE;
    if (f === TRUE) return g;
    if (g === TRUE || f === g) return f;
    return this.apply(this.andCache, f, g);
  }

  or(f: number, g: number): number {
    if (f === TRUE || g === TRUE) return TRUE;
    if (f === FALSE) return g;
    if (g === FALSE || f === g) return f;
    return this.apply(this.orCache, f, g);
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
    return this.probabilities(f, p).get(f)!;
  }

  /**
   * The derivative of P(f) by each p[v]: for a coherent f, P(f | v true) - P(f | v false), which is
   * Birnbaum's importance. P(f) is linear in each p[v], with slope the sum, over the nodes of v, of
   * the probability of reaching the node times P(high) - P(low).
   */
  derivatives(f: number, p: ArrayLike<number>, variables: number): Float64Array {
    const prob = this.probabilities(f, p);
    const ids = [...prob.keys()].sort((a, b) => b - a);
    const reach = new Map<number, number>([[f, 1]]);
    const slope = new Float64Array(variables);
    for (const id of ids) {
      if (id <= TRUE) continue;
      const r = reach.get(id) ?? 0;
      const v = this.level[id];
      const lo = this.low[id];
      const hi = this.high[id];
      slope[v] += r * (prob.get(hi)! - prob.get(lo)!);
      reach.set(lo, (reach.get(lo) ?? 0) + r * (1 - p[v]));
      reach.set(hi, (reach.get(hi) ?? 0) + r * p[v]);
    }
    return slope;
  }

  /** Nodes reachable from f, terminals included. */
  nodesOf(f: number): number {
    return this.reachable(f).length;
  }

  /** The variables f depends on. */
  support(f: number): Set<number> {
    const vars = new Set<number>();
    for (const id of this.reachable(f)) if (id > TRUE) vars.add(this.level[id]);
    return vars;
  }

  private probabilities(f: number, p: ArrayLike<number>): Map<number, number> {
    const prob = new Map<number, number>([
      [FALSE, 0],
      [TRUE, 1],
    ]);
    for (const id of this.reachable(f).sort((a, b) => a - b)) {
      if (id <= TRUE) continue;
      const q = p[this.level[id]] ?? NaN;
      prob.set(id, q * prob.get(this.high[id])! + (1 - q) * prob.get(this.low[id])!);
    }
    return prob;
  }

  private reachable(f: number): number[] {
    const seen = new Set<number>([f]);
    const stack = [f];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (id <= TRUE) continue;
      for (const child of [this.low[id], this.high[id]]) {
        if (!seen.has(child)) {
          seen.add(child);
          stack.push(child);
        }
      }
    }
    return [...seen];
  }

  private node(v: number, lo: number, hi: number): number {
    if (lo === hi) return lo;
    const table = (this.unique[v] ??= new Map());
    const key = lo * SHIFT + hi;
    const known = table.get(key);
    if (known !== undefined) return known;
    if (this.level.length >= this.maxNodes) throw new BudgetExceeded(`more than ${this.maxNodes} decision diagram nodes`);
    const id = this.level.length;
    this.level.push(v);
    this.low.push(lo);
    this.high.push(hi);
    table.set(key, id);
    return id;
  }

  private apply(cache: Map<number, number>, f: number, g: number): number {
    if (f > g) [f, g] = [g, f];
    const key = f * SHIFT + g;
    const known = cache.get(key);
    if (known !== undefined) return known;
    if (++this.steps > this.maxSteps) throw new BudgetExceeded(`more than ${this.maxSteps} decision diagram steps`);
    const v = Math.min(this.level[f], this.level[g]);
    const fSplits = this.level[f] === v;
    const gSplits = this.level[g] === v;
    const f0 = fSplits ? this.low[f] : f;
    const f1 = fSplits ? this.high[f] : f;
    const g0 = gSplits ? this.low[g] : g;
    const g1 = gSplits ? this.high[g] : g;
    const isAnd = cache === this.andCache;
    const low = isAnd ? this.and(f0, g0) : this.or(f0, g0);
    const high = isAnd ? this.and(f1, g1) : this.or(f1, g1);
    const result = this.node(v, low, high);
    cache.set(key, result);
    return result;
  }
}
