import { leadingItems, pageOfList } from '../../domain/connection';
import { NotFoundError } from '../../domain/errors';
import { instantOf } from '../../services/topologyAt';
import { Resolvers } from '../generated/resolvers-types';

/** Impact answers are computed in memory; a page of nodes may hold up to this many. */
const MAX_IMPACT_PAGE = 10_000;

/** The impact query and the fields of its answer that need more than the report holds. */
export const impactResolvers: Resolvers = {
  Query: {
    impact: (_parent, { failures, at }, { services }) =>
      services.impact.impact(
        failures.map((f) => ({ id: f.id, state: f.state ?? 'DOWN' })),
        instantOf(at),
      ),
  },
  Impact: {
    nodes: (report, { kinds, states, first, after }) =>
      pageOfList(
        report.nodes().filter((node) => (!kinds || kinds.includes(node.kind)) && (!states || states.includes(node.state))),
        first,
        after,
        MAX_IMPACT_PAGE,
      ),
    failures: (report) => report.failures(),
    redundancyVerdicts: (report) => report.redundancyVerdicts(),
    cyclicSupport: (report) => report.cyclicSupport(),
  },
  CyclicSupport: {
    nodes: (support, { first }) => leadingItems(support.nodes, first),
    nodeCount: (support) => support.nodeCount,
  },
  ImpactedNode: {
    node: (impacted, _args, { services }) => services.entities.get(impacted.kind, impacted.id),
    chain: (impacted) => impacted.chain(),
    verdicts: (impacted) => impacted.verdicts(),
  },
  AffectedConsumerGroup: {
    consumerGroup: (group, _args, { services }) => services.entities.get('ConsumerGroup', group.consumerGroupId),
    chain: (group) => group.chain(),
  },
  AffectedOrganization: {
    organization: (org, _args, { services }) => services.entities.get('Organization', org.organizationId),
  },
  RedundancyVerdict: {
    group: (verdict, _args, { services }) => services.entities.get('RedundancyGroup', verdict.groupId),
  },
  NodeRef: {
    node: async (ref, _args, { loaders }) => {
      const entity = await loaders.nodeById.load(ref.id);
      if (!entity) throw new NotFoundError(`No entity has the id "${ref.id}"`, { ids: [ref.id] });
      return entity;
    },
  },
};
