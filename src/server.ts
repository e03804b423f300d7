import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { makeExecutableSchema } from '@graphql-tools/schema';
import cors from 'cors';
import express, { Express } from 'express';
import { GraphQLError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { Server } from 'node:http';
import { WebSocketServer } from 'ws';
import { Context, createContext } from './graphql/context';
import { Logger, formatError } from './graphql/formatError';
import { buildResolvers } from './graphql/resolvers';
import { loadTypeDefs } from './graphql/typeDefs';
import { Gateway } from './neo4j/gateway';
import { EntityStore } from './store/entityStore';
import { GraphStore } from './store/graphStore';
import { TopologyStore } from './store/topologyStore';
import { TopologyCache } from './services/topologyCache';
import { StatusHub } from './services/statusHub';
import { StatusRelay } from './services/statusRelay';
import { StatusStore } from './store/statusStore';
import { actorOf } from './domain/graphChange';

export interface App {
  app: Express;
  apollo: ApolloServer<Context>;
  /** Loads the in-memory impact topology now rather than on the first impact question. */
  warmUp(): Promise<void>;
  /** Serves subscriptions (graphql-ws) on the HTTP server's /graphql path; stop() closes them. */
  attachSubscriptions(server: Server): void;
  stop(): Promise<void>;
}

export interface AppOptions {
  /** How often status changes written by other API processes are relayed to subscribers here. */
  statusPollMs?: number;
}

/** Builds the HTTP app (never listens): schema, context per request, error masking, routes. */
export async function createApp(gateway: Gateway, logger: Logger = console, options: AppOptions = {}): Promise<App> {
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: buildResolvers() as never });
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: formatError(logger),
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown (server, driver, the Neo4j we started); Apollo's own signal handlers
    // would race it and re-raise the signal before the JVM is stopped.
    stopOnTerminationSignals: false,
    // The default landing page loads from a CDN, which is blank offline; introspection stays on.
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  const stores = {
    entities: new EntityStore(gateway),
    topology: new TopologyCache(new TopologyStore(gateway)),
    graph: new GraphStore(gateway),
    gateway,
    statusEvents: new StatusHub(),
  };
  const relay = new StatusRelay(new StatusStore(gateway), stores.statusEvents, options.statusPollMs ?? 1000, (m) => logger.warn(m));
  relay.start();
  const app = express();
  app.get('/health', async (_req, res) => {
    try {
      await gateway.verifyConnectivity();
      res.json({ status: 'ok', database: 'up' });
    } catch {
      res.status(503).json({ status: 'unavailable', database: 'down' });
    }
  });
  app.use(
    '/graphql',
    cors(),
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, { context: async ({ req }) => createContext(stores, actorOf(req.headers['x-cascade-user'])) }),
  );
  const format = formatError(logger);
  const disposers: (() => Promise<void>)[] = [];
  return {
    app,
    apollo,
    warmUp: async () => {
      await stores.topology.get();
    },
    attachSubscriptions: (server) => {
      const wss = new WebSocketServer({ server, path: '/graphql' });
      const serverCleanup = useServer(
        {
          schema,
          // One context per subscription: its services and loaders live as long as the subscription.
          context: (ctx) => createContext(stores, actorOf(ctx.connectionParams?.user)),
          // The same masking as over HTTP: no stack trace or driver message reaches a client.
          onNext: (_ctx, _id, _payload, _args, result) =>
            result.errors ? { ...result, errors: result.errors.map((e) => format(e.toJSON(), e) as GraphQLError) } : result,
          onError: (_ctx, _id, _payload, errors) => errors.map((e) => format(e.toJSON(), e) as GraphQLError),
        },
        wss,
      );
      disposers.push(async () => {
        await serverCleanup.dispose();
        await new Promise<void>((resolve) => wss.close(() => resolve()));
      });
    },
    stop: async () => {
      relay.stop();
      for (const dispose of disposers) await dispose();
      await apollo.stop();
    },
  };
}
