export interface ConfidenceInterval {
  lower: number;
  upper: number;
  /** e.g. 0.95 */
  confidence: number;
}

/** z for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054;

/**
 * Wilson's score interval for a proportion: unlike p ± z·sqrt(p(1-p)/n) it stays inside [0, 1] and
 * keeps its coverage when the proportion is near 0 or 1, which is where availabilities live (and it
 * is not empty when no sample failed at all).
 */
export function wilsonInterval(successes: number, trials: number, z = Z95, confidence = 0.95): ConfidenceInterval {
  if (trials <= 0) return { lower: 0, upper: 1, confidence };
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half), confidence };
}
