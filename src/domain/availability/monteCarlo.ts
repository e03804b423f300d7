import type { ImpactGraph } from '../impact/impactGraph';
import { propagate } from '../impact/propagate';
import type { State } from '../impact/state';
import { seededRandom } from './seededRandom';
import { ConfidenceInterval, wilsonInterval } from './wilsonInterval';

export interface Estimate {
  availability: number;
  interval: ConfidenceInterval;
  samples: number;
  /** Samples in which the target was DOWN. */
  downSamples: number;
  seed: number;
}

/**
 * The availability of a target by sampling: each sample fails every component independently with
 * probability 1 - availability, and the engine's own propagation says whether the target is DOWN.
 * Needs no structure written out, so it works where the exact method is too costly; the interval
 * (Wilson) says how far to trust it.
 *
 * `graph` should be the target's upstream subgraph (closed under needs: same states, less work).
 */
export function monteCarlo(graph: ImpactGraph, targetId: string, components: readonly string[], availability: ArrayLike<number>, samples: number, seed: number): Estimate {
  const random = seededRandom(seed);
  let up = 0;
  const own = new Map<string, State>();
  for (let s = 0; s < samples; s += 1) {
    own.clear();
    for (let c = 0; c < components.length; c += 1) if (random() >= availability[c]) own.set(components[c], 'DOWN');
    // Nothing failed leaves everything UP (groups never need more than they have; see quorum.ts).
    if (own.size === 0 || propagate(graph, own).stateOf(targetId) !== 'DOWN') up += 1;
  }
  return { availability: up / samples, interval: wilsonInterval(up, samples), samples, downSamples: samples - up, seed };
}
