import { SecurityConfig, readSecurityConfig } from './auth/securityConfig';
import { readInteger } from './configValues';
import { ValidationError, Problem } from './domain/errors';
import { DEFAULT_EVENT_SETTINGS, EventSettings } from './domain/events/eventSettings';
import { parseSeverityStates } from './domain/events/severityStates';
import { RequestLimits, readRequestLimits } from './graphql/limits/requestLimits';

/** Everything the process reads from its environment, validated once at start-up. */
export interface Config {
  /** Unset means: resolve a Neo4j ourselves (Testcontainers, then the embedded launcher). */
  neo4jUri: string | undefined;
  neo4jUsername: string;
  neo4jPassword: string;
  neo4jDatabase: string;
  port: number;
  /** Where the embedded launcher keeps its data between runs. */
  localNeo4jDataDir: string;
  /** Where the impact topology is kept between runs ('' for nowhere: every start reads the whole graph). */
  topologySnapshot: string;
  /** Load the example world when the database holds no entities. */
  seedWhenEmpty: boolean;
  /** Milliseconds between polls for status changes written by other API processes. */
  statusPollMs: number;
  /** Neo4j sessions open at once across the process. */
  neo4jMaxSessions: number;
  /** Neo4j sessions one HTTP request may hold at once. */
  sessionsPerRequest: number;
  /** Identities, origins, rate and subscription limits (src/auth/securityConfig.ts). */
  security: SecurityConfig;
  /** Depth, aliases, cost, tokens of each GraphQL document (src/graphql/limits). */
  limits: RequestLimits;
  /** Severity table and hold-down of statuses from monitoring (docs/events.md). */
  events: EventSettings;
}

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const port = readInteger(env, 'PORT', 4000, 0, 65535);
  const uri = env.NEO4J_URI?.trim() || undefined;
  if (uri !== undefined && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(uri)) {
    throw new ValidationError(`NEO4J_URI must start with bolt:// or neo4j://, got "${uri}"`);
  }
  const statusPollMs = readInteger(env, 'CASCADE_STATUS_POLL_MS', 1000, 50, 60_000);
  return {
    neo4jUri: uri,
    neo4jUsername: env.NEO4J_USERNAME ?? 'neo4j',
    neo4jPassword: env.NEO4J_PASSWORD ?? 'cascade-password',
    neo4jDatabase: env.NEO4J_DATABASE ?? 'neo4j',
    port,
    localNeo4jDataDir: env.CASCADE_NEO4J_DATA ?? '.neo4j/data',
    // Empty: no snapshot (every start reads the whole graph).
    topologySnapshot: env.CASCADE_TOPOLOGY_SNAPSHOT ?? '.cascade/topology-snapshot.json',
    seedWhenEmpty: (env.CASCADE_SEED ?? 'when-empty') !== 'never',
    statusPollMs,
    neo4jMaxSessions: readInteger(env, 'CASCADE_NEO4J_MAX_SESSIONS', 48, 1, 1000),
    sessionsPerRequest: readInteger(env, 'CASCADE_SESSIONS_PER_REQUEST', 4, 1, 100),
    security: readSecurityConfig(env),
    limits: readRequestLimits(env),
    events: readEventSettings(env),
  };
}

/** CASCADE_EVENTS_SEVERITY_STATES (e.g. `warning=DOWN,*=NONE`) and CASCADE_EVENTS_HOLD_DOWN_SECONDS. */
export function readEventSettings(env: NodeJS.ProcessEnv): EventSettings {
  const name = 'CASCADE_EVENTS_SEVERITY_STATES';
  const problems: Problem[] = [];
  const severities = parseSeverityStates(env[name] ?? '', name, problems);
  if (problems.length > 0) throw new ValidationError(`${name}: ${problems.map((p) => p.message).join('; ')}`);
  return { ...DEFAULT_EVENT_SETTINGS, severities, holdDownMs: 1000 * readInteger(env, 'CASCADE_EVENTS_HOLD_DOWN_SECONDS', 0, 0, 86_400) };
}
