import { TestServer, startTestServer } from '../helpers/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const NESTED = `query($first: Int) {
  components(first: $first) {
    nodes {
      id
      owner { name services { id } }
      product { name maker { id } }
      dependsOn { strength node { id } }
      dependants { node { id } }
      memberOf { id minUp members { id } }
    }
  }
}`;

/** Statements the gateway sent to Neo4j while answering one request. */
async function statementsFor(first: number): Promise<{ count: number; items: number }> {
  const before = server.gateway.statementCount;
  const res = await server.query(NESTED, { first });
  expect(res.errors).toBeUndefined();
  const items = (res.data as { components: { nodes: unknown[] } }).components.nodes.length;
  return { count: server.gateway.statementCount - before, items };
}

describe('per-request DataLoaders', () => {
  test('a list with nested fields costs the same number of statements for 3 items as for 80', async () => {
    const small = await statementsFor(3);
    const large = await statementsFor(80);
    expect(small.items).toBe(3);
    expect(large.items).toBe(80);
    expect(large.count).toBe(small.count);
    // One page statement plus one per relation field kind (8 kinds in NESTED): constant, never per item.
    expect(large.count).toBe(9);
  });
});
