import { ApolloServerPlugin } from '@apollo/server';

/**
 * GraphQL over HTTP: an answer with no data because the database is down is a 503 with Retry-After
 * (load balancers and clients retry it), not a 200 that looks like success.
 */
export function httpStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined && data !== null) return;
          if (!errors?.some((e) => e.extensions?.code === 'DATABASE_UNAVAILABLE')) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', '5');
        },
      };
    },
  };
}
