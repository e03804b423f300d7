import { agreedPeriodOf } from '../../domain/availability/agreedPeriod';
import { Resolvers } from '../generated/resolvers-types';

/** Fields that reshape a stored entity: the Node interface, dependencies, utility, warranty and agreed periods. */
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
    availabilityPeriod: (service) => agreedPeriodOf(service.availabilityTargetPeriod),
    capacity: (service) => service.capacityTarget,
    security: (service) => service.securityTarget,
    continuity: (service) => service.continuityTarget,
  },
  // A stored value outside the vocabulary (written to Neo4j by hand) reads as no period rather than failing the answer.
  ServiceLevel: {
    period: (level) => agreedPeriodOf(level.period),
  },
};
