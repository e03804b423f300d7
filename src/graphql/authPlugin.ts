import { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { DocumentNode, GraphQLError } from 'graphql';
import { Role } from '../domain/identity';
import { authorize } from '../auth/authorize';
import { requiredRole } from '../auth/requiredRole';
import { CascadeError } from '../domain/errors';
import { Context } from './context';

/**
 * Refuses an operation the caller's role may not run, after the document is validated and before
 * anything executes (so a refused mutation writes nothing), with 401 or 403 as the HTTP status.
 */
export function authPlugin(anonymousRead: boolean): ApolloServerPlugin<Context> {
  // Apollo hands every request that sends the same text the same parsed document (its document
  // store), and one schema serves them all: the role is worked out once per document and operation.
  const roles = new WeakMap<DocumentNode, Map<string, Role>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, contextValue }) {
          let byOperation = roles.get(document);
          if (!byOperation) roles.set(document, (byOperation = new Map()));
          let role = byOperation.get(operationName ?? '');
          if (role === undefined) byOperation.set(operationName ?? '', (role = requiredRole(schema, document, operationName)));
          try {
            authorize(contextValue.identity, role, anonymousRead);
          } catch (error) {
            throw asHttpError(error);
          }
        },
      };
    },
  };
}

function asHttpError(error: unknown): unknown {
  if (!(error instanceof CascadeError)) return error;
  const status = error.code === 'UNAUTHENTICATED' ? 401 : 403;
  const headers = new HeaderMap(status === 401 ? [['www-authenticate', 'Bearer']] : []);
  return new GraphQLError(error.message, { originalError: error, extensions: { code: error.code, ...error.details, http: { status, headers } } });
}
