import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { makeExecutableSchema } from '@graphql-tools/schema';
import express, { Express } from 'express';
import { Server } from 'node:http';
import { Authenticator } from './auth/authenticator';
import { JwtVerifier } from './auth/jwtVerifier';
import { SecurityConfig, readSecurityConfig } from './auth/securityConfig';
import { Identity } from './domain/identity';
import { Context, createContext } from './graphql/context';
import { authPlugin } from './graphql/authPlugin';
import { formatError } from './graphql/formatError';
import { httpStatusPlugin } from './graphql/httpStatusPlugin';
import { noStorePlugin } from './graphql/noStorePlugin';
import { RequestLimits, limitParseOptions, limitPlugins, limitValidationRules, readRequestLimits } from './graphql/limits/requestLimits';
import { buildResolvers } from './graphql/resolvers';
import { attachSubscriptionServer } from './graphql/subscriptionServer';
import { loadTypeDefs } from './graphql/typeDefs';
import { authenticate, requireViewer } from './http/authenticate';
import { errorHandler, notFound } from './http/errorHandlers';
import { eventRoutes } from './http/eventRoutes';
import { healthRoutes } from './http/healthRoutes';
import { originPolicy } from './http/origins';
import { rateLimit } from './http/rateLimit';
import { webRoutes } from './http/webRoutes';
import { Gateway } from './neo4j/gateway';
import { withSessionBudget } from './neo4j/sessionLimiter';
import { Logger } from './observability/logger';
import { Metrics } from './observability/metrics';
import { requestId, requestIdOf } from './observability/requestId';
import { requestLogPlugin } from './observability/requestLogPlugin';
import { ApiKeyStore } from './store/apiKeyStore';
import { EntityStore } from './store/entityStore';
import { ReadBatcher } from './store/readBatcher';
import { GraphStore } from './store/graphStore';
import { TopologyStore } from './store/topologyStore';
import { TopologySnapshotFile } from './store/topologySnapshot';
import { StatusStore } from './store/statusStore';
import { TopologyCache } from './services/topologyCache';
import { StatusHub } from './services/statusHub';
import { StatusRelay } from './services/statusRelay';
import { Stores } from './services/createServices';
import { startHoldSweep } from './services/holdSweep';
import { EventSettings } from './domain/events/eventSettings';
import { TopologyLease, TopologyLeaseOptions } from './services/topologyLease';

export interface App {
  app: Express;
  apollo: ApolloServer<Context>;
  /** Loads the in-memory impact topology now rather than on the first impact question. */
  warmUp(): Promise<void>;
  /** Serves subscriptions (graphql-ws) on the HTTP server's /graphql path; stop() closes them. */
  attachSubscriptions(server: Server): void;
  /** Closes every WebSocket (1001, going away) so clients reconnect elsewhere; stop() does it too. */
  closeSubscriptions(): Promise<void>;
  stop(): Promise<void>;
}

export interface AppOptions {
  /** How often status changes written by other API processes are relayed to subscribers here. */
  statusPollMs?: number;
  /** Identities, origins and per-caller limits; unset fields take the environment-free defaults. */
  security?: Partial<SecurityConfig>;
  /** Depth, aliases, cost, tokens; unset: the defaults. */
  limits?: RequestLimits;
  /** Served at /metrics; one registry per app, so test apps in one process do not clash. */
  metrics?: Metrics;
  /** Neo4j sessions one request may hold at once (aliases and list fields wait their turn); default 4. */
  sessionsPerRequest?: number;
  /** A file to keep the impact topology in between runs (read at start, written after full loads and by stop()); none by default. */
  topologySnapshot?: string | null;
  /** The topology lease (services/topologyLease.ts): its timings, or false to ask the graph on every impact question. */
  topologyLease?: TopologyLeaseOptions | false;
  /** Severity table and hold-down of statuses from monitoring (docs/events.md); unset: the defaults. */
  events?: EventSettings;
  /** Coalesces reads by id from concurrent requests (store/readBatcher.ts); default: one with the default limits. */
  readBatcher?: ReadBatcher;
}

/** Builds the HTTP app (never listens): schema, edge checks, context per request, error masking, routes. */
export async function createApp(gateway: Gateway, logger: Logger, options: AppOptions = {}): Promise<App> {
  const security: SecurityConfig = { ...readSecurityConfig({}), ...options.security };
  const limits = options.limits ?? readRequestLimits({});
  const metrics = options.metrics ?? new Metrics();
  const refused = (code: string) => metrics.refused(code);
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: buildResolvers() as never });
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: formatError(logger),
    includeStacktraceInErrorResponses: false,
    // Apollo's own switch stays on: limitValidationRules refuses __schema/__type when
    // limits.introspection is off (one error with our code, the same rule over WebSocket).
    introspection: true,
    validationRules: limitValidationRules(limits),
    parseOptions: limitParseOptions(limits),
    // main.ts owns shutdown (server, driver, the Neo4j we started); Apollo's own signal handlers
    // would race it and re-raise the signal before the JVM is stopped.
    stopOnTerminationSignals: false,
    // The default landing page loads from a CDN, which is blank offline.
    // The request log goes last, so it sees the final status and codes of the plugins before it.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), noStorePlugin(), authPlugin(security.anonymousRead), ...limitPlugins(limits), httpStatusPlugin(), requestLogPlugin(logger, metrics)],
  });
  await apollo.start();

  const apiKeys = new ApiKeyStore(gateway);
  const authenticator = new Authenticator(apiKeys, {
    adminToken: security.adminToken,
    jwt: security.jwt ? new JwtVerifier(security.jwt) : null,
  });
  const topologyStore = new TopologyStore(gateway);
  const stores: Stores = {
    entities: new EntityStore(gateway, options.readBatcher ?? new ReadBatcher({ onBatch: (group, _keys, callers) => metrics.readBatch(group.split(' ')[0], callers) })),
    topology: new TopologyCache(topologyStore, {
      ...(options.topologyLease === false ? {} : { lease: new TopologyLease(topologyStore, options.topologyLease) }),
      onLoad: (ms) => metrics.topologyLoaded(ms),
      onCatchUp: (changes, ms) => metrics.topologyCaughtUp(changes, ms),
      ...(options.topologySnapshot
        ? {
            snapshot: new TopologySnapshotFile(options.topologySnapshot),
            onSnapshot: (event: string, detail: string) => logger.info({ snapshot: options.topologySnapshot }, `topology snapshot ${event}: ${detail}`),
          }
        : {}),
    }),
    graph: new GraphStore(gateway),
    gateway,
    statusEvents: new StatusHub(),
    apiKeys,
    forgetApiKey: (id) => authenticator.forget(id),
    events: options.events,
  };
  const relay = new StatusRelay(new StatusStore(gateway), stores.statusEvents, options.statusPollMs ?? 1000, (m) => logger.warn({}, m));
  relay.start();
  // Without a hold-down no status is ever held (holds left from a run that had one are applied by
  // the next batch of events), and a sweep would only send a statement every few seconds for nothing.
  const stopHoldSweep =
    (options.events?.holdDownMs ?? 0) > 0 ? startHoldSweep(stores, options.events?.sweepMs ?? 5000, (m) => logger.warn({}, m)) : () => undefined;
  const origins = originPolicy(security.allowedOrigins, refused);
  const app = express();
  app.disable('x-powered-by');
  app.use(requestId());
  // Operation names and traffic are read access: the same rule as a query (a viewer, or anyone
  // when anonymous reads are allowed); Prometheus sends the token as `authorization: credentials`.
  app.get('/metrics', ...origins, authenticate(authenticator, refused), requireViewer(security.anonymousRead, refused), metrics.handler());
  app.use(healthRoutes({ gateway, topologyLoaded: () => stores.topology.isLoaded() }));
  // Browser pages first: a browser's GET /graphql gets the IDE, not a CSRF refusal from Apollo.
  app.use(webRoutes());
  app.use(
    '/graphql',
    ...origins,
    authenticate(authenticator, refused),
    rateLimit(security.rateLimitPerMinute, refused),
    express.json({ limit: security.maxBodyBytes }),
    (_req, _res, next) => withSessionBudget(options.sessionsPerRequest ?? 4, next),
    expressMiddleware(apollo, {
      context: async ({ res }) => createContext(stores, res.locals.identity as Identity, requestIdOf(res)),
    }),
  );
  app.use('/events', eventRoutes({ authenticator, stores, security, onRefused: refused }));
  app.use(notFound);
  app.use(errorHandler(logger, security.maxBodyBytes, refused));
  const disposers: (() => Promise<void>)[] = [];
  const closeSubscriptions = async () => {
    for (const dispose of disposers.splice(0)) await dispose();
  };
  return {
    app,
    apollo,
    warmUp: async () => {
      await stores.topology.get();
    },
    attachSubscriptions: (server) => {
      disposers.push(
        attachSubscriptionServer(server, {
          schema,
          stores,
          authenticator,
          security,
          limits,
          logger,
          onSubscriptions: (delta) => (delta > 0 ? metrics.subscriptionOpened() : metrics.subscriptionClosed()),
          onRefused: refused,
        }),
      );
    },
    closeSubscriptions,
    stop: async () => {
      relay.stop();
      stopHoldSweep();
      await closeSubscriptions();
      await apollo.stop();
      // The next start reads this and catches up, instead of reading the whole graph.
      await stores.topology.saveSnapshot();
      await stores.topology.close();
    },
  };
}
