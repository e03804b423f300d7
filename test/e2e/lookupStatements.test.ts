import { loadCypherFiles } from '../../src/neo4j/cypherFiles';
import { Gateway, createDriver } from '../../src/neo4j/gateway';
import { TestServer, startTestServer } from '../helpers/testServer';

/**
 * A lookup by id with relation fields is one statement, not one per level: the entity and the
 * neighbours the query asks of it are read together (entitiesWithNeighbours) and handed to the
 * request's loaders. The answers are those of the per-relation loaders.
 */
let server: TestServer;
const statements: string[] = [];

beforeAll(async () => {
  const driver = createDriver(process.env.NEO4J_URI!, process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? '');
  const gateway = new Gateway(driver, process.env.NEO4J_DATABASE ?? 'neo4j', loadCypherFiles(), { onStatement: (name) => statements.push(name) });
  server = await startTestServer(gateway);
});
afterAll(() => server.close());

const ANONYMOUS = { authorization: '' };
const FIELDS = `id name dependsOn { strength node { id } } dependants { node { id } } interfaces { id } offerings { id } provider { id }`;

async function counted(query: string): Promise<{ data: unknown; statements: string[] }> {
  statements.length = 0;
  const res = await server.query(query, {}, ANONYMOUS);
  expect(res.errors).toBeUndefined();
  return { data: res.data, statements: [...statements] };
}

describe('a lookup by id with its relations', () => {
  test.each([
    ['fields', `{ service(id: "bank.netbanking") { ${FIELDS} } }`],
    ['an inline fragment', `{ service(id: "bank.netbanking") { ... on Service { ${FIELDS} } } }`],
    ['a named fragment', `query { service(id: "bank.netbanking") { ...F } } fragment F on Service { ${FIELDS} }`],
  ])('costs one statement, through %s, and answers as the per-relation loaders do', async (_how, query) => {
    const one = await counted(query);
    expect(one.statements).toEqual(['entitiesWithNeighbours']);
    // The list field reads through the loaders: a statement per relation.
    const listed = await counted(`{ services(filter: { ids: ["bank.netbanking"] }) { nodes { ${FIELDS} } } }`);
    expect(listed.statements.length).toBeGreaterThan(2);
    const service = (one.data as { service: { dependsOn: unknown[]; offerings: unknown[]; provider: unknown } }).service;
    expect(service).toEqual((listed.data as { services: { nodes: unknown[] } }).services.nodes[0]);
    expect(service.dependsOn.length).toBeGreaterThan(0);
    expect(service.offerings.length).toBeGreaterThan(0);
    expect(service.provider).not.toBeNull();
  });

  test('an unknown id is NOT_FOUND after that one statement', async () => {
    statements.length = 0;
    const res = await server.query(`{ component(id: "test.nobody") { id dependsOn { node { id } } } }`, {}, ANONYMOUS);
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(statements).toEqual(['entitiesWithNeighbours']);
  });

  test('an entity of another label is NOT_FOUND as that label', async () => {
    const res = await server.query(`{ component(id: "bank.netbanking") { id dependsOn { node { id } } } }`, {}, ANONYMOUS);
    expect(res.errors?.[0].message).toBe('No Component has the id "bank.netbanking"');
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  test("the reading guide's example (docs/writing.md) costs three statements: the service with its relations, its components, the offerings' groups", async () => {
    const { statements: sent } = await counted(`{
      service(id: "bank.netbanking") {
        provider { name }
        interfaces { name channel }
        offerings { name consumerGroups { name size } }
        dependsOn { strength node { id } }
        components { id kind }
      }
    }`);
    expect([...sent].sort()).toEqual(['componentsOfServices', 'entitiesWithNeighbours', 'neighboursOut']);
  });

  test('without relation fields it is the plain loader read', async () => {
    expect((await counted(`{ component(id: "bank.web-1") { id name } }`)).statements).toEqual(['entitiesByIds']);
  });
});

describe('answers of the engine asked only for ids', () => {
  const spof = (fields: string) => `{ singlePointsOfFailure(target: "bank.netbanking", maxSetSize: 2) { sets { components { ${fields} } peopleDown } } }`;
  type Sets = { singlePointsOfFailure: { sets: { components: { id: string; name?: string; __typename?: string }[]; peopleDown: number }[] } };

  test('single points of failure with only component ids read no component from Neo4j, and name the same sets', async () => {
    const ids = await counted(spof('id __typename'));
    expect(ids.statements.filter((name) => name.startsWith('entit'))).toEqual([]);
    const named = await counted(spof('...C') + ' fragment C on Component { id name }');
    expect(named.statements.filter((name) => name.startsWith('entit')).length).toBeGreaterThan(0);
    const idSets = (ids.data as Sets).singlePointsOfFailure.sets;
    const namedSets = (named.data as Sets).singlePointsOfFailure.sets;
    expect(idSets.length).toBeGreaterThan(0);
    expect(idSets.map((s) => s.components.map((c) => c.id))).toEqual(namedSets.map((s) => s.components.map((c) => c.id)));
    for (const component of idSets.flatMap((s) => s.components)) expect(component.__typename).toBe('Component');
    for (const component of namedSets.flatMap((s) => s.components)) expect(component.name).toEqual(expect.any(String));
  });
});
