import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { RequestLimits } from './requestLimits';
import { rewriteLimitError } from './rewriteLimitError';
import { variableCostError } from './variableCostError';

/**
 * The parts of the limits that need a request, not just a document:
 * - the cost measured again with the request's variables (variableCostError), since Apollo
 *   validates a document once for every request that sends it;
 * - every error rewritten for clients (rewriteLimitError): TOO_MANY_TOKENS, each rule's own code,
 *   no suggestions without introspection.
 */
export function limitPlugins(limits: RequestLimits): ApolloServerPlugin<BaseContext>[] {
  return [
    {
      async requestDidStart() {
        return {
          async didResolveOperation({ schema, document, operation, request }) {
            const refusal = variableCostError(schema, document, operation, request.variables, limits.maxCost);
            if (!refusal) return;
            // Thrown from a plugin, an error is a 500 unless it names its status.
            throw new GraphQLError(refusal.message, { nodes: refusal.nodes, extensions: { ...refusal.extensions, http: { status: 400 } } });
          },
          async didEncounterErrors({ errors }) {
            for (const error of errors) rewriteLimitError(error, limits);
          },
        };
      },
    },
  ];
}
