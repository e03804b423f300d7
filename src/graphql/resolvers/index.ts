import { GraphQLScalarType } from 'graphql';
import { Resolvers } from '../generated/resolvers-types';
import { analysisResolvers } from './analysisResolvers';
import { authResolvers } from './authResolvers';
import { availabilityResolvers } from './availabilityResolvers';
import { importResolvers } from './importResolvers';
import { statusResolvers } from './statusResolvers';
import { eventResolvers } from './eventResolvers';
import { mutationResolvers, upsertResolvers } from './mutationResolvers';
import { entityQueryResolvers } from './queryFields';
import { entityResolvers } from './entityResolvers';
import { graphResolvers } from './graphResolvers';
import { impactResolvers } from './impactResolvers';
import { networkResolvers } from './networkResolvers';
import { relationResolvers } from './relationFields';

/** All resolvers, merged type by type. */
export function buildResolvers(): Resolvers {
  const parts: Record<string, Record<string, unknown>>[] = [
    { Query: entityQueryResolvers() },
    { Mutation: upsertResolvers() },
    mutationResolvers as Record<string, Record<string, unknown>>,
    importResolvers as Record<string, Record<string, unknown>>,
    statusResolvers as Record<string, Record<string, unknown>>,
    eventResolvers as Record<string, Record<string, unknown>>,
    relationResolvers(),
    entityResolvers as Record<string, Record<string, unknown>>,
    impactResolvers as Record<string, Record<string, unknown>>,
    analysisResolvers as Record<string, Record<string, unknown>>,
    availabilityResolvers as Record<string, Record<string, unknown>>,
    graphResolvers as Record<string, Record<string, unknown>>,
    networkResolvers as Record<string, Record<string, unknown>>,
    authResolvers as Record<string, Record<string, unknown>>,
  ];
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [typeName, fields] of Object.entries(part)) {
      // Scalars are GraphQLScalarType instances: spreading them would drop their prototype.
      merged[typeName] = fields instanceof GraphQLScalarType ? fields : { ...merged[typeName], ...fields };
    }
  }
  return merged as Resolvers;
}
