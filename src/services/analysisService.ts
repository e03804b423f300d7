import { NotFoundError, ValidationError } from '../domain/errors';
import { checkRange } from '../domain/validation/checkRange';
import { ExposureView, RootCauseAnalysisView, SinglePointsOfFailureView } from '../domain/impact/answers';
import { exposure } from '../domain/impact/exposure';
import { nodeRef } from '../domain/impact/impactGraph';
import { rootCauses } from '../domain/impact/rootCauses';
import { singlePointsOfFailure } from '../domain/impact/singlePointsOfFailure';
import { RecoveryPlan, recoveryPlan } from '../domain/impact/recoveryPlan';
import { MAX_FAILURES } from './impactService';
import { EntityStore } from '../store/entityStore';
import { ImpactService } from './impactService';
import { TopologyCache } from './topologyCache';

/** A recovery plan with what was taken as failed. */
export type RecoveryPlanView = RecoveryPlan & { failed: string[] };

/** Architects' and on-call questions over the in-memory topology: root causes, SPOFs, exposure. */
export class AnalysisService {
  constructor(
    private readonly entities: EntityStore,
    private readonly topology: TopologyCache,
    private readonly impact: ImpactService,
  ) {}

  async rootCauses(symptoms: string[], limit: number, maxEvaluations: number): Promise<RootCauseAnalysisView> {
    if (symptoms.length === 0 || symptoms.length > 200) throw new ValidationError('Name between 1 and 200 symptoms');
    checkRange('limit', limit, 1, 100);
    checkRange('maxEvaluations', maxEvaluations, 1, 10000);
    const topology = await this.topology.get();
    const ids = [...new Set(symptoms)];
    await this.impact.checkNodes(topology, ids);
    const analysis = rootCauses(topology, ids, limit, maxEvaluations);
    const ref = (id: string) => nodeRef(topology.graph, id);
    return {
      candidates: analysis.candidates,
      truncated: analysis.truncated,
      causes: analysis.causes.map((cause) => ({
        componentId: cause.componentId,
        distance: cause.distance,
        explains: cause.explains.map(ref),
        partiallyExplains: cause.partiallyExplains.map(ref),
        leavesUnexplained: cause.leavesUnexplained.map(ref),
        wronglyPredicts: cause.wronglyPredicts.map(ref),
      })),
    };
  }

  async singlePointsOfFailure(target: string, maxSetSize: number, maxPairChecks: number): Promise<SinglePointsOfFailureView> {
    if (maxSetSize !== 1 && maxSetSize !== 2) throw new ValidationError(`maxSetSize must be 1 or 2, got ${maxSetSize}`);
    checkRange('maxPairChecks', maxPairChecks, 0, 1_000_000);
    const topology = await this.topology.get();
    await this.impact.checkNodes(topology, [target]);
    const answer = singlePointsOfFailure(topology, target, maxSetSize, maxPairChecks);
    return { ...answer, target: nodeRef(topology.graph, target) };
  }

  /** The recovery plan after the given failures, or after a site's components fail. */
  async recoveryPlan(down: readonly string[] | null, site: string | null, at: string | null): Promise<RecoveryPlanView> {
    if ((down === null) === (site === null)) throw new ValidationError('Name either down (ids) or a site, not both');
    const failed = down ? [...new Set(down)] : await this.entities.componentsAt(site!);
    if (failed.length === 0) throw new ValidationError(down ? 'Name at least one failed id' : `No component has the location "${site}"`);
    if (down && failed.length > MAX_FAILURES) throw new ValidationError(`At most ${MAX_FAILURES} failures per question, got ${failed.length}`);
    const topology = await this.impact.topologyAt(at);
    if (down) await this.impact.checkNodes(topology, failed);
    return { ...recoveryPlan(topology.graph, failed), failed };
  }

  /** A target is a node with a state, or an organisation (everything it provides). */
  async exposure(target: string): Promise<ExposureView> {
    const topology = await this.topology.get();
    let targets = [target];
    if (!topology.graph.nodes.has(target)) {
      const [entity] = (await this.entities.byIds([target])).values();
      if (!entity) throw new NotFoundError(`No entity has the id "${target}"`, { ids: [target] });
      if (entity.label !== 'Organization') {
        throw new ValidationError(`exposure takes a component, group, service, interface, offering or organisation; "${target}" is a ${entity.label}`);
      }
      targets = [...topology.providers.entries()].filter(([, orgs]) => orgs.includes(target)).map(([service]) => service);
    }
    // Exact single points are computed only if asked for (zeroMargin, singlePointOfFailure).
    let singles: Set<string> | null = null;
    const singlePoints = (): Set<string> =>
      (singles ??= new Set(targets.flatMap((t) => singlePointsOfFailure(topology, t, 1, 0).sets.map((set) => set.componentIds[0]))));
    const entries = exposure(topology.graph, targets).map(({ id, ...rest }) => ({
      ...rest,
      node: nodeRef(topology.graph, id),
      singlePointOfFailure: () => singlePoints().has(id),
    }));
    const organizationIds = [...new Set(entries.map((e) => topology.owners.get(e.node.id)).filter((o): o is string => !!o))].sort();
    const targetRef = topology.graph.nodes.has(target) ? nodeRef(topology.graph, target) : { id: target, kind: 'Organization', name: target };
    return {
      target: targetRef,
      all: entries,
      zeroMargin: () => entries.filter((e) => e.groupMargin === 0 || singlePoints().has(e.node.id)),
      organizationIds,
    };
  }
}
