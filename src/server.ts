import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { makeExecutableSchema } from '@graphql-tools/schema';
import cors from 'cors';
import express, { Express } from 'express';
import { Context, createContext } from './graphql/context';
import { Logger, formatError } from './graphql/formatError';
import { buildResolvers } from './graphql/resolvers';
import { loadTypeDefs } from './graphql/typeDefs';
import { Gateway } from './neo4j/gateway';
import { EntityStore } from './store/entityStore';
import { GraphStore } from './store/graphStore';
import { TopologyStore } from './store/topologyStore';
import { TopologyCache } from './services/topologyCache';

export interface App {
  app: Express;
  apollo: ApolloServer<Context>;
  /** Loads the in-memory impact topology now rather than on the first impact question. */
  warmUp(): Promise<void>;
  stop(): Promise<void>;
}

/** Builds the HTTP app (never listens): schema, context per request, error masking, routes. */
export async function createApp(gateway: Gateway, logger: Logger = console): Promise<App> {
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
  };
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
    expressMiddleware(apollo, { context: async () => createContext(stores) }),
  );
  return {
    app,
    apollo,
    warmUp: async () => {
      await stores.topology.get();
    },
    stop: () => apollo.stop(),
  };
}
