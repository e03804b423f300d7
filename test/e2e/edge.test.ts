import { Gateway, createDriver } from '../../src/neo4j/gateway';
import { loadCypherFiles } from '../../src/neo4j/cypherFiles';
import { ADMIN, TestServer, startTestServer } from '../helpers/testServer';
import { testGateway } from '../helpers/testDatabase';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(testGateway(), { statusPollMs: 100, security: { maxBodyBytes: 64 * 1024 } });
});
afterAll(async () => {
  await server.close();
});

/** No stack frames, absolute paths or HTML in anything a client reads. */
const clean = (text: string) => expect(text).not.toMatch(/<html|<pre>|\s+at \S+ \(|\/work\/|node_modules|\.ts:\d+/i);

describe('answers before GraphQL runs are JSON with a code, in any mode', () => {
  test('malformed JSON is 400 BAD_REQUEST without Express\'s error page', async () => {
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ whoami' });
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
    clean(text);
  });

  test('a body over the limit is 413 PAYLOAD_TOO_LARGE and names the limit', async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...ADMIN },
      body: JSON.stringify({ query: `{ whoami { subject } }`, variables: { pad: 'x'.repeat(70 * 1024) } }),
    });
    const text = await res.text();
    expect(res.status).toBe(413);
    expect(JSON.parse(text).errors[0]).toMatchObject({ extensions: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(JSON.parse(text).errors[0].message).toContain(String(64 * 1024));
    clean(text);
  });

  test('an unknown path is a JSON 404, and no response says X-Powered-By', async () => {
    const res = await fetch(server.url.replace('/graphql', '/nothing/here'));
    expect(res.status).toBe(404);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
    expect(res.headers.get('x-powered-by')).toBeNull();
    const graphql = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ whoami { subject } }"}' });
    expect(graphql.headers.get('x-powered-by')).toBeNull();
  });

  test('each response carries a request id; a sane incoming one is kept', async () => {
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'incident-42.a' }, body: '{"query":"{ whoami { subject } }"}' });
    expect(res.headers.get('x-request-id')).toBe('incident-42.a');
    const forged = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'not {a} sane id; ' + 'x'.repeat(80) }, body: '{"query":"{ whoami { subject } }"}' });
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('metrics', () => {
  test('/metrics counts requests by operation and refusals by code, in Prometheus text', async () => {
    await server.query(`query ServiceById { service(id: "bank.netbanking") { id } }`);
    await server.query(`mutation { deleteEntity(id: "bank.netbanking") { deleted { id } } }`, {}, { authorization: '' });
    const res = await fetch(server.url.replace('/graphql', '/metrics'));
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(text).toMatch(/cascade_graphql_requests_total\{operation="ServiceById",outcome="ok"\} \d+/);
    expect(text).toMatch(/cascade_refusals_total\{code="UNAUTHENTICATED"\} \d+/);
    expect(text).toContain('nodejs_eventloop_lag_seconds');
  });

  test('/metrics needs a viewer when anonymous reads are off', async () => {
    const closed = await startTestServer(testGateway(), { statusPollMs: 100, security: { anonymousRead: false } });
    try {
      const metricsUrl = closed.url.replace('/graphql', '/metrics');
      expect((await fetch(metricsUrl)).status).toBe(401);
      expect((await fetch(metricsUrl, { headers: ADMIN })).status).toBe(200);
    } finally {
      await closed.close();
    }
  });
});

describe('a database that does not answer', () => {
  test('is a 503 with Retry-After and DATABASE_UNAVAILABLE when there is no data at all', async () => {
    // Port 1 on loopback refuses connections at once.
    const dead = new Gateway(createDriver('bolt://127.0.0.1:1', 'neo4j', 'x'), 'neo4j', loadCypherFiles());
    const offline = await startTestServer(dead);
    try {
      const res = await fetch(offline.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...ADMIN },
        body: JSON.stringify({ query: `{ components(first: 1) { totalCount } }` }),
      });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    } finally {
      await offline.close();
    }
  });
});
