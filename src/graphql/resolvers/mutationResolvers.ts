import { GraphQLFieldResolver } from 'graphql';
import { EntityLabel } from '../../domain/entities';
import { NotFoundError } from '../../domain/errors';
import { RelationshipChange } from '../../domain/mutations';
import { Context } from '../context';
import { Resolvers } from '../generated/resolvers-types';

const UPSERTS: Record<string, EntityLabel> = {
  upsertOrganization: 'Organization',
  upsertConsumerGroup: 'ConsumerGroup',
  upsertProduct: 'Product',
  upsertComponent: 'Component',
  upsertRedundancyGroup: 'RedundancyGroup',
  upsertService: 'Service',
  upsertServiceInterface: 'ServiceInterface',
  upsertServiceOffering: 'ServiceOffering',
  upsertServiceRelationship: 'ServiceRelationship',
  upsertServiceLevel: 'ServiceLevel',
  upsertCost: 'Cost',
  upsertRisk: 'Risk',
  upsertOutput: 'Output',
  upsertOutcome: 'Outcome',
  upsertNetwork: 'Network',
  upsertConnectivity: 'Connectivity',
};

type Resolver = GraphQLFieldResolver<unknown, Context, Record<string, unknown>>;

/** One upsert per label, all delegating to the mutation service. */
export function upsertResolvers(): Record<string, Resolver> {
  return Object.fromEntries(
    Object.entries(UPSERTS).map(([field, label]) => [
      field,
      ((_parent, args, { services }) =>
        services.mutations.upsert(label, args.input as { id: string }, args.expectedRevision as number | null)) as Resolver,
    ]),
  );
}

const endOf = (which: 'fromId' | 'toId'): GraphQLFieldResolver<RelationshipChange, Context> =>
  async (change, _args, { loaders }) => {
    const entity = await loaders.nodeById.load(change[which]);
    if (!entity) throw new NotFoundError(`No entity has the id "${change[which]}"`, { ids: [change[which]] });
    return entity;
  };

export const mutationResolvers: Resolvers = {
  Mutation: {
    deleteEntity: (_parent, { id, cascade, expectedRevision }, { services }) =>
      services.mutations.delete(id, cascade ?? false, expectedRevision),
    connect: (_parent, { input }, { services }) => services.mutations.connect(input),
    disconnect: (_parent, { input }, { services }) => services.mutations.disconnect(input),
  },
  Query: {
    changeHistory: (_parent, { id, first }, { services }) => services.changes(id ?? null, first ?? 100),
  },
  GraphChange: {
    from: (change) => change.fromId,
    to: (change) => change.toId,
    before: (change) => (change.before === null ? null : JSON.parse(change.before)),
    after: (change) => (change.after === null ? null : JSON.parse(change.after)),
  },
  RelationshipChange: {
    from: endOf('fromId') as never,
    to: endOf('toId') as never,
  },
};
