import { pageOfList } from '../../domain/connection';
import { checkRange } from '../../domain/validation/checkRange';
import { instantOf } from '../../services/topologyAt';
import { Component } from '../../domain/entities';
import { Resolvers } from '../generated/resolvers-types';
import { asksOnlyId } from './asksOnlyId';

const MAX_EXPOSURE_PAGE = 10_000;

/** Root causes, single points of failure and exposure: read arguments, call the analysis service. */
export const analysisResolvers: Resolvers = {
  Query: {
    rootCauses: (_parent, { symptoms, limit, maxEvaluations }, { services }) =>
      services.analysis.rootCauses(symptoms, limit ?? 10, maxEvaluations ?? 200),
    singlePointsOfFailure: (_parent, { target, maxSetSize, maxPairChecks }, { services }) =>
      services.analysis.singlePointsOfFailure(target, maxSetSize ?? 1, maxPairChecks ?? 50_000),
    exposure: (_parent, { target }, { services }) => services.analysis.exposure(target),
    recoveryPlan: (_parent, { down, site, at }, { services }) => services.analysis.recoveryPlan(down ?? null, site ?? null, instantOf(at)),
  },
  RecoveryPlan: {
    down: (plan) => plan.layers.reduce((sum, layer) => sum + layer.ids.length, 0) + plan.blocked.length,
    layers: (plan, { first }) => {
      checkRange('first', first ?? 100, 1, 10_000);
      return plan.layers.slice(0, first ?? 100);
    },
    layerCount: (plan) => plan.layers.length,
  },
  RecoveryLayer: {
    size: (layer) => layer.ids.length,
    nodes: (layer, _args, { loaders }) => Promise.all(layer.ids.map((id) => loaders.nodeById.load(id))).then((nodes) => nodes.filter((n) => n !== null)),
  },
  RootCause: {
    component: (cause, _args, { services }) => services.entities.get('Component', cause.componentId),
  },
  FailureSet: {
    // Thousands of sets at scale: asked only for ids, the engine's ids answer without reading the
    // components from Neo4j (80-200 ms per question at 100k, bench/RESULTS.md's SCRAM row).
    components: (set, _args, { services }, info) =>
      asksOnlyId(info) ? set.componentIds.map((id) => ({ id, label: 'Component' }) as Component) : Promise.all(set.componentIds.map((id) => services.entities.get('Component', id))),
  },
  Exposure: {
    entries: (view, { first, after }) => pageOfList(view.all, first, after, MAX_EXPOSURE_PAGE),
    organizations: (view, _args, { services }) => Promise.all(view.organizationIds.map((id) => services.entities.get('Organization', id))),
  },
};
