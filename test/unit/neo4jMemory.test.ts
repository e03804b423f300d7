import { memoryFor } from '../../src/neo4j/localNeo4j';

const GiB = 2 ** 30;

describe("the embedded Neo4j's memory, sized to the machine", () => {
  test.each([
    ['a 2 GiB machine keeps the small figures', 2 * GiB, {}, { heap: '768m', pageCache: '256m' }],
    ['an 8 GiB laptop', 8 * GiB, {}, { heap: '1365m', pageCache: '1024m' }],
    ['this 24 GiB machine: room for a 100k import in one transaction', 24 * GiB, {}, { heap: '4096m', pageCache: '2048m' }],
    ['a 256 GiB server stays within the caps', 256 * GiB, {}, { heap: '4096m', pageCache: '2048m' }],
    ['the environment overrides', 24 * GiB, { CASCADE_NEO4J_HEAP: '6g', CASCADE_NEO4J_PAGECACHE: '512m' }, { heap: '6g', pageCache: '512m' }],
  ])('%s', (_case, total, env, expected) => {
    expect(memoryFor(total, env)).toEqual(expected);
  });

  test('a size the JVM would not read is refused with what was expected', () => {
    expect(() => memoryFor(8 * GiB, { CASCADE_NEO4J_HEAP: 'lots' })).toThrow('a JVM memory size such as 2g or 512m was expected, got "lots"');
  });
});
