import { EntityLabel, EntityOf } from '../../domain/entities';
import { Resolvers } from '../generated/resolvers-types';
import { Context } from '../context';

/** An entity through the request's loader; null when the answer names none. */
function optional<L extends EntityLabel>(label: L, id: string | null, { services }: Context): Promise<EntityOf<L>> | null {
  return id === null ? null : services.entities.get(label, id);
}

/** The dependency graph and value chain queries, and the entity fields of their answers. */
export const graphResolvers: Resolvers = {
  Query: {
    dependencyGraph: (_parent, { root, direction, depth, collapseKinds, maxNodes }, { services }) =>
      services.graph.dependencyGraph({ root, direction, depth, collapseKinds, maxNodes }),
    serviceChain: (_parent, { id, direction, maxDepth }, { services }) => services.graph.serviceChain(id, direction, maxDepth),
  },
  DependencyNode: {
    node: (node, _args, { services }) => services.entities.get(node.kind, node.id),
  },
  ServiceChain: {
    organizations: (chain, _args, { services }) => Promise.all(chain.organizationIds.map((id) => services.entities.get('Organization', id))),
  },
  ValueChainLink: {
    provider: (link, _args, { services }) => services.entities.get('Organization', link.providerId),
    consumer: (link, _args, context) => optional('Organization', link.consumerId, context),
    consumerGroup: (link, _args, context) => optional('ConsumerGroup', link.consumerGroupId, context),
    service: (link, _args, context) => optional('Service', link.serviceId, context),
    offering: (link, _args, context) => optional('ServiceOffering', link.offeringId, context),
    relationship: (link, _args, context) => optional('ServiceRelationship', link.relationshipId, context),
  },
};
