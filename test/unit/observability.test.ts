import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, ValidationRule } from 'graphql';
import { ForbiddenError, ValidationError } from '../../src/domain/errors';
import { formatError } from '../../src/graphql/formatError';
import { collectingLogger, createLogger } from '../../src/observability/logger';
import { Metrics } from '../../src/observability/metrics';
import { redactSecrets } from '../../src/observability/redactSecrets';
import { requestId, saneRequestId } from '../../src/observability/requestId';
import { ObservedContext, requestLogPlugin } from '../../src/observability/requestLogPlugin';
import { statementObserver } from '../../src/observability/statementObserver';

/** A pino logger writing to an array of parsed JSON lines. */
function capturedLogger(env: NodeJS.ProcessEnv = {}) {
  const raw: string[] = [];
  const logger = createLogger(env, { write: (line: string) => void raw.push(line) });
  return { logger, raw, lines: () => raw.map((line) => JSON.parse(line) as Record<string, any>) };
}

/** The value of one sample in the Prometheus text, or undefined when it is absent. */
async function sample(metrics: Metrics, series: string): Promise<number | undefined> {
  const line = (await metrics.text()).split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('the logger', () => {
  const secret = 's3cr3t-Bearer-abc.def';

  it('never writes a token, password or authorization header, wherever it sits in the fields', () => {
    const { logger, raw, lines } = capturedLogger();
    logger.info(
      {
        req: { headers: { authorization: `Bearer ${secret}`, host: 'api.example' } },
        headers: { Authorization: secret, cookie: secret },
        authorization: secret,
        token: secret,
        password: secret,
        connectionParams: { authorization: secret, user: 'ada' },
        variables: { token: secret, id: 'svc-1' },
        list: [{ apiKey: secret }],
        err: Object.assign(new Error('refused'), { token: secret }),
      },
      'request',
    );
    expect(raw.join('')).not.toContain('s3cr3t');
    const [line] = lines();
    expect(line.req.headers).toEqual({ authorization: '[Redacted]', host: 'api.example' });
    expect(line.connectionParams).toEqual({ authorization: '[Redacted]', user: 'ada' });
    expect(line.variables).toBe('[Redacted]');
    expect(line.err.message).toBe('refused');
    expect(line.err.stack).toContain('refused');
    expect(line.msg).toBe('request');
  });

  it('never writes a secret bound to a child logger', () => {
    const { logger, raw } = capturedLogger();
    logger.child({ token: secret }).child({ headers: { authorization: secret } }).info({ step: 1 }, 'child');
    expect(raw).toHaveLength(1);
    expect(raw[0]).not.toContain('s3cr3t');
    expect(raw[0]).toContain('"step":1');
  });

  it('leaves the caller’s objects as they were', () => {
    const fields = { headers: { authorization: secret }, kept: { n: 1 } };
    const redacted = redactSecrets(fields);
    expect(fields.headers.authorization).toBe(secret);
    expect(redacted.headers.authorization).toBe('[Redacted]');
    expect(redacted.kept).toBe(fields.kept);
    const clean = { a: { b: [1, 2] } };
    expect(redactSecrets(clean)).toBe(clean);
  });

  it('stops at a cycle instead of looping', () => {
    const looped: Record<string, unknown> = { name: 'loop' };
    looped.self = looped;
    const { logger, raw } = capturedLogger();
    logger.info({ looped }, 'cycle');
    expect(raw[0]).toContain('[Truncated]');
  });

  it('logs at info unless CASCADE_LOG_LEVEL says otherwise', () => {
    const quiet = capturedLogger();
    quiet.logger.debug({}, 'hidden');
    quiet.logger.info({}, 'shown');
    expect(quiet.lines().map((l) => l.msg)).toEqual(['shown']);
    const chatty = capturedLogger({ CASCADE_LOG_LEVEL: 'DEBUG' });
    chatty.logger.debug({}, 'shown');
    expect(chatty.lines().map((l) => l.msg)).toEqual(['shown']);
  });

  it('refuses an unknown log level', () => {
    expect(() => createLogger({ CASCADE_LOG_LEVEL: 'verbose' })).toThrow(ValidationError);
  });

  it('collects entries for tests by level, fields and message', () => {
    const logger = collectingLogger();
    logger.warn({ n: 1 }, 'careful');
    logger.error({ n: 2 });
    expect(logger.entries).toEqual([
      { level: 'warn', fields: { n: 1 }, message: 'careful' },
      { level: 'error', fields: { n: 2 }, message: undefined },
    ]);
    expect(logger.at('error')).toHaveLength(1);
  });
});

describe('the metrics', () => {
  it('expose every counter, histogram and gauge in Prometheus text after they are observed', async () => {
    const metrics = new Metrics({ defaultMetrics: false });
    metrics.observeRequest('Impact', 'ok', 0.02);
    metrics.observeRequest(null, 'NOT_FOUND', 0.01);
    metrics.refused('QUERY_TOO_DEEP');
    metrics.statement('entitiesByIds', 4, true);
    metrics.statement('entitiesByIds', 9, false);
    metrics.topologyLoaded(1200);
    metrics.subscriptionOpened();
    metrics.subscriptionOpened();
    metrics.subscriptionClosed();

    expect(await sample(metrics, 'cascade_graphql_requests_total{operation="Impact",outcome="ok"}')).toBe(1);
    expect(await sample(metrics, 'cascade_graphql_requests_total{operation="anonymous",outcome="NOT_FOUND"}')).toBe(1);
    expect(await sample(metrics, 'cascade_graphql_request_duration_seconds_count{operation="Impact",outcome="ok"}')).toBe(1);
    expect(await sample(metrics, 'cascade_refusals_total{code="QUERY_TOO_DEEP"}')).toBe(1);
    expect(await sample(metrics, 'cascade_neo4j_statements_total{statement="entitiesByIds",outcome="ok"}')).toBe(1);
    expect(await sample(metrics, 'cascade_neo4j_statements_total{statement="entitiesByIds",outcome="error"}')).toBe(1);
    expect(await sample(metrics, 'cascade_neo4j_statement_duration_seconds_sum{statement="entitiesByIds"}')).toBeCloseTo(0.013);
    expect(await sample(metrics, 'cascade_topology_loads_total')).toBe(1);
    expect(await sample(metrics, 'cascade_topology_load_duration_seconds_sum')).toBeCloseTo(1.2);
    expect(await sample(metrics, 'cascade_subscriptions_active')).toBe(1);
  });

  it('include the process metrics, event-loop lag among them, unless turned off', async () => {
    const metrics = new Metrics();
    expect(await metrics.text()).toContain('nodejs_eventloop_lag_seconds');
    expect(await new Metrics({ defaultMetrics: false }).text()).not.toContain('nodejs_eventloop_lag_seconds');
  });

  it('keep two apps’ counts apart', async () => {
    const first = new Metrics({ defaultMetrics: false });
    const second = new Metrics({ defaultMetrics: false });
    first.refused('FORBIDDEN');
    expect(await sample(first, 'cascade_refusals_total{code="FORBIDDEN"}')).toBe(1);
    expect(await sample(second, 'cascade_refusals_total{code="FORBIDDEN"}')).toBeUndefined();
  });

  it('label operations by name, anonymous ones as anonymous, and long or odd names as other', () => {
    const metrics = new Metrics({ defaultMetrics: false });
    expect(metrics.operationLabel('Impact')).toBe('Impact');
    expect(metrics.operationLabel(null)).toBe('anonymous');
    expect(metrics.operationLabel('')).toBe('anonymous');
    expect(metrics.operationLabel('A'.repeat(65))).toBe('other');
    expect(metrics.operationLabel('drop table; --')).toBe('other');
  });

  it('label at most the configured number of distinct operations, however many names arrive', async () => {
    const metrics = new Metrics({ defaultMetrics: false, maxOperations: 3 });
    for (const name of ['First', 'Second', 'Third', 'Fourth', 'Fifth']) metrics.observeRequest(name, 'ok', 0.001);
    metrics.observeRequest('First', 'ok', 0.001);
    expect(await sample(metrics, 'cascade_graphql_requests_total{operation="First",outcome="ok"}')).toBe(2);
    expect(await sample(metrics, 'cascade_graphql_requests_total{operation="other",outcome="ok"}')).toBe(2);
    expect(await sample(metrics, 'cascade_graphql_requests_total{operation="Fourth",outcome="ok"}')).toBeUndefined();
  });

  it('keep the default cap when an attacker sends thousands of random operation names and codes', async () => {
    const metrics = new Metrics({ defaultMetrics: false });
    for (let i = 0; i < 5000; i += 1) {
      metrics.observeRequest(`Op${i}`, `CODE_${i}`, 0.001);
      metrics.refused(`CODE_${i}`);
    }
    const text = await metrics.text();
    const operations = new Set([...text.matchAll(/cascade_graphql_requests_total\{operation="([^"]*)"/g)].map((m) => m[1]));
    const codes = new Set([...text.matchAll(/cascade_refusals_total\{code="([^"]*)"/g)].map((m) => m[1]));
    expect(operations.size).toBeLessThanOrEqual(201);
    expect(operations).toContain('other');
    expect(codes.size).toBeLessThanOrEqual(101);
  });

  it('serve the registry at GET /metrics with its content type', async () => {
    const metrics = new Metrics({ defaultMetrics: false });
    metrics.refused('RATE_LIMITED');
    const sent: { headers: Record<string, string>; body?: string } = { headers: {} };
    const res = {
      set: (name: string, value: string) => {
        sent.headers[name.toLowerCase()] = value;
        return res;
      },
      send: (body: string) => {
        sent.body = body;
        return res;
      },
    };
    await metrics.handler()({} as never, res as never, () => undefined);
    expect(sent.headers['content-type']).toBe(metrics.registry.contentType);
    expect(sent.body).toContain('cascade_refusals_total{code="RATE_LIMITED"} 1');
  });
});

describe('request ids', () => {
  it('keep a short plain caller id and refuse anything else', () => {
    expect(saneRequestId('abc-123_X.y')).toBe('abc-123_X.y');
    expect(saneRequestId('a'.repeat(64))).toBe('a'.repeat(64));
    expect(saneRequestId('a'.repeat(65))).toBeUndefined();
    expect(saneRequestId('')).toBeUndefined();
    expect(saneRequestId('evil\nInjected: header')).toBeUndefined();
    expect(saneRequestId('with space')).toBeUndefined();
    expect(saneRequestId(['a', 'b'])).toBeUndefined();
    expect(saneRequestId(undefined)).toBeUndefined();
  });

  function run(header: unknown) {
    const res = { locals: {} as Record<string, unknown>, headers: {} as Record<string, unknown>, setHeader: (n: string, v: unknown) => void (res.headers[n] = v) };
    let nexted = false;
    requestId()({ headers: { 'x-request-id': header } } as never, res as never, () => {
      nexted = true;
    });
    return { res, nexted };
  }

  it('echo a sane caller id on the response and keep it for the GraphQL context', () => {
    const { res, nexted } = run('trace-42');
    expect(res.locals.requestId).toBe('trace-42');
    expect(res.headers['x-request-id']).toBe('trace-42');
    expect(nexted).toBe(true);
  });

  it('replace a missing or unsafe caller id with a fresh UUID', () => {
    for (const header of [undefined, '<script>', 'x'.repeat(200)]) {
      const { res } = run(header);
      expect(res.locals.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(res.headers['x-request-id']).toBe(res.locals.requestId);
    }
    expect(run(undefined).res.locals.requestId).not.toBe(run(undefined).res.locals.requestId);
  });
});

describe('the request log plugin', () => {
  const typeDefs = `
    type Query {
      hello(name: String): String
      deep: String
      boom: String
      forbidden: String
      missing: String
    }
  `;
  const resolvers = {
    Query: {
      hello: (_: unknown, args: { name?: string }) => `hello ${args.name ?? 'world'}`,
      deep: () => 'never reached',
      boom: () => {
        throw new Error('driver said password=hunter2');
      },
      forbidden: () => {
        throw new ForbiddenError('viewers may not read this');
      },
      missing: () => {
        throw new ValidationError('no such thing');
      },
    },
  };
  /** A stand-in for a limit: refuses any document that asks for `deep`, with its own code. */
  const noDeep: ValidationRule = (context) => ({
    Field(node) {
      if (node.name.value === 'deep') context.reportError(new GraphQLError('Query is too deep', { nodes: [node], extensions: { code: 'QUERY_TOO_DEEP' } }));
    },
  });
  /** As the limits do: Apollo labels every validation error GRAPHQL_VALIDATION_FAILED; the rule's code is put back. */
  const limitCodes: ApolloServerPlugin<ObservedContext> = {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const own = error.originalError instanceof GraphQLError ? error.originalError.extensions.code : undefined;
            if (own === 'QUERY_TOO_DEEP') error.extensions.code = own;
          }
        },
      };
    },
  };
  const contextValue: ObservedContext = { requestId: 'req-1', identity: { subject: 'apikey:ci', via: 'api-key' } };

  async function setUp() {
    const logger = collectingLogger();
    const metrics = new Metrics({ defaultMetrics: false });
    const server = new ApolloServer<ObservedContext>({
      typeDefs,
      resolvers,
      formatError: formatError(logger),
      validationRules: [noDeep],
      plugins: [limitCodes, requestLogPlugin(logger, metrics)],
    });
    await server.start();
    const run = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
      server.executeOperation({ query, variables, operationName }, { contextValue });
    return { logger, metrics, server, run };
  }

  let world: Awaited<ReturnType<typeof setUp>>;
  beforeEach(async () => {
    world = await setUp();
  });
  afterEach(async () => {
    await world.server.stop();
  });

  it('logs one info line per request with its id, operation, caller, duration and outcome', async () => {
    await world.run('query Greeting { hello }');
    const lines = world.logger.at('info');
    expect(lines).toHaveLength(1);
    expect(lines[0].message).toBe('GraphQL request');
    expect(lines[0].fields).toMatchObject({ requestId: 'req-1', operation: 'Greeting', subject: 'apikey:ci', via: 'api-key', outcome: 'ok', status: 200 });
    expect(typeof lines[0].fields.durationMs).toBe('number');
    expect(lines[0].fields).not.toHaveProperty('errors');
    expect(await sample(world.metrics, 'cascade_graphql_requests_total{operation="Greeting",outcome="ok"}')).toBe(1);
    expect(await sample(world.metrics, 'cascade_graphql_request_duration_seconds_count{operation="Greeting",outcome="ok"}')).toBe(1);
  });

  it('names an operation without a name anonymous', async () => {
    await world.run('{ hello }');
    expect(world.logger.at('info')[0].fields.operation).toBe('anonymous');
    expect(await sample(world.metrics, 'cascade_graphql_requests_total{operation="anonymous",outcome="ok"}')).toBe(1);
  });

  it('never logs variables or the document, even at debug', async () => {
    await world.run('query Greeting($name: String) { hello(name: $name) other: hello(name: "inline-secret") }', { name: 'var-secret' }, 'Greeting');
    const written = JSON.stringify(world.logger.entries);
    expect(written).not.toContain('var-secret');
    expect(written).not.toContain('inline-secret');
    expect(written).not.toContain('hello(');
    const [debug] = world.logger.at('debug');
    expect(debug.fields).toEqual({ requestId: 'req-1', operation: 'Greeting', documentLength: expect.any(Number) });
  });

  it('counts a validation failure as a refusal by its code', async () => {
    const res = await world.run('query Typo { helo }');
    expect(res.body.kind === 'single' && res.body.singleResult.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(world.logger.at('info')[0].fields).toMatchObject({ operation: 'Typo', outcome: 'GRAPHQL_VALIDATION_FAILED', errors: ['GRAPHQL_VALIDATION_FAILED'], status: 400 });
    expect(await sample(world.metrics, 'cascade_refusals_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(await sample(world.metrics, 'cascade_graphql_requests_total{operation="Typo",outcome="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
  });

  it('counts a limit’s refusal by the code the client is sent', async () => {
    const res = await world.run('query Dive { deep }');
    expect(res.body.kind === 'single' && res.body.singleResult.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(await sample(world.metrics, 'cascade_refusals_total{code="QUERY_TOO_DEEP"}')).toBe(1);
  });

  it('counts a document that does not parse as a refusal', async () => {
    await world.run('query Broken {');
    expect(world.logger.at('info')[0].fields.outcome).toBe('GRAPHQL_PARSE_FAILED');
    expect(await sample(world.metrics, 'cascade_refusals_total{code="GRAPHQL_PARSE_FAILED"}')).toBe(1);
  });

  it('counts a forbidden field as a refusal even though it was refused while executing', async () => {
    await world.run('query Peek { forbidden }');
    expect(world.logger.at('info')[0].fields.outcome).toBe('FORBIDDEN');
    expect(await sample(world.metrics, 'cascade_refusals_total{code="FORBIDDEN"}')).toBe(1);
  });

  it('records a failure while executing as the outcome but not as a refusal', async () => {
    await world.run('query Lookup { hello missing }');
    expect(world.logger.at('info')[0].fields).toMatchObject({ outcome: 'BAD_USER_INPUT', errors: ['BAD_USER_INPUT'] });
    expect(await sample(world.metrics, 'cascade_graphql_requests_total{operation="Lookup",outcome="BAD_USER_INPUT"}')).toBe(1);
    expect(await sample(world.metrics, 'cascade_refusals_total{code="BAD_USER_INPUT"}')).toBeUndefined();
  });

  it('hides an unexpected error from the client and logs it once with its stack, as INTERNAL_SERVER_ERROR', async () => {
    const res = await world.run('query Explode { boom }');
    const errors = res.body.kind === 'single' ? res.body.singleResult.errors : undefined;
    expect(errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const [logged] = world.logger.at('error');
    expect(logged.message).toBe('Unexpected error while resolving');
    expect(logged.fields.path).toEqual(['boom']);
    expect((logged.fields.err as Error).message).toContain('driver said');
    expect(world.logger.at('info')[0].fields.outcome).toBe('INTERNAL_SERVER_ERROR');
    expect(await sample(world.metrics, 'cascade_refusals_total{code="INTERNAL_SERVER_ERROR"}')).toBeUndefined();
  });
});

describe('the statement observer', () => {
  it('counts and times each named statement and logs it at debug', async () => {
    const logger = collectingLogger();
    const metrics = new Metrics({ defaultMetrics: false });
    const observe = statementObserver(logger, metrics);
    observe('entityById', 3.25, true);
    observe('entityById', 7, false);
    expect(logger.entries).toEqual([
      { level: 'debug', fields: { statement: 'entityById', ms: 3.3, ok: true }, message: 'Neo4j statement' },
      { level: 'debug', fields: { statement: 'entityById', ms: 7, ok: false }, message: 'Neo4j statement' },
    ]);
    expect(await sample(metrics, 'cascade_neo4j_statements_total{statement="entityById",outcome="ok"}')).toBe(1);
    expect(await sample(metrics, 'cascade_neo4j_statements_total{statement="entityById",outcome="error"}')).toBe(1);
  });
});
