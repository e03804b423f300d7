import { GraphQLFieldResolver } from 'graphql';
import { EntityLabel } from '../../domain/entities';
import { ListFilter } from '../../services/entityService';
import { Context } from '../context';
import { requestedRelations } from './requestedRelations';

/** Query fields that read one entity by id, by the label they return. */
const BY_ID: Record<string, EntityLabel> = {
  organization: 'Organization',
  consumerGroup: 'ConsumerGroup',
  product: 'Product',
  component: 'Component',
  redundancyGroup: 'RedundancyGroup',
  service: 'Service',
  serviceInterface: 'ServiceInterface',
  serviceOffering: 'ServiceOffering',
  serviceRelationship: 'ServiceRelationship',
  serviceLevel: 'ServiceLevel',
  cost: 'Cost',
  risk: 'Risk',
  output: 'Output',
  outcome: 'Outcome',
  network: 'Network',
  connectivity: 'Connectivity',
};

/** Query fields that list one label as a connection. */
const LISTS: Record<string, EntityLabel> = {
  organizations: 'Organization',
  consumerGroups: 'ConsumerGroup',
  products: 'Product',
  components: 'Component',
  redundancyGroups: 'RedundancyGroup',
  services: 'Service',
  serviceInterfaces: 'ServiceInterface',
  serviceOfferings: 'ServiceOffering',
  serviceRelationships: 'ServiceRelationship',
  serviceLevels: 'ServiceLevel',
  costs: 'Cost',
  risks: 'Risk',
  outputs: 'Output',
  outcomes: 'Outcome',
  networks: 'Network',
  connectivities: 'Connectivity',
};

type Resolver = GraphQLFieldResolver<unknown, Context, Record<string, unknown>>;

interface ListArgs {
  filter?: ListFilter | null;
  first?: number | null;
  after?: string | null;
}

export function entityQueryResolvers(): Record<string, Resolver> {
  const resolvers: Record<string, Resolver> = {};
  for (const [field, label] of Object.entries(BY_ID)) {
    // The relation fields asked of the entity come with it in one statement.
    resolvers[field] = (_parent, args, { services }, info) => services.entities.get(label, String(args.id), requestedRelations(info, label));
  }
  for (const [field, label] of Object.entries(LISTS)) {
    resolvers[field] = (_parent, args, { services }) => {
      const { filter, first, after } = args as ListArgs;
      return services.entities.list(label, filter, first, after);
    };
  }
  return resolvers;
}
