import { Config } from '../config';
import { DatabaseUnavailableError } from '../domain/errors';
import { loadCypherFiles } from './cypherFiles';
import { Gateway, GatewayOptions, createDriver } from './gateway';
import { resolveNeo4j } from './resolveNeo4j';

export interface Database {
  gateway: Gateway;
  source: string;
  uri: string;
  username: string;
  password: string;
  /** Closes the driver, then stops the Neo4j we started (if we started one). */
  close(): Promise<void>;
}

/**
 * Finds a Neo4j (NEO4J_URI, else Testcontainers, else the embedded launcher), checks that it
 * answers, and applies constraints and indexes. Fails with a clear message instead of hanging.
 * `options` go to the gateway (session cap, statement hook); unless they say otherwise, the
 * database going away and coming back is logged.
 */
export async function connectDatabase(config: Config, log: (msg: string) => void, options: GatewayOptions = {}): Promise<Database> {
  const env = config.neo4jUri
    ? { NEO4J_URI: config.neo4jUri, NEO4J_USERNAME: config.neo4jUsername, NEO4J_PASSWORD: config.neo4jPassword }
    : {};
  const neo4j = await resolveNeo4j({ env, dataDir: config.localNeo4jDataDir, log });
  const driver = createDriver(neo4j.uri, neo4j.username, neo4j.password);
  const gateway = new Gateway(driver, config.neo4jDatabase, loadCypherFiles(), {
    onAvailabilityChange: (available) =>
      log(
        available
          ? `Neo4j at ${neo4j.uri} answers again`
          : `Neo4j at ${neo4j.uri} does not answer: requests fail with DATABASE_UNAVAILABLE at once while it is checked every second`,
      ),
    ...options,
  });
  const close = async () => {
    await gateway.close();
    await neo4j.stop();
  };
  try {
    await gateway.verifyConnectivity();
  } catch (error) {
    await close();
    if (error instanceof DatabaseUnavailableError) {
      throw new DatabaseUnavailableError(`Neo4j at ${neo4j.uri} does not answer: is it running, and is NEO4J_URI right?`);
    }
    throw error;
  }
  const statements = await gateway.applySchema('constraints');
  log(`Neo4j: ${statements} constraints and indexes in place`);
  return { gateway, source: neo4j.source, uri: neo4j.uri, username: neo4j.username, password: neo4j.password, close };
}
