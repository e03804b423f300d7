import { Resolvers } from '../generated/resolvers-types';

/** Fields that reshape a stored entity: the Node interface, dependencies, utility and warranty. */
export const entityResolvers: Resolvers = {
  Query: {
    node: (_parent, { id }, { loaders }) => loaders.nodeById.load(id),
    search: (_parent, { text, first }, { services }) => services.entities.search(text, first),
  },
  Node: {
    __resolveType: (entity) => entity.label,
  },
  Dependency: {
    strength: (neighbour) => (neighbour.relationship.strength === 'SOFT' ? 'SOFT' : 'HARD'),
    node: (neighbour) => neighbour.node,
  },
  Service: {
    utility: (service) => service,
    warranty: (service) => service,
    components: (service, _args, { loaders }) => loaders.componentsByService.load(service.id),
  },
  Warranty: {
    availability: (service) => service.availabilityTarget,
    capacity: (service) => service.capacityTarget,
    security: (service) => service.securityTarget,
    continuity: (service) => service.continuityTarget,
  },
};
