import { TestServer, startTestServer } from '../helpers/testServer';

let server: TestServer;
const created = ['test.tt.app', 'test.tt.pair', 'test.tt.m1', 'test.tt.m2', 'test.tt.imported', 'test.tt.ipair', 'test.tt.i1', 'test.tt.i2'];

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.gateway.write('deleteEntitiesByIds', { ids: created });
  await server.gateway.write('setStatusesUp');
  await server.close();
});

/** Shorthand for server.ok: the data of a query that must succeed. */
const ok = <T = any>(query: string, variables: Record<string, unknown> = {}) => server.ok<T>(query, variables);

/** A distinct instant between writes: Neo4j's clock and ours tick past it. */
async function instant(): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  const at = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 50));
  return at;
}

const IMPACT_AT = `query($at: String) { impact(failures: [{ id: "bank.san-1" }], at: $at) { nodes(kinds: [Component, RedundancyGroup], first: 1000) { nodes { id state } } } }`;
const stateIn = (data: any, id: string) => data.impact.nodes.nodes.find((n: { id: string }) => n.id === id)?.state ?? 'UP';

describe('time travel: impact and current impact at a past instant', () => {
  test('the graph as it was: a dependency added later is not there before it', async () => {
    const before = await instant();
    await ok(`mutation { upsertComponent(input: { id: "test.tt.app", name: "Late app", kind: APPLICATION }) { id } }`);
    await ok(`mutation { connect(input: { type: DEPENDS_ON, from: "test.tt.app", to: "bank.san-1" }) { created } }`);
    const after = await instant();
    await ok(`mutation { connect(input: { type: DEPENDS_ON, from: "test.tt.app", to: "bank.san-1", strength: SOFT }) { created } }`);

    expect(stateIn(await ok(IMPACT_AT, { at: before }), 'test.tt.app')).toBe('UP');
    expect(stateIn(await ok(IMPACT_AT, { at: after }), 'test.tt.app')).toBe('DOWN');
    expect(stateIn(await ok(IMPACT_AT, {}), 'test.tt.app')).toBe('DEGRADED');
  });

  test('a failure named on an entity that did not exist then is NOT_FOUND', async () => {
    const before = await instant();
    await ok(`mutation { upsertComponent(input: { id: "test.tt.m1", name: "M1", kind: SERVER }) { id } }`);
    const res = await server.query(`query($at: String) { impact(failures: [{ id: "test.tt.m1" }], at: $at) { summary { peopleDown } } }`, { at: before });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  test('a group quorum as it was decides the answer then', async () => {
    await ok(`mutation { upsertComponent(input: { id: "test.tt.m2", name: "M2", kind: SERVER }) { id } }`);
    await ok(`mutation { upsertRedundancyGroup(input: { id: "test.tt.pair", name: "Pair", minUp: 1 }) { id } }`);
    for (const m of ['test.tt.m1', 'test.tt.m2']) await ok(`mutation { connect(input: { type: HAS_MEMBER, from: "test.tt.pair", to: "${m}" }) { created } }`);
    const lenient = await instant();
    await ok(`mutation { upsertRedundancyGroup(input: { id: "test.tt.pair", minUp: 2 }) { id } }`);
    const query = `query($at: String) { impact(failures: [{ id: "test.tt.m1" }], at: $at) { redundancyVerdicts { summary } } }`;
    expect((await ok(query, { at: lenient })).impact.redundancyVerdicts).toEqual([{ summary: 'test.tt.pair: 1 of 2 members down, needs 1 -> DEGRADED' }]);
    expect((await ok(query)).impact.redundancyVerdicts).toEqual([{ summary: 'test.tt.pair: 1 of 2 members down, needs 2 -> DOWN' }]);
  });

  test('currentImpact at a past instant uses the statuses recorded then', async () => {
    const set = (status: string) =>
      ok(`mutation { setStatus(input: { id: "bank.web-3", status: ${status}, reason: "tt", by: "jest" }) { state } }`);
    await set('DOWN');
    const during = await instant();
    await set('UP');
    const CURRENT = `query($at: String) { currentImpact(at: $at) { statuses { node { id } state } } }`;
    expect((await ok(CURRENT, { at: during })).currentImpact.statuses).toContainEqual({ node: { id: 'bank.web-3' }, state: 'DOWN' });
    expect((await ok(CURRENT)).currentImpact.statuses).not.toContainEqual({ node: { id: 'bank.web-3' }, state: 'DOWN' });
  });

  test('an import is replayed node by node: the graph before it, between two imports, and after', async () => {
    const IMPORT = `mutation($document: JSON!) { importTopology(document: $document) { nodes { created updated } relationships { created updated } } }`;
    const node = (label: string, id: string, properties: Record<string, unknown>) => ({ label, id, properties: { name: id, ...properties } });
    const document = (minUp: number, strength: string) => ({
      format: 'cascade-topology',
      version: 1,
      nodes: [
        node('Component', 'test.tt.imported', { kind: 'APPLICATION' }),
        node('Component', 'test.tt.i1', { kind: 'SERVER' }),
        node('Component', 'test.tt.i2', { kind: 'SERVER' }),
        node('RedundancyGroup', 'test.tt.ipair', { minUp }),
      ],
      relationships: [
        { type: 'HAS_MEMBER', from: 'test.tt.ipair', to: 'test.tt.i1' },
        { type: 'HAS_MEMBER', from: 'test.tt.ipair', to: 'test.tt.i2' },
        { type: 'DEPENDS_ON', from: 'test.tt.imported', to: 'test.tt.ipair', properties: { strength } },
      ],
    });
    const before = await instant();
    expect((await ok(IMPORT, { document: document(1, 'HARD') })).importTopology).toEqual({ nodes: { created: 4, updated: 0 }, relationships: { created: 3, updated: 0 } });
    const between = await instant();
    expect((await ok(IMPORT, { document: document(2, 'SOFT') })).importTopology).toEqual({ nodes: { created: 0, updated: 1 }, relationships: { created: 0, updated: 1 } });

    const query = `query($at: String) { impact(failures: [{ id: "test.tt.i1" }], at: $at) { nodes(first: 100) { nodes { id state } } } }`;
    const states = async (at?: string) => {
      const nodes = (await ok(query, at ? { at } : {})).impact.nodes.nodes as { id: string; state: string }[];
      return Object.fromEntries(nodes.filter((n) => n.id.startsWith('test.tt.')).map((n) => [n.id, n.state]));
    };
    // Now: the pair needs both members, the app depends on it softly.
    expect(await states()).toEqual({ 'test.tt.i1': 'DOWN', 'test.tt.ipair': 'DOWN', 'test.tt.imported': 'DEGRADED' });
    // After the first import: one member is enough, the dependency is hard.
    expect(await states(between)).toEqual({ 'test.tt.i1': 'DOWN', 'test.tt.ipair': 'DEGRADED', 'test.tt.imported': 'DEGRADED' });
    // Before both: the component did not exist.
    const res = await server.query(query, { at: before });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // Each node and relationship of the import is in its history, with before and after.
    const history = await ok(`{ changeHistory(id: "test.tt.ipair", first: 10) { operation by before after } }`);
    const upserts = history.changeHistory.filter((c: { operation: string; after: any }) => c.operation === 'UPSERT');
    expect(upserts.map((c: { before: any; after: any }) => [c.before?.minUp ?? null, c.after.minUp])).toEqual([[1, 2], [null, 1]]);
  });

  test('an instant that is not ISO 8601 is BAD_USER_INPUT; before the seed nothing existed', async () => {
    const bad = await server.query(IMPACT_AT, { at: 'yesterday' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const beforeSeed = await server.query(IMPACT_AT, { at: '2000-01-01T00:00:00Z' });
    expect(beforeSeed.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
