import { InvalidInputError, NotFoundError } from '../errors';
import type { ImpactGraph } from '../impact/impactGraph';
import { AgreedGap, AgreedLevel, agreedGap } from './agreedGap';
import { HOURS_PER_YEAR } from './agreedPeriod';
import { AvailabilityFigure, FigureSource, availabilityOfFigure } from './availabilityFigure';
import { BudgetExceeded } from './bdd';
import { Contributor, contributors } from './contributors';
import { DownFunction, DownFunctionLimits, downFunction } from './downFunction';
import { monteCarlo } from './monteCarlo';
import { targetSupport } from './targetSupport';
import { ConfidenceInterval } from './wilsonInterval';

export interface AvailabilityLimits extends DownFunctionLimits {
  /** Most simple paths written out for one connectivity. */
  maxPaths: number;
}

/**
 * Past these, an estimate. On the 100k synthetic estate every service but the largest top-level ones
 * fits: the three largest business services of a sample of 280 made 2.7M to 6.7M nodes in 4 to 9 s
 * on the 2-core machine under load, about 0.8 GB with the estate in memory (2M nodes was the limit
 * when one took 11 s to reach it).
 */
export const DEFAULT_LIMITS: AvailabilityLimits = { maxNodes: 10_000_000, maxSteps: 50_000_000, maxExpansions: 200_000, maxPaths: 10_000 };
export const DEFAULT_SAMPLES = 100_000;
export const DEFAULT_SEED = 14;

export interface AvailabilityOptions {
  /** Used for components without a figure, and then named in the answer; otherwise they are unknown. */
  defaultAvailability?: number | null;
  agreed?: AgreedLevel | null;
  /** AUTO: exact when within the limits, else an estimate. ESTIMATE: always sample (checks, benchmarks). */
  method?: 'AUTO' | 'ESTIMATE';
  limits?: Partial<AvailabilityLimits>;
  samples?: number;
  seed?: number;
  /**
   * False: past the limits, no estimate either (availability null, whyEstimate says why). For a
   * caller that answers many targets within one budget and can afford only so many estimates.
   */
  estimate?: boolean;
}

export interface ComponentFigure {
  componentId: string;
  /** The probability it is up, as used; null when unknown. */
  availability: number | null;
  /** Where the figure came from; DEFAULT when the configured default stood in; null when unknown. */
  source: FigureSource | 'DEFAULT' | 'UNSTATED' | null;
}

export interface AvailabilityAnswer {
  targetId: string;
  /** EXACT: from the decision diagram. ESTIMATE: Monte Carlo, with `interval`. */
  method: 'EXACT' | 'ESTIMATE';
  /** The probability the target is not DOWN; null when a component it depends on has no figure. */
  availability: number | null;
  interval: ConfidenceInterval | null;
  /** Exact only, when figures are missing: the availability with every unknown component down, and up. */
  bounds: { lower: number; upper: number } | null;
  downtimeHoursPerYear: number | null;
  agreed: AgreedGap | null;
  /** The components the answer depends on, with the figures used. */
  components: ComponentFigure[];
  unknownComponents: string[];
  defaultAvailability: number | null;
  defaultedComponents: string[];
  /** Exact only, and only when every figure is known: ranked importance. */
  contributors: Contributor[] | null;
  /** Why the answer is an estimate (the budget that was exceeded, or that one was asked for). */
  whyEstimate: string | null;
  decisionDiagramNodes: number | null;
  /** What the exact method spent, diagram nodes made and apply steps, up to where it gave up if it did; null when it was not tried. */
  work: { nodes: number; steps: number } | null;
  samples: number | null;
  seed: number | null;
}

/**
 * The availability of a target: the probability that it is not DOWN under Cascade's impact rules,
 * with component failures independent. Exact by a decision diagram over the target's structure
 * function where that stays within `limits`; otherwise a seeded Monte Carlo estimate with a 95 %
 * Wilson interval, evaluated by the engine's own propagation. Never invents a figure: a component
 * without one is unknown unless a default is configured, and the answer names either.
 */
export function computeAvailability(
  graph: ImpactGraph,
  targetId: string,
  figures: ReadonlyMap<string, AvailabilityFigure>,
  options: AvailabilityOptions = {},
): AvailabilityAnswer {
  if (!graph.nodes.has(targetId)) throw new NotFoundError(`${targetId} is not in the impact graph`, { id: targetId });
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const defaultAvailability = options.defaultAvailability ?? null;
  checkDefaultAvailability(defaultAvailability);
  const support = targetSupport(graph, targetId, limits.maxPaths);
  const figureOf = support.components.map((id): ComponentFigure => {
    const figure = figures.get(id);
    const availability = figure ? availabilityOfFigure(figure, `figures.${id}`) : null;
    if (availability !== null) return { componentId: id, availability, source: figure?.source ?? 'UNSTATED' };
    if (defaultAvailability !== null) return { componentId: id, availability: defaultAvailability, source: 'DEFAULT' };
    return { componentId: id, availability: null, source: null };
  });

  let fn: DownFunction | null = null;
  let whyEstimate: string | null = options.method === 'ESTIMATE' ? 'an estimate was asked for' : null;
  let work: AvailabilityAnswer['work'] = null;
  if (whyEstimate === null) {
    try {
      fn = downFunction(support, limits);
      work = { nodes: fn.bdd.size, steps: fn.bdd.stepsTaken };
    } catch (error) {
      if (!(error instanceof BudgetExceeded)) throw error;
      whyEstimate = error.message;
      work = error.spent;
    }
  }
  // Exact: only the components the function depends on (a member of a group that needs none does not).
  const relevant = fn ? fn.support().map((k) => figureOf[k]) : figureOf;
  const unknown = relevant.filter((c) => c.availability === null).map((c) => c.componentId);
  const base = {
    targetId,
    components: relevant,
    unknownComponents: unknown,
    defaultAvailability,
    defaultedComponents: relevant.filter((c) => c.source === 'DEFAULT').map((c) => c.componentId),
    whyEstimate,
  };

  if (fn) {
    const fails = (unknownFails: number) => Float64Array.from(figureOf, (c) => (c.availability === null ? unknownFails : 1 - c.availability));
    const known = unknown.length === 0;
    const availability = known ? 1 - fn.probability(fails(0)) : null;
    const bounds = known ? null : { lower: 1 - fn.probability(fails(1)), upper: 1 - fn.probability(fails(0)) };
    return {
      ...base,
      method: 'EXACT',
      availability,
      interval: null,
      bounds,
      downtimeHoursPerYear: availability === null ? null : (1 - availability) * HOURS_PER_YEAR,
      agreed: options.agreed ? agreedGap(options.agreed, availability, null) : null,
      contributors: known ? contributors(fn, fails(0)) : null,
      decisionDiagramNodes: fn.nodes(),
      work,
      samples: null,
      seed: null,
    };
  }

  const samples = options.samples ?? DEFAULT_SAMPLES;
  const seed = options.seed ?? DEFAULT_SEED;
  const estimate =
    unknown.length === 0 && options.estimate !== false
      ? monteCarlo(graph.subgraph(graph.upstream([targetId])), targetId, support.components, figureOf.map((c) => c.availability!), samples, seed)
      : null;
  const availability = estimate?.availability ?? null;
  return {
    ...base,
    method: 'ESTIMATE',
    availability,
    interval: estimate?.interval ?? null,
    bounds: null,
    downtimeHoursPerYear: availability === null ? null : (1 - availability) * HOURS_PER_YEAR,
    agreed: options.agreed ? agreedGap(options.agreed, availability, estimate?.interval ?? null) : null,
    contributors: null,
    decisionDiagramNodes: null,
    work,
    samples: estimate ? samples : null,
    seed: estimate ? seed : null,
  };
}

/** A default figure must be a probability; refused before any work. */
export function checkDefaultAvailability(defaultAvailability: number | null): void {
  if (defaultAvailability !== null && !(defaultAvailability >= 0 && defaultAvailability <= 1)) {
    throw new InvalidInputError([{ path: 'defaultAvailability', message: 'must be between 0 and 1' }]);
  }
}
