import { TestServer, startTestServer } from '../helpers/testServer';

/**
 * CyclicSupport.nodeCount and nodes(first:) over HTTP on the example world: the bank's DNS and
 * directory need each other, and what rests on them is flagged in every answer.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.gateway.write('benchDeleteProbes', { prefix: PREFIX });
  await server.close();
});

const PREFIX = 'test.cyclic-listing.';
const FULL = `query($id: ID!) { impact(failures: [{ id: $id }]) { cyclicSupport { cycle { id } nodes { id } } } }`;
const COUNTED = `query($id: ID!, $first: Int) { impact(failures: [{ id: $id }]) { cyclicSupport { cycle { id } nodeCount nodes(first: $first) { id } } } }`;

interface Support {
  cycle: { id: string }[];
  nodes: { id: string }[];
  nodeCount?: number;
}

async function support(query: string, variables: Record<string, unknown>): Promise<Support[]> {
  return (await server.ok<{ impact: { cyclicSupport: Support[] } }>(query, variables)).impact.cyclicSupport;
}

describe('cyclicSupport { nodeCount nodes(first) } over HTTP', () => {
  test.each([
    ['no first: every node, as the list without the argument', null],
    ['first 0: none of them', 0],
    ['first 2: the two nearest the cycle', 2],
    ['first beyond the count: every node', 10_000],
  ])('%s, and nodeCount counts them all', async (_name, first) => {
    const full = await support(FULL, { id: 'bank.web-1' });
    expect(full.map((s) => s.cycle)).toEqual([[{ id: 'bank.directory' }, { id: 'bank.dns' }]]);
    const counted = await support(COUNTED, { id: 'bank.web-1', first });
    expect(counted).toEqual(
      full.map((s) => ({ cycle: s.cycle, nodeCount: s.nodes.length, nodes: first === null ? s.nodes : s.nodes.slice(0, first) })),
    );
  });

  test('a negative first is refused as bad input', async () => {
    const res = await server.query(COUNTED, { id: 'bank.web-1', first: -1 });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('the count follows writes: a server that needs DNS joins it, one that needs a web server does not', async () => {
    const count = async () => (await support(COUNTED, { id: 'bank.web-1', first: 0 }))[0].nodeCount!;
    const before = await count();
    const add = async (id: string, to: string) => {
      await server.ok(`mutation($input: ComponentInput!) { upsertComponent(input: $input) { id } }`, { input: { id, name: id, kind: 'SERVER' } });
      await server.ok(`mutation($from: ID!, $to: ID!) { connect(input: { type: DEPENDS_ON, from: $from, to: $to }) { created } }`, { from: id, to });
    };
    await add(`${PREFIX}away`, 'bank.web-2');
    expect(await count()).toBe(before);
    await add(`${PREFIX}on-dns`, 'bank.dns');
    expect(await count()).toBe(before + 1);
    const nodes = (await support(COUNTED, { id: 'bank.web-1', first: null }))[0].nodes.map((n) => n.id);
    expect(nodes).toContain(`${PREFIX}on-dns`);
    expect(nodes).not.toContain(`${PREFIX}away`);
    for (const id of [`${PREFIX}on-dns`, `${PREFIX}away`]) await server.ok(`mutation($id: ID!) { deleteEntity(id: $id) { deleted { id } } }`, { id });
    expect(await count()).toBe(before);
  });
});
