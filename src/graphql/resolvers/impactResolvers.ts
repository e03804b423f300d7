import { Resolvers } from '../generated/resolvers-types';

/** The impact query and the fields of its answer that need more than the report holds. */
export const impactResolvers: Resolvers = {
  Query: {
    impact: (_parent, { failures }, { services }) =>
      services.impact.impact(failures.map((f) => ({ id: f.id, state: f.state ?? 'DOWN' }))),
  },
  Impact: {
    nodes: (report, { kinds, states }) =>
      report.nodes.filter(
        (node) => (!kinds || kinds.includes(node.kind)) && (!states || states.includes(node.state)),
      ),
  },
  ImpactedNode: {
    node: async (impacted, _args, { services }) => services.entities.get(impacted.kind, impacted.id),
  },
  AffectedConsumerGroup: {
    consumerGroup: (group, _args, { services }) => services.entities.get('ConsumerGroup', group.consumerGroupId),
  },
  AffectedOrganization: {
    organization: (org, _args, { services }) => services.entities.get('Organization', org.organizationId),
  },
};
