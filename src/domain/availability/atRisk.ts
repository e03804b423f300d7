import { downClosureOf } from '../impact/downClosure';
import { ImpactGraph, NodeRef, nodeRef } from '../impact/impactGraph';
import { peopleIndexOf } from '../impact/people';
import { Topology } from '../impact/topology';
import { AgreedGap, StatedLevel, agreedGap, agreedLevelOfPercent } from './agreedGap';
import { HOURS_PER_YEAR } from './agreedPeriod';
import { AvailabilityFigure } from './availabilityFigure';
import { AvailabilityAnswer, AvailabilityLimits, checkDefaultAvailability, computeAvailability } from './computeAvailability';

/**
 * One agreed level to check: who agreed it (a service relationship, or an offering whose contracts
 * or services state it), the offering whose availability it is about, and the people behind it.
 */
export interface AgreedPromise {
  subject: NodeRef;
  targetId: string;
  level: StatedLevel;
  peopleAffected: number;
}

/**
 * Why a level could be neither kept nor missed: a component without a figure and no default, an
 * estimate whose interval straddles the level, or the question's budget spent before the target.
 */
export type Undecided = 'MISSING_FIGURES' | 'INTERVAL_STRADDLES' | 'BUDGET_SPENT';

export interface AtRiskEntry {
  subject: NodeRef;
  target: NodeRef;
  /** The target's availability; null when the budget was spent before it was decided. */
  answer: AvailabilityAnswer | null;
  agreed: AgreedGap & { source: string };
  peopleAffected: number;
  /** What the agreed level allows over a year (over its own period: agreed.allowedDowntimeHoursPerPeriod). */
  allowedDowntimeHoursPerYear: number;
  /** Null when decided (kept or missed). */
  undecided: Undecided | null;
}

export interface AtRiskAnswer {
  /** Missed for certain (met false), ranked (see rankAtRisk). */
  atRisk: AtRiskEntry[];
  /** Neither kept nor missed for certain, in the same order: listed apart, never dropped. */
  undecided: AtRiskEntry[];
  /** Every level checked: at risk, undecided or kept. */
  checked: number;
  defaultAvailability: number | null;
}

/** Work one question may do over all its targets: diagram nodes made, apply steps, and estimates. */
export interface AtRiskBudget {
  nodes: number;
  steps: number;
  estimates: number;
}

export interface AtRiskOptions {
  defaultAvailability: number | null;
  /** Each target's own limits (the API's for one availability question), cut to what is left of the budget. */
  perTarget: AvailabilityLimits;
  budget: AtRiskBudget;
  samples: number;
}

/**
 * The levels to check, one per offering with an agreed level and one per service relationship and
 * offering it covers. An offering's level is the strictest stated for it (its relationships' service
 * levels, its services' own targets), as `availability` reports it; a relationship's is the strictest
 * of its own service levels, and applies to each offering it covers (a contract on two offerings
 * promises each of them). The same shortfall is listed under the offering and under each contract on
 * it, with the people that subject stands for:
 * - an offering: the people who lose it when it is DOWN (its consumer groups, and those of anything
 *   that needs the offering), counted by the impact engine's own DOWN closure and people index;
 * - a relationship: the people behind its consumer when the offering and the services it includes
 *   are DOWN: the offering's consumer groups and those of the consumer's own offerings that go DOWN
 *   with it. The consumer's customers depend on the services, not on the offering node, hence the
 *   services; other dependants of a shared service are other contracts' people, not this one's.
 */
export function agreedPromises(topology: Topology, levels: ReadonlyMap<string, readonly StatedLevel[]>): AgreedPromise[] {
  const { graph } = topology;
  const index = graph.index;
  const closure = downClosureOf(index);
  const people = peopleIndexOf(topology);
  const numberOf = (ids: readonly string[]) => ids.flatMap((id) => index.indexOf.get(id) ?? []);
  const promises: AgreedPromise[] = [];
  for (const [targetId, stated] of levels) {
    if (graph.nodes.get(targetId)?.kind !== 'ServiceOffering' || stated.length === 0) continue;
    promises.push({ subject: nodeRef(graph, targetId), targetId, level: stated[0], peopleAffected: people.cutOff(closure.run(numberOf([targetId]))) });
    const seen = new Set<string>();
    let down: Int32Array | null = null;
    for (const level of stated) {
      // Levels come strictest first: the first of a relationship is its own strictest.
      if (level.relationshipId === null || seen.has(level.relationshipId)) continue;
      seen.add(level.relationshipId);
      down ??= closure.run(numberOf([targetId, ...graph.needs(targetId).flatMap((e) => (e.type === 'INCLUDES' ? [e.to] : []))]));
      const behind = Array.from(down).filter((i) => {
        const id = index.ids[i];
        return id === targetId || (level.consumerId !== null && graph.nodes.get(id)?.kind === 'ServiceOffering' && topology.owners.get(id) === level.consumerId);
      });
      promises.push({
        subject: { id: level.relationshipId, kind: 'ServiceRelationship', name: level.relationshipName ?? level.relationshipId },
        targetId,
        level,
        peopleAffected: people.cutOff(behind),
      });
    }
  }
  return promises;
}

/**
 * Checks every promise against its target's computed availability, within one budget, in two
 * passes. The exact pass takes the targets smallest structure first (components upstream; then most
 * people, then id), each within its limits cut to what is left of the budget, and charges each the
 * diagram nodes and steps it spent. Small first because the budget should decide as many levels as
 * it can: on the 20k synthetic estate 42 of 160 offerings are exact within 20,000 nodes and cost
 * 0.5M nodes together, while the other 118 need more (on the 2k one, 9 of 23 exceed the API's
 * 200,000, at 0.1 to 0.3 s each); most people stand behind the largest, so most people first spent
 * it all on a few of them (167 of 168 levels left unchecked at 20k). The estimate pass then samples the
 * targets still open, most people first, while the budget has estimates left. What neither pass
 * decides is BUDGET_SPENT: listed, never left out.
 */
export function checkPromises(
  graph: ImpactGraph,
  promises: readonly AgreedPromise[],
  figures: ReadonlyMap<string, AvailabilityFigure>,
  options: AtRiskOptions,
): AtRiskAnswer {
  checkDefaultAvailability(options.defaultAvailability);
  const byTarget = new Map<string, AgreedPromise[]>();
  for (const promise of promises) {
    const list = byTarget.get(promise.targetId);
    if (list) list.push(promise);
    else byTarget.set(promise.targetId, [promise]);
  }
  const people = new Map([...byTarget].map(([id, list]) => [id, Math.max(...list.map((p) => p.peopleAffected))]));
  const byPeople = (a: string, b: string) => people.get(b)! - people.get(a)! || compare(a, b);
  const size = new Map([...byTarget.keys()].map((id) => [id, graph.upstream([id]).size]));
  const smallFirst = [...byTarget.keys()].sort((a, b) => size.get(a)! - size.get(b)! || byPeople(a, b));

  const { perTarget, defaultAvailability, samples } = options;
  const left = { ...options.budget };
  const answers = new Map<string, AvailabilityAnswer | null>();
  for (const id of smallFirst) {
    if (left.nodes <= 2 || left.steps <= 0) break;
    const limits = { ...perTarget, maxNodes: Math.min(perTarget.maxNodes, left.nodes), maxSteps: Math.min(perTarget.maxSteps, left.steps) };
    const answer = computeAvailability(graph, id, figures, { defaultAvailability, limits, estimate: false });
    left.nodes -= answer.work?.nodes ?? 0;
    left.steps -= answer.work?.steps ?? 0;
    answers.set(id, answer);
  }
  // Still open: not reached, or gave up with every figure known (with one missing, sampling cannot help).
  const open = (id: string) => {
    const answer = answers.get(id);
    return !answer || (answer.method === 'ESTIMATE' && answer.unknownComponents.length === 0);
  };
  for (const id of [...byTarget.keys()].filter(open).sort(byPeople)) {
    if (left.estimates <= 0) break;
    const answer = computeAvailability(graph, id, figures, { defaultAvailability, method: 'ESTIMATE', samples });
    if (answer.samples !== null) left.estimates -= 1;
    const whyEstimate = answers.get(id)?.whyEstimate ?? "the question's budget was spent before the exact method reached it";
    answers.set(id, { ...answer, whyEstimate });
  }
  const entries = [...byTarget].flatMap(([id, list]) => list.map((promise) => entryOf(graph, promise, answers.get(id) ?? null)));
  return { ...rankAtRisk(entries), checked: entries.length, defaultAvailability };
}

function entryOf(graph: ImpactGraph, promise: AgreedPromise, answer: AvailabilityAnswer | null): AtRiskEntry {
  const gap = agreedGap(agreedLevelOfPercent(promise.level.percent, promise.level.period), answer?.availability ?? null, answer?.interval ?? null);
  let undecided: Undecided | null = null;
  if (!answer) undecided = 'BUDGET_SPENT';
  else if (answer.availability === null) undecided = answer.unknownComponents.length > 0 ? 'MISSING_FIGURES' : 'BUDGET_SPENT';
  else if (gap.met === null) undecided = 'INTERVAL_STRADDLES';
  return {
    subject: promise.subject,
    target: nodeRef(graph, promise.targetId),
    // A first attempt that gave up is no answer: the entry says the budget ran out, not ESTIMATE.
    answer: undecided === 'BUDGET_SPENT' ? null : answer,
    agreed: { ...gap, source: promise.level.sourceId },
    peopleAffected: promise.peopleAffected,
    // Levels carry a few digits (99.95): to 12 significant digits 8.76 h, not 8.760000000000009.
    allowedDowntimeHoursPerYear: Number(((1 - gap.availability) * HOURS_PER_YEAR).toPrecision(12)),
    undecided,
  };
}

/**
 * Splits checked levels into those missed for certain (met false) and those undecided (met null);
 * kept ones (met true) go. Both lists are ranked the same way: most people affected first, then the
 * widest shortfall (most negative gap; an unknown gap after every known one), then subject id, then
 * target id, so the order is total and the same on every run.
 */
export function rankAtRisk(entries: readonly AtRiskEntry[]): { atRisk: AtRiskEntry[]; undecided: AtRiskEntry[] } {
  const ranked = [...entries].sort(
    (a, b) =>
      b.peopleAffected - a.peopleAffected ||
      gapOrder(a.agreed.gap) - gapOrder(b.agreed.gap) ||
      compare(a.subject.id, b.subject.id) ||
      compare(a.target.id, b.target.id),
  );
  return {
    atRisk: ranked.filter((e) => e.undecided === null && e.agreed.met === false),
    undecided: ranked.filter((e) => e.undecided !== null),
  };
}

const gapOrder = (gap: number | null) => gap ?? Number.POSITIVE_INFINITY;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
