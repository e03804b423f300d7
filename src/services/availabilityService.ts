import { AgreedGap, agreedLevelOfPercent } from '../domain/availability/agreedGap';
import { AvailabilityFigure, FigureSource } from '../domain/availability/availabilityFigure';
import { AtRiskAnswer, AtRiskBudget, AtRiskScope, agreedPromises, candidatePage, checkPromises } from '../domain/availability/atRisk';
import { AvailabilityAnswer, AvailabilityLimits, AvailabilityOptions, checkDefaultAvailability, computeAvailability } from '../domain/availability/computeAvailability';
import { consumerAccess, strictestLevel, withAccessNode } from '../domain/availability/consumerAccess';
import { Contributor } from '../domain/availability/contributors';
import { StructureChange, availabilityWhatIf, mentionedIds } from '../domain/availability/whatIf';
import { InvalidInputError, Problem, ValidationError } from '../domain/errors';
import { checkRange } from '../domain/validation/checkRange';
import { ImpactGraph, NodeRef, nodeRef } from '../domain/impact/impactGraph';
import { AvailabilityStore } from '../store/availabilityStore';
import { ImpactService } from './impactService';

/**
 * An API call's budget: a fiftieth of the engine's default (a tenth of the 2M nodes it was when one
 * large target took 11 s to reach that), and an estimate of 10,000 samples past it. Tried by hand on bench/syntheticWorld.ts: the worst of
 * 45 targets took 1.0 s on the 2k estate and 2.0 s on the 20k one (both ESTIMATE), with intervals
 * about ±0.05 % wide; an agreed 99.95 % is often inside one, and then `met` is null.
 */
export const API_LIMITS: AvailabilityLimits = { maxNodes: 200_000, maxSteps: 1_000_000, maxExpansions: 20_000, maxPaths: 1_000 };
export const API_SAMPLES = 10_000;
/** Most hypothetical changes one question may carry. */
export const MAX_CHANGES = 100;
/**
 * atRisk's budget over all its targets: five times the exact allowance of one availability question
 * (diagrams run at about 1.7 us a node on the 2k synthetic estate: 171k nodes in 0.29 s, so 1M nodes
 * is about 1.7 s) and two estimates (each at most one availability question's); the whole question
 * stays within about four availability questions' time, as Query.atRisk's weight says. The example
 * world needs a small part of it; on a large estate what is past it is BUDGET_SPENT, fewest people last.
 */
export const AT_RISK_BUDGET: AtRiskBudget = { nodes: 5 * API_LIMITS.maxNodes, steps: 5 * API_LIMITS.maxSteps, estimates: 2 };
/** Most candidates one atRisk page may name (first); the budget, not this, bounds the work. */
export const MAX_AT_RISK_PAGE = 10_000;

export interface AvailabilityView {
  answer: AvailabilityAnswer;
  target: NodeRef;
  /** With what-if changes: the availability without them. */
  availabilityBefore: number | null;
  /** The entity that states the agreed level, when there is one. */
  agreedSource: string | null;
  /** Names of the nodes the answer mentions (hypothetical components are named by their id). */
  graph: ImpactGraph;
}

/** An agreed level's gap, with the entity that states the level. */
export type AgreedView = AgreedGap & { source: string };
/** A contributor, with its component named. */
export type ContributorView = Contributor & { component: NodeRef };

export interface FigureInput {
  availability?: number | null;
  mtbfHours?: number | null;
  mttrHours?: number | null;
  source?: FigureSource | null;
}

export interface ChangeInput {
  kind: StructureChange['kind'];
  componentId?: string | null;
  standbyId?: string | null;
  groupId?: string | null;
  likeMember?: string | null;
  minUp?: number | null;
  minUpPercent?: number | null;
  figure?: FigureInput | null;
  needs?: readonly string[] | null;
  neededBy?: readonly string[] | null;
}

/** The availability use case: the live topology, the components' figures, the agreed level, the engine. */
export class AvailabilityService {
  constructor(
    private readonly store: AvailabilityStore,
    private readonly impact: ImpactService,
  ) {}

  async availability(targetId: string, defaultAvailability: number | null, whatIf: readonly ChangeInput[] | null): Promise<AvailabilityView> {
    if (whatIf && whatIf.length > MAX_CHANGES) throw new ValidationError(`At most ${MAX_CHANGES} what-if changes per question, got ${whatIf.length}`);
    const changes = (whatIf ?? []).map(toStructureChange);
    const topology = await this.impact.topologyAt(null);
    // A consumer group is no node of the graph: its access is answered on a copy with one node added.
    const access = topology.graph.nodes.has(targetId) ? null : consumerAccess(topology.targets, targetId);
    if (!access) await this.impact.checkNodes(topology, [targetId]);
    const existing = changes.flatMap(mentionedIds).filter((id) => topology.graph.nodes.has(id));
    const graph = access ? withAccessNode(topology.graph, access, existing) : topology.graph;

    const componentIds = [...graph.upstream([targetId, ...existing]).keys()].filter((id) => graph.nodes.get(id)?.kind === 'Component');
    const agreedIds = access ? access.offeringIds : [targetId];
    const [figures, agreed] = await Promise.all([this.store.figuresOf(componentIds), this.store.agreedFor(agreedIds)]);
    const level = access ? strictestLevel(agreed, agreedIds) : (agreed.get(targetId)?.[0] ?? null);
    const options: AvailabilityOptions = {
      defaultAvailability,
      agreed: level ? agreedLevelOfPercent(level.percent, level.period) : null,
      limits: API_LIMITS,
      samples: API_SAMPLES,
    };
    const target = access ? { id: targetId, kind: 'ConsumerGroup', name: access.name } : nodeRef(graph, targetId);
    const common = { target, agreedSource: level?.sourceId ?? null, graph };
    if (changes.length === 0) return { ...common, answer: computeAvailability(graph, targetId, figures, options), availabilityBefore: null };
    const { before, after } = availabilityWhatIf(graph, targetId, figures as ReadonlyMap<string, AvailabilityFigure>, changes, options);
    return { ...common, answer: after, availabilityBefore: before.availability };
  }

  /**
   * Every agreed availability level of an offering or a service relationship in scope, checked
   * against the structure: those missed, and those undecided, ranked by people affected (see
   * atRisk.ts). The levels of every offering are read and counted (people, candidate order), then
   * only the page's targets are computed, so repeated calls from nextOffset decide a whole scope
   * one budget at a time. A service in scope must exist; an organisation that offers or consumes
   * nothing gives an empty scope.
   */
  async atRisk(defaultAvailability: number | null, scope: AtRiskScope, offset: number, first: number | null): Promise<AtRiskAnswer> {
    checkDefaultAvailability(defaultAvailability);
    checkRange('offset', offset, 0, Number.MAX_SAFE_INTEGER);
    if (first !== null) checkRange('first', first, 1, MAX_AT_RISK_PAGE);
    const topology = await this.impact.topologyAt(null);
    if (scope.service !== null) await this.impact.checkNodes(topology, [scope.service]);
    const { graph } = topology;
    const offerings = [...graph.nodes.values()].filter((n) => n.kind === 'ServiceOffering').map((n) => n.id);
    const promises = agreedPromises(topology, await this.store.agreedFor(offerings));
    const { candidates, page } = candidatePage(topology, promises, scope, offset, first);
    const targets = [...new Set(page.map((p) => p.targetId))];
    const componentIds = [...graph.upstream(targets).keys()].filter((id) => graph.nodes.get(id)?.kind === 'Component');
    const figures = await this.store.figuresOf(componentIds);
    return checkPromises(graph, page, figures, { defaultAvailability, perTarget: API_LIMITS, budget: AT_RISK_BUDGET, samples: API_SAMPLES, offset, candidates });
  }
}

/** A what-if change as given, checked for the fields its kind needs. */
function toStructureChange(input: ChangeInput, k: number): StructureChange {
  const problems: Problem[] = [];
  const need = <T>(field: keyof ChangeInput, value: T | null | undefined): T => {
    if (value === null || value === undefined) problems.push({ path: `whatIf[${k}].${field}`, message: `is needed for ${input.kind}` });
    return value as T;
  };
  const figure = (f: FigureInput | null | undefined): AvailabilityFigure => ({ ...f });
  let change: StructureChange;
  switch (input.kind) {
    case 'ADD_STANDBY':
      change = { kind: input.kind, componentId: need('componentId', input.componentId), standbyId: need('standbyId', input.standbyId), figure: input.figure ? figure(input.figure) : null };
      break;
    case 'ADD_MEMBER':
      change = {
        kind: input.kind,
        groupId: need('groupId', input.groupId),
        componentId: need('componentId', input.componentId),
        figure: figure(need('figure', input.figure)),
        likeMember: input.likeMember ?? null,
      };
      break;
    case 'SET_REQUIRED':
      change = { kind: input.kind, groupId: need('groupId', input.groupId), minUp: input.minUp ?? null, minUpPercent: input.minUpPercent ?? null };
      break;
    case 'ADD_COMPONENT':
      change = {
        kind: input.kind,
        componentId: need('componentId', input.componentId),
        figure: figure(need('figure', input.figure)),
        needs: (input.needs ?? []).map((id) => ({ id })),
        neededBy: (input.neededBy ?? []).map((id) => ({ id })),
      };
      break;
    case 'SET_FIGURE':
      change = { kind: input.kind, componentId: need('componentId', input.componentId), figure: figure(need('figure', input.figure)) };
      break;
  }
  if (problems.length > 0) throw new InvalidInputError(problems);
  return change;
}
