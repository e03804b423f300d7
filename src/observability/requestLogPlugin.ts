import type { ApolloServerPlugin, BaseContext, GraphQLResponse } from '@apollo/server';
import { DocumentNode, GraphQLFormattedError, getOperationAST } from 'graphql';
import { performance } from 'node:perf_hooks';
import { Logger } from './logger';
import { Metrics } from './metrics';

/** What the plugin reads from the GraphQL context; the app's context carries both. */
export interface ObservedContext extends BaseContext {
  requestId?: string;
  identity?: { subject: string; via?: string };
}

/**
 * Codes that refuse a request even when they are raised while it executes (a field the caller may
 * not read, a limit met mid-way). Any error raised before execution is a refusal whatever its code.
 */
const REFUSED_WHILE_EXECUTING = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED', 'TOO_MANY_REQUESTS']);

/**
 * One info line per GraphQL request (request id, operation, who, duration, outcome) and the request
 * metrics. Outcomes are the codes the client was sent (after formatError), 'ok' when there were none.
 * Variables and the document are never logged: they may hold secrets. At debug, the operation name
 * and the document's length are logged when the request arrives.
 */
export function requestLogPlugin<TContext extends ObservedContext>(logger: Logger, metrics: Metrics): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      const started = performance.now();
      logger.debug(
        { requestId: contextValue.requestId, operation: shortName(request.operationName), documentLength: request.query?.length ?? 0 },
        'GraphQL request received',
      );
      return {
        async willSendResponse({ response, operationName, document }) {
          const ms = performance.now() - started;
          const { codes, refused } = outcomeOf(response);
          const outcome = codes[0] ?? 'ok';
          const operation = operationName ?? namedIn(document, request.operationName) ?? request.operationName;
          metrics.observeRequest(operation, outcome, ms / 1000);
          for (const code of new Set(codes)) {
            if (refused || REFUSED_WHILE_EXECUTING.has(code)) metrics.refused(code);
          }
          logger.info(
            {
              requestId: contextValue.requestId,
              operation: shortName(operation) ?? 'anonymous',
              subject: contextValue.identity?.subject,
              via: contextValue.identity?.via,
              durationMs: Math.round(ms * 10) / 10,
              outcome,
              ...(codes.length > 0 ? { errors: [...new Set(codes)] } : {}),
              status: response.http.status ?? 200,
            },
            'GraphQL request',
          );
        },
      };
    },
  };
}

/**
 * The codes of the errors sent, in order, and whether the request was refused outright: errors and
 * no `data` at all, which is how GraphQL answers an error raised before execution begins.
 */
function outcomeOf(response: GraphQLResponse): { codes: string[]; refused: boolean } {
  const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
  const errors: readonly GraphQLFormattedError[] = result.errors ?? [];
  const codes = errors.map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR'));
  return { codes, refused: errors.length > 0 && result.data === undefined };
}

/** The operation's name in a document that parsed but did not validate (Apollo names only valid ones). */
function namedIn(document: DocumentNode | undefined, requested: string | null | undefined): string | undefined {
  return document ? getOperationAST(document, requested)?.name?.value : undefined;
}

/** A client-chosen operation name, cut short for the log line. */
function shortName(name: string | null | undefined): string | undefined {
  return name ? name.slice(0, 100) : undefined;
}
