import { ApolloServerPlugin } from '@apollo/server';

/**
 * Every GraphQL answer is `cache-control: no-store`: answers follow live writes and are never
 * cacheable. Apollo's cache-control plugin said the same for a schema without cache hints, but ran
 * a hook on every field of every request to find that out; server.ts turns it off.
 */
export function noStorePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
