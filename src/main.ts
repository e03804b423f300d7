import { once } from 'node:events';
import { createServer } from 'node:http';
import { readConfig } from './config';
import { CascadeError } from './domain/errors';
import { connectDatabase } from './neo4j/connectDatabase';
import { createApp } from './server';
import { seedExampleWorld } from './services/seedService';

/** Entry point: config -> database -> server -> listen -> shutdown. */
async function main(): Promise<void> {
  const log = (msg: string) => console.log(`[cascade] ${msg}`);
  const config = readConfig(process.env);
  const database = await connectDatabase(config, log);
  if (config.seedWhenEmpty) {
    const seed = await seedExampleWorld(database.gateway, { whenEmpty: true });
    log(seed.seeded ? `empty database: loaded the example world (${seed.nodes} nodes, ${seed.relationships} relationships)` : 'database holds data: not seeding');
  }
  const { app, stop, warmUp, attachSubscriptions } = await createApp(database.gateway, console, { statusPollMs: config.statusPollMs });
  const server = createServer(app);
  attachSubscriptions(server);
  server.listen(config.port);
  await once(server, 'listening');
  log(`GraphQL API ready at http://localhost:${config.port}/graphql (Neo4j from ${database.source})`);
  const warming = Date.now();
  warmUp().then(
    () => log(`impact topology loaded in ${Date.now() - warming} ms`),
    (error: unknown) => log(`impact topology not loaded yet (${error instanceof Error ? error.message : String(error)}); it loads on the first question`),
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    server.close();
    await stop();
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
