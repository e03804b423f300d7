import { GraphQLError, GraphQLSchema, getOperationAST, parse, specifiedRules, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { Server } from 'node:http';
import { WebSocketServer } from 'ws';
import { Authenticator } from '../auth/authenticator';
import { authorize } from '../auth/authorize';
import { requiredRole } from '../auth/requiredRole';
import { SecurityConfig } from '../auth/securityConfig';
import { CascadeError } from '../domain/errors';
import { ANONYMOUS, Identity } from '../domain/identity';
import { originAllowed } from '../http/origins';
import { Stores } from '../services/createServices';
import { createContext } from './context';
import { Logger } from '../observability/logger';
import { formatError } from './formatError';
import { RequestLimits, limitParseOptions, limitValidationRules, rewriteLimitError, variableCostError } from './limits/requestLimits';

export interface SubscriptionServerOptions {
  schema: GraphQLSchema;
  stores: Stores;
  authenticator: Authenticator;
  security: SecurityConfig;
  limits: RequestLimits;
  logger: Logger;
  /** Told when a subscription starts (+1) or ends (-1), and of each refusal by its code. */
  onSubscriptions?: (delta: number) => void;
  onRefused?: (code: string) => void;
}

interface ConnectionState {
  identity: Identity;
  active: Set<string>;
}

/**
 * graphql-ws on the HTTP server's /graphql path, held to the same rules as HTTP: Origin allow-list,
 * the bearer token in connectionParams.authorization, the same limits and role checks per
 * operation, and caps on subscriptions per connection and per process (one status change fans out
 * to every subscriber, so their number is a cost like any other).
 */
export function attachSubscriptionServer(server: Server, options: SubscriptionServerOptions): () => Promise<void> {
  const { schema, stores, authenticator, security, limits, onSubscriptions = () => undefined, onRefused = () => undefined } = options;
  const format = formatError(options.logger);
  const states = new WeakMap<object, ConnectionState>();
  let total = 0;
  const wss = new WebSocketServer({
    server,
    path: '/graphql',
    maxPayload: security.maxBodyBytes,
    verifyClient: ({ origin, req }: { origin?: string; req: { headers: { host?: string } } }) => {
      const ok = originAllowed(origin || undefined, req.headers.host, security.allowedOrigins);
      if (!ok) onRefused('ORIGIN_NOT_ALLOWED');
      return ok;
    },
  });
  const refuse = (code: string, message: string) => {
    onRefused(code);
    return [new GraphQLError(message, { extensions: { code } })];
  };
  const end = (state: ConnectionState, id: string) => {
    if (!state.active.delete(id)) return;
    total -= 1;
    onSubscriptions(-1);
  };
  const cleanup = useServer(
    {
      schema,
      onConnect: async (ctx) => {
        try {
          const identity = await authenticator.authenticate(ctx.connectionParams?.authorization);
          states.set(ctx.extra, { identity, active: new Set() });
          return true;
        } catch (error) {
          const code = error instanceof CascadeError ? error.code : 'INTERNAL_SERVER_ERROR';
          onRefused(code);
          // 4401: the credential in connectionParams.authorization was refused (graphql-ws would say 4403).
          ctx.extra.socket.close(4401, code === 'UNAUTHENTICATED' ? 'Unauthorized' : 'Unavailable');
          return false;
        }
      },
      onSubscribe: (ctx, id, payload) => {
        const state = states.get(ctx.extra) ?? { identity: ANONYMOUS, active: new Set<string>() };
        if (state.active.size >= security.maxSubscriptionsPerConnection) {
          return refuse('TOO_MANY_SUBSCRIPTIONS', `This connection has ${state.active.size} operations running, the limit (CASCADE_MAX_SUBSCRIPTIONS_PER_CONNECTION)`);
        }
        if (total >= security.maxSubscriptions) {
          return refuse('TOO_MANY_SUBSCRIPTIONS', `The server has ${total} subscriptions running, its limit (CASCADE_MAX_SUBSCRIPTIONS); try again later`);
        }
        let document;
        try {
          document = parse(payload.query, limitParseOptions(limits));
        } catch (error) {
          const refused = rewriteLimitError(error as GraphQLError, limits);
          onRefused(String(refused.extensions?.code ?? 'GRAPHQL_PARSE_FAILED'));
          return [refused];
        }
        const errors = validate(schema, document, [...specifiedRules, ...limitValidationRules(limits)]);
        if (errors.length > 0) {
          const refused = errors.map((e) => rewriteLimitError(e, limits));
          for (const e of refused) onRefused(String(e.extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED'));
          return refused;
        }
        const costly = variableCostError(schema, document, getOperationAST(document, payload.operationName), payload.variables, limits.maxCost);
        if (costly) {
          onRefused(String(costly.extensions?.code));
          return [costly];
        }
        try {
          authorize(state.identity, requiredRole(schema, document, payload.operationName), security.anonymousRead);
        } catch (error) {
          const e = error as CascadeError;
          return refuse(e.code, e.message);
        }
        state.active.add(id);
        total += 1;
        onSubscriptions(1);
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables ?? undefined,
          // One context per operation: its services and loaders live as long as the subscription.
          contextValue: createContext(stores, state.identity, `ws:${id}`),
        };
      },
      onComplete: (ctx, id) => {
        const state = states.get(ctx.extra);
        if (state) end(state, id);
      },
      onClose: (ctx) => {
        const state = states.get(ctx.extra);
        if (state) for (const id of [...state.active]) end(state, id);
      },
      // The same masking as over HTTP: no stack trace or driver message reaches a client.
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((e) => format(e.toJSON(), e) as GraphQLError) } : result,
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => format(e.toJSON(), e) as GraphQLError),
    },
    wss,
  );
  return async () => {
    await cleanup.dispose();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  };
}
