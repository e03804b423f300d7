import type { RequestHandler } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Label values a client can choose (operation names, error codes) are capped, so they cannot grow memory. */
const OVERFLOW = 'other';

/**
 * A label whose values come from outside: values that are too long, oddly shaped, or new after
 * `max` distinct ones have been seen become 'other'. Seen values stay labelled for the life of the app.
 */
class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(
    private readonly max: number,
    private readonly shape: RegExp,
  ) {}

  of(value: string): string {
    if (this.seen.has(value)) return value;
    if (value.length > 64 || !this.shape.test(value) || this.seen.size >= this.max) return OVERFLOW;
    this.seen.add(value);
    return value;
  }
}

export interface MetricsOptions {
  /** Process metrics (CPU, memory, event-loop lag, GC, handles); on unless a test turns them off. */
  defaultMetrics?: boolean;
  /** Distinct operation names labelled before the rest become 'other'. */
  maxOperations?: number;
}

/**
 * Cascade's Prometheus metrics, on a registry of their own (never prom-client's global one), so two
 * apps in one process keep separate counts. Durations are exported in seconds.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations: BoundedLabel;
  private readonly codes = new BoundedLabel(100, /^[A-Za-z][A-Za-z0-9_]*$/);
  private readonly statements = new BoundedLabel(500, /^[A-Za-z0-9_./-]+$/);

  private readonly requests = new Counter({
    name: 'cascade_graphql_requests_total',
    help: 'GraphQL requests over HTTP by operation name and outcome (ok, or the first error code).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly requestSeconds = new Histogram({
    name: 'cascade_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its response.',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  private readonly refusals = new Counter({
    name: 'cascade_refusals_total',
    help: 'Requests refused before execution (parse, validation, limits, authentication, rate limits), by error code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  private readonly statementsRun = new Counter({
    name: 'cascade_neo4j_statements_total',
    help: 'Named Cypher statements run, by statement and outcome (ok or error).',
    labelNames: ['statement', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly statementSeconds = new Histogram({
    name: 'cascade_neo4j_statement_duration_seconds',
    help: 'Time a named Cypher statement took, including the driver round trip.',
    labelNames: ['statement'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  private readonly batchCallers = new Histogram({
    name: 'cascade_neo4j_read_batch_callers',
    help: 'Callers (loader batches of any request) served by one batched read by id (see store/readBatcher.ts), by statement.',
    labelNames: ['statement'] as const,
    buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256],
    registers: [this.registry],
  });
  private readonly topologyLoads = new Counter({
    name: 'cascade_topology_loads_total',
    help: 'Loads of the in-memory impact topology from Neo4j.',
    registers: [this.registry],
  });
  private readonly topologySeconds = new Histogram({
    name: 'cascade_topology_load_duration_seconds',
    help: 'Time one load of the impact topology took.',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    registers: [this.registry],
  });
  private readonly topologyChanges = new Counter({
    name: 'cascade_topology_changes_applied_total',
    help: 'Recorded graph changes applied in place to the in-memory impact topology (instead of a load).',
    registers: [this.registry],
  });
  private readonly catchUpSeconds = new Histogram({
    name: 'cascade_topology_catch_up_duration_seconds',
    help: 'Time one catch-up took: reading the changes recorded since the held version and applying them.',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  private readonly subscriptions = new Gauge({
    name: 'cascade_subscriptions_active',
    help: 'GraphQL subscriptions open over WebSocket.',
    registers: [this.registry],
  });

  constructor(options: MetricsOptions = {}) {
    this.operations = new BoundedLabel(options.maxOperations ?? 200, /^[A-Za-z_][A-Za-z0-9_]*$/);
    if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }

  /** The label for an operation name: the name itself, 'anonymous' when there is none, or 'other'. */
  operationLabel(name: string | null | undefined): string {
    return name ? this.operations.of(name) : 'anonymous';
  }

  /** One GraphQL request answered; `outcome` is 'ok' or an error code. */
  observeRequest(operation: string | null | undefined, outcome: string, seconds: number): void {
    const labels = { operation: this.operationLabel(operation), outcome: outcome === 'ok' ? 'ok' : this.codes.of(outcome) };
    this.requests.inc(labels);
    this.requestSeconds.observe(labels, seconds);
  }

  /** One request refused, by the extensions.code the client was sent. */
  refused(code: string): void {
    this.refusals.inc({ code: this.codes.of(code) });
  }

  /** One named statement finished (`ok` false: it failed). */
  statement(name: string, ms: number, ok: boolean): void {
    const statement = this.statements.of(name);
    this.statementsRun.inc({ statement, outcome: ok ? 'ok' : 'error' });
    this.statementSeconds.observe({ statement }, ms / 1000);
  }

  /** One batched read by id sent, carrying this many callers. */
  readBatch(statement: string, callers: number): void {
    this.batchCallers.observe({ statement: this.statements.of(statement) }, callers);
  }

  topologyCaughtUp(changes: number, ms: number): void {
    this.topologyChanges.inc(changes);
    this.catchUpSeconds.observe(ms / 1000);
  }

  topologyLoaded(ms: number): void {
    this.topologyLoads.inc();
    this.topologySeconds.observe(ms / 1000);
  }

  subscriptionOpened(): void {
    this.subscriptions.inc();
  }

  subscriptionClosed(): void {
    this.subscriptions.dec();
  }

  /** The Prometheus text of every metric. */
  async text(): Promise<string> {
    return this.registry.metrics();
  }

  /** `GET /metrics`: Prometheus' text format. */
  handler(): RequestHandler {
    return async (_req, res) => {
      res.set('Content-Type', this.registry.contentType);
      res.send(await this.registry.metrics());
    };
  }
}
