import { Gateway, createDriver } from '../../src/neo4j/gateway';
import { loadCypherFiles } from '../../src/neo4j/cypherFiles';
import { TestServer, startTestServer } from '../helpers/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

describe('bad input gets a clear error with a stable code', () => {
  test.each([
    ['an unknown id', `{ component(id: "no.such.thing") { id } }`, 'NOT_FOUND'],
    ['an id of another type', `{ component(id: "bank.netbanking") { id } }`, 'NOT_FOUND'],
    ['an unknown failure id', `{ impact(failures: [{ id: "no.such.router" }]) { summary { peopleDown } } }`, 'NOT_FOUND'],
    ['no failures at all', `{ impact(failures: []) { summary { peopleDown } } }`, 'BAD_USER_INPUT'],
    ['a failure that cannot fail', `{ impact(failures: [{ id: "bank" }]) { summary { peopleDown } } }`, 'BAD_USER_INPUT'],
    ['a page size out of range', `{ components(first: 100000) { nodes { id } } }`, 'BAD_USER_INPUT'],
    ['a forged cursor', `{ components(after: "not-a-cursor") { nodes { id } } }`, 'BAD_USER_INPUT'],
    ['an unknown enum value', `{ components(filter: { kind: TOASTER }) { nodes { id } } }`, 'GRAPHQL_VALIDATION_FAILED'],
    ['a syntax error', `{ components( { nodes { id } } }`, 'GRAPHQL_PARSE_FAILED'],
    ['an unknown field', `{ component(id: "bank") { colour } }`, 'GRAPHQL_VALIDATION_FAILED'],
  ])('%s', async (_case, query, code) => {
    const res = await server.query(query);
    expect(codeOf(res)).toBe(code);
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.ts:\d+|Neo4jError/);
  });

  test('a wrongly typed variable is BAD_USER_INPUT', async () => {
    const res = await server.query(`query($n: Int) { components(first: $n) { nodes { id } } }`, { n: 'ten' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });

  test('the unknown ids are named in the error', async () => {
    const res = await server.query(`{ impact(failures: [{ id: "isp.core-rtr-1" }, { id: "ghost-1" }]) { summary { peopleDown } } }`);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', ids: ['ghost-1'] } });
    expect(res.errors?.[0].message).toContain('ghost-1');
  });
});

describe('an unreachable Neo4j', () => {
  test('gives DATABASE_UNAVAILABLE, without driver messages', async () => {
    // Port 1 on loopback refuses connections at once.
    const dead = new Gateway(createDriver('bolt://127.0.0.1:1', 'neo4j', 'x'), 'neo4j', loadCypherFiles());
    const offline = await startTestServer(dead);
    try {
      const res = await offline.query(`{ component(id: "isp.core-rtr-1") { id } }`);
      expect(codeOf(res)).toBe('DATABASE_UNAVAILABLE');
      expect(res.errors?.[0].message).toBe('The graph database is unavailable; try again shortly');
    } finally {
      await offline.close();
    }
  });
});
