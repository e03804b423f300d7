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
  /** Where the level stands in its scope's candidate order (see candidateOrder), from 0. */
  position: number;
}

export interface AtRiskAnswer {
  /** Missed for certain (met false), ranked (see rankAtRisk). */
  atRisk: AtRiskEntry[];
  /** Neither kept nor missed for certain, in the same order: listed apart, never dropped. */
  undecided: AtRiskEntry[];
  /** Every level checked: at risk, undecided or kept. */
  checked: number;
  defaultAvailability: number | null;
  /** Levels in the scope asked about, before paging; this call checked those from offset on. */
  candidates: number;
  offset: number;
  /**
   * Where the next call should start to decide the rest: the first candidate this call left
   * BUDGET_SPENT, else the end of the page; null when every candidate from offset on was decided.
   */
  nextOffset: number | null;
  /** Candidates from nextOffset on: what is still to ask about (0 when nextOffset is null). */
  remaining: number;
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
  /** Where the promises given start in their scope's candidate order, and how many the scope holds; by default they are the whole scope. */
  offset?: number;
  candidates?: number;
}

/**
 * Which levels one question is about; null is any. provider: the organisation that offers the
 * target offering (OFFERED_BY; a contract is on its provider's offering). consumer: for a contract,
 * the organisation consuming under it (HAS_CONSUMER); for an offering, any organisation consuming it
 * through a contract. service: levels whose target offering includes the service.
 */
export interface AtRiskScope {
  provider: string | null;
  consumer: string | null;
  service: string | null;
}

/** The levels of a scope in candidate order, and the page of them one question checks. */
export interface CandidatePage {
  candidates: number;
  offset: number;
  page: AgreedPromise[];
}

/**
 * The order candidates are paged in, fixed before anything is computed: most people affected first
 * (the ranking's first key), then subject id, then target id. The ranking of the answer puts the
 * widest shortfall before the ids; paging cannot, since the gap is what a page computes.
 */
export function candidateOrder(a: AgreedPromise, b: AgreedPromise): number {
  return b.peopleAffected - a.peopleAffected || compare(a.subject.id, b.subject.id) || compare(a.targetId, b.targetId);
}

/** The promises in scope, in candidate order, and the `first` of them from `offset` on (all of them when first is null). */
export function candidatePage(topology: Topology, promises: readonly AgreedPromise[], scope: AtRiskScope, offset: number, first: number | null): CandidatePage {
  const includes = (targetId: string, serviceId: string) => topology.graph.needs(targetId).some((e) => e.type === 'INCLUDES' && e.to === serviceId);
  const consumes = (p: AgreedPromise, consumerId: string) =>
    p.level.relationshipId !== null && p.subject.kind === 'ServiceRelationship'
      ? p.level.consumerId === consumerId
      : (topology.consumers.get(p.targetId) ?? []).includes(consumerId);
  const inScope = promises
    .filter(
      (p) =>
        (scope.provider === null || topology.owners.get(p.targetId) === scope.provider) &&
        (scope.consumer === null || consumes(p, scope.consumer)) &&
        (scope.service === null || includes(p.targetId, scope.service)),
    )
    .sort(candidateOrder);
  return { candidates: inScope.length, offset, page: inScope.slice(offset, first === null ? undefined : offset + first) };
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
  // Promises in candidate order: a target's first place. Estimates go in that order, so the page's
  // first candidate is always decided and paging from nextOffset always moves on.
  const place = new Map([...byTarget.keys()].map((id, k) => [id, k]));
  const byPeople = (a: string, b: string) => people.get(b)! - people.get(a)! || place.get(a)! - place.get(b)!;
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
  const offset = options.offset ?? 0;
  const entries = promises.map((promise, k) => entryOf(graph, promise, answers.get(promise.targetId) ?? null, offset + k));
  const candidates = options.candidates ?? offset + promises.length;
  const spent = entries.filter((e) => e.undecided === 'BUDGET_SPENT').map((e) => e.position);
  const end = offset + promises.length;
  const nextOffset = spent.length > 0 ? Math.min(...spent) : end < candidates ? end : null;
  return { ...rankAtRisk(entries), checked: entries.length, defaultAvailability, candidates, offset, nextOffset, remaining: nextOffset === null ? 0 : candidates - nextOffset };
}

function entryOf(graph: ImpactGraph, promise: AgreedPromise, answer: AvailabilityAnswer | null, position: number): AtRiskEntry {
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
    position,
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
