import { once } from 'node:events';
import { createServer } from 'node:http';
import { bootstrapAdminToken } from './auth/bootstrapAdminToken';
import { readConfig } from './config';
import { CascadeError } from './domain/errors';
import { drainAndClose } from './http/drainAndClose';
import { connectDatabase } from './neo4j/connectDatabase';
import { createLogger } from './observability/logger';
import { Metrics } from './observability/metrics';
import { statementObserver } from './observability/statementObserver';
import { createApp } from './server';
import { seedExampleWorld } from './services/seedService';
import { ApiKeyStore } from './store/apiKeyStore';

/** How long SIGTERM waits for requests in flight before closing what is left. */
const DRAIN_MS = 10_000;

/** Entry point: config -> database -> server -> listen -> shutdown. */
async function main(): Promise<void> {
  const config = readConfig(process.env);
  const logger = createLogger(process.env);
  const log = (msg: string) => logger.info({}, msg);
  const metrics = new Metrics();
  const database = await connectDatabase(config, log, { maxSessions: config.neo4jMaxSessions, onStatement: statementObserver(logger, metrics) });
  if (config.seedWhenEmpty) {
    const seed = await seedExampleWorld(database.gateway, { whenEmpty: true });
    log(seed.seeded ? `empty database: loaded the example world (${seed.nodes} nodes, ${seed.relationships} relationships)` : 'database holds data: not seeding');
  }
  if (config.security.adminTokenFile) {
    // The token goes to the terminal only, once: log pipelines never see a secret.
    const reveal = (token: string) => {
      if (process.stderr.isTTY) process.stderr.write(`\n  Admin token (shown once; also in ${config.security.adminTokenFile}):\n\n    ${token}\n\n`);
    };
    await bootstrapAdminToken(new ApiKeyStore(database.gateway), config.security.adminTokenFile, log, reveal);
  }
  const cascade = await createApp(database.gateway, logger, {
    statusPollMs: config.statusPollMs,
    security: config.security,
    limits: config.limits,
    metrics,
    sessionsPerRequest: config.sessionsPerRequest,
    topologySnapshot: config.topologySnapshot || null,
    events: config.events,
  });
  const server = createServer(cascade.app);
  cascade.attachSubscriptions(server);
  server.listen(config.port, config.security.host);
  await once(server, 'listening');
  const shown = config.security.host === '127.0.0.1' ? 'localhost' : config.security.host;
  const base = `http://${shown}:${config.port}`;
  log(`GraphQL API ready at ${base}/graphql (Neo4j from ${database.source}; listening on ${config.security.host})`);
  log(`In a browser: ${base}/graphql (GraphQL IDE) and ${base}/explorer (explorer)`);
  const warming = Date.now();
  cascade.warmUp().then(
    () => log(`impact topology loaded in ${Date.now() - warming} ms`),
    (error: unknown) => log(`impact topology not loaded yet (${error instanceof Error ? error.message : String(error)}); it loads on the first question`),
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: draining (at most ${DRAIN_MS / 1000} s), then shutting down`);
    const outcome = await drainAndClose(server, cascade, DRAIN_MS);
    log(outcome === 'drained' ? 'requests in flight finished' : `requests still running after ${DRAIN_MS / 1000} s were cut`);
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  const message = error instanceof CascadeError || error instanceof Error ? error.message : String(error);
  console.error(`[cascade] cannot start: ${message}`);
  process.exit(1);
});
