// Finds a Neo4j to talk to, in order: NEO4J_URI, a Testcontainers container, the embedded launcher.
// Every path runs the same engine (5.26.29) so tests behave the same on every machine.
import { startEmbeddedNeo4j } from './localNeo4j';

export interface ResolvedNeo4j {
  uri: string;
  username: string;
  password: string;
  source: 'env' | 'testcontainers' | 'embedded';
  stop(): Promise<void>;
}

export const NEO4J_IMAGE = 'neo4j:5.26.29-community';
const DEFAULT_PASSWORD = 'cascade-password';
const RUNTIME_PROBE_TIMEOUT_MS = 10_000;

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

const reasonOf = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0];

export async function resolveNeo4j(opts: {
  env: NodeJS.ProcessEnv;
  dataDir: string;
  log: (msg: string) => void;
}): Promise<ResolvedNeo4j> {
  const { env, log } = opts;

  if (env.NEO4J_URI) {
    log(`Neo4j: NEO4J_URI at ${env.NEO4J_URI}`);
    return {
      uri: env.NEO4J_URI,
      username: env.NEO4J_USERNAME || 'neo4j',
      password: env.NEO4J_PASSWORD || DEFAULT_PASSWORD,
      source: 'env',
      stop: async () => {},
    };
  }

  // Loaded lazily: the NEO4J_URI path (production) never needs testcontainers.
  let noContainer: string;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    // Without a runtime this throws in well under a second; the timeout guards a daemon that hangs.
    await withTimeout(getContainerRuntimeClient(), RUNTIME_PROBE_TIMEOUT_MS, 'container runtime');
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer(NEO4J_IMAGE).withPassword(DEFAULT_PASSWORD).start();
    const uri = container.getBoltUri();
    log(`Neo4j: testcontainers ${NEO4J_IMAGE} (no NEO4J_URI) at ${uri}`);
    return {
      uri,
      username: container.getUsername(),
      password: container.getPassword(),
      source: 'testcontainers',
      stop: async () => {
        await container.stop();
      },
    };
  } catch (e) {
    // Also covers a runtime that answers but cannot start the container (image pull offline, etc.).
    noContainer = reasonOf(e);
  }

  try {
    const db = await startEmbeddedNeo4j({ dataDir: opts.dataDir, log });
    log(`Neo4j: embedded launcher (no NEO4J_URI, no container runtime: ${noContainer}) at ${db.uri}`);
    // Auth is off in embedded mode: these credentials are accepted and match the other paths.
    return { uri: db.uri, username: 'neo4j', password: DEFAULT_PASSWORD, source: 'embedded', stop: () => db.stop() };
  } catch (e) {
    // Messages about missing tools already say what to install (INSTALL_HINT).
    throw new Error(`No Neo4j available. NEO4J_URI is not set; containers: ${noContainer}; embedded: ${(e as Error).message}`);
  }
}
