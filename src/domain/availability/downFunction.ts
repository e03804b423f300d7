import { Bdd, BudgetExceeded, FALSE, TRUE } from './bdd';
import { TOO_MANY_PATHS } from './connectivityPaths';
import { modules as findModules } from './modules';
import type { TargetSupport } from './targetSupport';
import { variableOrder } from './variableOrder';

export interface DownFunctionLimits {
  /** Most decision diagram nodes made, over all modules together. */
  maxNodes: number;
  /** Most apply steps (cache misses), over all modules together. */
  maxSteps: number;
  /** Most (node, nodes above it on its cycle) pairs expanded; cycles can make these many. */
  maxExpansions: number;
}

/** One module: "node DOWN" as a diagram over its own variables, and the variable it is outside. */
export interface DownModule {
  nodeId: string;
  root: number;
  /** The variable that stands for it in the one module that reads it; -1 for the target. */
  variable: number;
}

/**
 * "The target is DOWN" as a function of "component c has failed", c = components[k], held as a
 * tree of modules (see modules.ts): each module a decision diagram whose variables are components'
 * own failures and the modules directly inside it, every variable in exactly one module. Nothing
 * outside a module reads what is inside it, so its variables are independent of the rest and its
 * probability is one number: probabilities go up the tree, derivatives (chain rule) down it.
 *
 * Variables of the shared diagram: 2i + 1 is node i's own failure (a component), 2i the module of
 * node i, for i its position in the support's depth-first order, which is the variable order.
 */
export class DownFunction {
  constructor(
    readonly bdd: Bdd,
    readonly components: readonly string[],
    /** Inner modules before the modules that read them; the target's last. */
    readonly modules: readonly DownModule[],
    /** Variable of components[k]'s own failure. */
    private readonly variableOf: Int32Array,
    private readonly variables: number,
  ) {}

  /** The target's module. */
  get root(): number {
    return this.modules[this.modules.length - 1].root;
  }

  /** P(target DOWN), fails[k] being the probability that components[k] has failed. */
  probability(fails: ArrayLike<number>): number {
    const p = this.variableProbabilities(fails);
    return this.bdd.probability(this.root, p);
  }

  /**
   * Birnbaum's importance of every component, dP(target DOWN)/dfails[k], by the chain rule over
   * the module tree: a module's weight is its reader's weight times the reader's slope in it.
   */
  birnbaum(fails: ArrayLike<number>): Float64Array {
    const p = this.variableProbabilities(fails);
    const weight = new Float64Array(this.variables);
    const slopeOf = new Float64Array(this.variables);
    for (let m = this.modules.length - 1; m >= 0; m -= 1) {
      const { root, variable } = this.modules[m];
      const w = variable < 0 ? 1 : weight[variable];
      if (w === 0) continue;
      for (const [v, slope] of this.bdd.derivatives(root, p)) {
        if (v % 2 === 0) weight[v] += w * slope;
        else slopeOf[v] += w * slope;
      }
    }
    return Float64Array.from(this.variableOf, (v) => slopeOf[v]);
  }

  /** The components the target's DOWN state depends on, as indices into components, ascending. */
  support(): number[] {
    const byVariable = new Map(Array.from(this.variableOf, (v, k) => [v, k]));
    const moduleOf = new Map(this.modules.map((m) => [m.variable, m]));
    const found: number[] = [];
    const stack = [this.modules[this.modules.length - 1]];
    while (stack.length > 0) {
      for (const v of this.bdd.support(stack.pop()!.root)) {
        if (v % 2 === 0) stack.push(moduleOf.get(v)!);
        else found.push(byVariable.get(v)!);
      }
    }
    return found.sort((a, b) => a - b);
  }

  /** Decision diagram nodes of all modules, terminals included. */
  nodes(): number {
    return this.bdd.nodesOf(...this.modules.map((m) => m.root));
  }

  /** The probability of every variable: components' from fails, modules' computed inner first. */
  private variableProbabilities(fails: ArrayLike<number>): Float64Array {
    const p = new Float64Array(this.variables);
    this.variableOf.forEach((v, k) => {
      p[v] = fails[k];
    });
    for (const m of this.modules) if (m.variable >= 0) p[m.variable] = this.bdd.probability(m.root, p);
    return p;
  }
}

/**
 * The structure function of "target DOWN", as decision diagrams over component failures, by the
 * rules of propagate.ts with only DOWN kept (DEGRADED never takes anything DOWN): a component is
 * DOWN when it fails itself or a need takes it down; a HARD need passes DOWN on, a SOFT one never
 * does; a group of n members that needs r is DOWN when at least n - r + 1 are; a network when all
 * its elements are; a connectivity when its network is, or when every path set holds a DOWN element.
 * The target's own failure counts (its availability is asked for, not what else can down it).
 *
 * Cycles: propagate computes the least fixpoint, where a node is DOWN only by a derivation that does
 * not rest on itself. So a need that is already above on the path being expanded counts as not DOWN.
 * Only nodes of the same strongly connected part can be above, so a node on a cycle is expanded once
 * per set of its part's nodes above it, any other node once (the rule bench/scramFaultTree.ts uses
 * for SCRAM, so both trees are the same function). Modules are never on a cycle, so each is expanded
 * once, with nothing above it, and becomes one variable of the module that reads it.
 */
export function downFunction(support: TargetSupport, limits: DownFunctionLimits): DownFunction {
  const withTooManyPaths = [...support.rules].find(([, rule]) => rule.paths === TOO_MANY_PATHS);
  if (withTooManyPaths) throw new BudgetExceeded(`connectivity ${withTooManyPaths[0]} has too many paths to write out`);
  const position = variableOrder(support);
  const isModule = findModules(support);
  const isComponent = new Set(support.components);
  const bdd = new Bdd(limits.maxNodes, limits.maxSteps);
  const memo = new Map<string, number>();
  const moduleVariable = new Map<string, number>();
  const done: DownModule[] = [];
  let expansions = 0;

  const down = (id: string, above: readonly string[]): number => (above.length === 0 && isModule.has(id) ? module(id) : expand(id, above));

  const module = (id: string): number => {
    const known = moduleVariable.get(id);
    if (known !== undefined) return known;
    const root = expand(id, []);
    const variable = 2 * position.get(id)!;
    done.push({ nodeId: id, root, variable });
    // A constant module needs no variable: what reads it reads the constant.
    const f = root <= TRUE ? root : bdd.variable(variable);
    moduleVariable.set(id, f);
    return f;
  };

  const expand = (id: string, above: readonly string[]): number => {
    const key = above.length === 0 ? id : `${id}\u0001${above.join('\u0000')}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (++expansions > limits.maxExpansions) {
      throw new BudgetExceeded(`more than ${limits.maxExpansions} expansions of cyclic nodes`, { nodes: bdd.size, steps: bdd.stepsTaken });
    }
    const rule = support.rules.get(id)!;
    const part = support.partOf.get(id);
    const child = (to: string): number => {
      // Needs outside the graph are UP (as the engine treats them).
      if (!support.rules.has(to)) return FALSE;
      if (support.partOf.get(to) !== part) return down(to, []);
      if (to === id || above.includes(to)) return FALSE;
      return down(to, [...above, id].sort());
    };

    let f = isComponent.has(id) ? bdd.variable(2 * position.get(id)! + 1) : FALSE;
    f = bdd.orAll([f, ...rule.hard.map(child)]);
    if (rule.members.length > 0) f = bdd.or(f, bdd.atLeast(rule.members.length - rule.required + 1, rule.members.map(child)));
    if (Array.isArray(rule.paths)) {
      let everyPathCut = TRUE;
      for (const set of rule.paths) {
        const cut = bdd.orAll(set.map(child));
        everyPathCut = bdd.and(everyPathCut, cut);
      }
      f = bdd.or(f, everyPathCut);
    }
    memo.set(key, f);
    return f;
  };

  try {
    done.push({ nodeId: support.targetId, root: expand(support.targetId, []), variable: -1 });
  } catch (error) {
    // Support chains deeper than the call stack are too large to expand here, not a failure.
    if (error instanceof RangeError) throw new BudgetExceeded('support deeper than the call stack');
    throw error;
  }
  const variableOf = Int32Array.from(support.components, (id) => 2 * position.get(id)! + 1);
  return new DownFunction(bdd, support.components, done, variableOf, 2 * support.nodes.length);
}
