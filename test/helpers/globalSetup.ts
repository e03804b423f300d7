import { readConfig } from '../../src/config';
import { Database, connectDatabase } from '../../src/neo4j/connectDatabase';
import { seedExampleWorld } from '../../src/services/seedService';

/**
 * Starts (or finds) the run's Neo4j, applies constraints, loads the example world fresh, and hands
 * the connection to the test workers through the environment. Any failure here fails the run:
 * integration tests never skip for want of a database.
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const log = (msg: string) => process.stdout.write(`[test neo4j] ${msg}\n`);
  if (process.env.NEO4J_URI && process.env.CASCADE_TEST_WIPE !== 'yes') {
    throw new Error(
      `The tests delete every entity in the database at NEO4J_URI (${process.env.NEO4J_URI}). ` +
        'Set CASCADE_TEST_WIPE=yes to allow it, or unset NEO4J_URI to let the tests start their own Neo4j.',
    );
  }
  const config = readConfig({
    ...process.env,
    // A data folder of the run's own, so tests never touch the data `npm start` keeps.
    CASCADE_NEO4J_DATA: `/tmp/cascade-test-neo4j-${process.pid}`,
  });
  const database: Database = await connectDatabase(config, log);
  await database.gateway.write('deleteEverything');
  await seedExampleWorld(database.gateway, { whenEmpty: false });
  (globalThis as Record<string, unknown>).__cascadeDatabase = database;
  process.env.NEO4J_URI = database.uri;
  process.env.NEO4J_USERNAME = database.username;
  process.env.NEO4J_PASSWORD = database.password;
  process.env.NEO4J_DATABASE = config.neo4jDatabase;
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${database.source}, ${database.uri})`);
}
