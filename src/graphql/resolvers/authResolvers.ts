import { Role as DomainRole } from '../../domain/identity';
import { Resolvers, Role } from '../generated/resolvers-types';

const toGraphQL = (role: DomainRole | null): Role | null => (role === null ? null : (role.toUpperCase() as Role));

/** Who is calling, and the API keys admins manage. */
export const authResolvers: Resolvers = {
  Query: {
    whoami: (_parent, _args, { identity }) => identity,
    apiKeys: (_parent, _args, { services }) => services.apiKeys.list(),
  },
  Mutation: {
    createApiKey: (_parent, { input }, { services }) =>
      services.apiKeys.create({ name: input.name, role: input.role.toLowerCase() as DomainRole, expiresInDays: input.expiresInDays }),
    revokeApiKey: (_parent, { id }, { services }) => services.apiKeys.revoke(id),
  },
  ApiKey: {
    role: (key) => toGraphQL(key.role) as Role,
  },
  Identity: {
    role: (identity) => toGraphQL(identity.role),
    via: (identity) => identity.via.replace('-', '_').toUpperCase(),
  },
};
