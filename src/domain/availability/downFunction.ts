import { Bdd, BudgetExceeded, FALSE, TRUE } from './bdd';
import { TOO_MANY_PATHS } from './connectivityPaths';
import type { TargetSupport } from './targetSupport';

export interface DownFunction {
  bdd: Bdd;
  /** "The target is DOWN" as a function of "component c has failed", c = components[v] for variable v. */
  root: number;
  components: readonly string[];
}

export interface DownFunctionLimits {
  maxNodes: number;
  maxSteps: number;
  /** Most (node, nodes above it on its cycle) pairs expanded; cycles can make these many. */
  maxExpansions: number;
}

/**
 * The structure function of "target DOWN", as a decision diagram over component failures, by the
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
 * for SCRAM, so both trees are the same function).
 */
export function downFunction(support: TargetSupport, limits: DownFunctionLimits): DownFunction {
  const variable = new Map(support.components.map((id, v) => [id, v]));
  const bdd = new Bdd(limits.maxNodes, limits.maxSteps);
  const memo = new Map<string, number>();
  let expansions = 0;

  const down = (id: string, above: readonly string[]): number => {
    const key = above.length === 0 ? id : `${id}\u0001${above.join('\u0000')}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (++expansions > limits.maxExpansions) throw new BudgetExceeded(`more than ${limits.maxExpansions} expansions of cyclic nodes`);
    const rule = support.rules.get(id)!;
    const part = support.partOf.get(id);
    const child = (to: string): number => {
      // Needs outside the graph are UP (as the engine treats them).
      if (!support.rules.has(to)) return FALSE;
      if (support.partOf.get(to) !== part) return down(to, []);
      if (to === id || above.includes(to)) return FALSE;
      return down(to, [...above, id].sort());
    };

    const v = variable.get(id);
    let f = v === undefined ? FALSE : bdd.variable(v);
    for (const to of rule.hard) f = bdd.or(f, child(to));
    if (rule.members.length > 0) f = bdd.or(f, bdd.atLeast(rule.members.length - rule.required + 1, rule.members.map(child)));
    if (rule.paths === TOO_MANY_PATHS) throw new BudgetExceeded(`connectivity ${id} has too many paths to write out`);
    if (rule.paths) {
      let everyPathCut = TRUE;
      for (const set of rule.paths) {
        let cut = FALSE;
        for (const element of set) cut = bdd.or(cut, child(element));
        everyPathCut = bdd.and(everyPathCut, cut);
      }
      f = bdd.or(f, everyPathCut);
    }
    memo.set(key, f);
    return f;
  };

  let root: number;
  try {
    root = down(support.targetId, []);
  } catch (error) {
    // Support chains deeper than the call stack are too large to expand here, not a failure.
    if (error instanceof RangeError) throw new BudgetExceeded('support deeper than the call stack');
    throw error;
  }
  return { bdd, root, components: support.components };
}
