import type { DownFunction } from './downFunction';

/** How much one component matters to a target's availability. */
export interface Contributor {
  componentId: string;
  availability: number;
  /** P(target up | component up) - P(target up | component down). */
  birnbaum: number;
  /**
   * Share of the target's unavailability that would go away if the component never failed:
   * (Q - Q | component up) / Q. The risk-reduction form of Fussell-Vesely used in PSA practice
   * (1 - 1/RRW); it counts every way the component's failure takes part in the target's.
   */
  fussellVesely: number;
  /** How many times the unavailability grows if the component is down for good: Q | component down / Q. */
  riskAchievementWorth: number;
}

/**
 * Exact importance of every component the target depends on, from the decision diagrams, ranked
 * by Fussell-Vesely (what to make redundant first), then Birnbaum. `fails[k]` is the probability
 * that component k is down. Q is multilinear in each fails[k], so one derivative per component
 * gives all three measures: Q | up = Q - fails·B and Q | down = Q + (1 - fails)·B.
 */
export function contributors(fn: DownFunction, fails: Float64Array): Contributor[] {
  const q = fn.probability(fails);
  const slope = fn.birnbaum(fails);
  const out: Contributor[] = [];
  for (const k of fn.support()) {
    const birnbaum = slope[k];
    out.push({
      componentId: fn.components[k],
      availability: 1 - fails[k],
      birnbaum,
      fussellVesely: q > 0 ? (fails[k] * birnbaum) / q : 0,
      riskAchievementWorth: q > 0 ? (q + (1 - fails[k]) * birnbaum) / q : 1,
    });
  }
  // Equal importances differ in their last bits with the order of the arithmetic (modules, the
  // variable order): they rank by id, to 12 significant digits.
  const key = (x: number) => Number(x.toPrecision(12));
  out.sort((a, b) => key(b.fussellVesely) - key(a.fussellVesely) || key(b.birnbaum) - key(a.birnbaum) || a.componentId.localeCompare(b.componentId));
  return out;
}
