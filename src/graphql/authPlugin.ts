import { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { authorize } from '../auth/authorize';
import { requiredRole } from '../auth/requiredRole';
import { CascadeError } from '../domain/errors';
import { Context } from './context';

/**
 * Refuses an operation the caller's role may not run, after the document is validated and before
 * anything executes (so a refused mutation writes nothing), with 401 or 403 as the HTTP status.
 */
export function authPlugin(anonymousRead: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, contextValue }) {
          try {
            authorize(contextValue.identity, requiredRole(schema, document, operationName), anonymousRead);
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
