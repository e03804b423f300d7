import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileDocument } from '../../src/cli/fileDocument';
import { Gateway } from '../../src/neo4j/gateway';
import { ImportService } from '../../src/services/importService';
import { testGateway } from '../helpers/testDatabase';

let gateway: Gateway;
let dir: string;

beforeAll(async () => {
  gateway = testGateway();
  dir = await mkdtemp(join(tmpdir(), 'cascade-stream-'));
});
afterAll(async () => {
  await gateway.write('deleteEntitiesByIds', { ids: ['test.stream.a', 'test.stream.b'] });
  await gateway.close();
  await rm(dir, { recursive: true, force: true });
});

describe('streamed import of a document file', () => {
  test('re-importing the exported example world from a file changes nothing, with progress', async () => {
    const service = new ImportService(gateway, 'jest');
    const file = join(dir, 'world.json');
    await writeFile(file, JSON.stringify(await service.export(), null, 2));
    const phases = new Set<string>();
    const result = await service.importStream(fileDocument(file), false, (phase) => phases.add(phase));
    expect(result).toEqual({
      dryRun: false,
      nodes: 260,
      relationships: 605,
      nodeCounts: { created: 0, updated: 0, unchanged: 260 },
      relationshipCounts: { created: 0, updated: 0, unchanged: 605 },
    });
    expect(phases).toEqual(new Set(['writing nodes', 'writing relationships']));
  });

  test('a file with problems reports all of them and writes nothing', async () => {
    const file = join(dir, 'bad.json');
    await writeFile(
      file,
      JSON.stringify({
        format: 'cascade-topology',
        version: 1,
        nodes: [
          { label: 'Component', id: 'test.stream.a', properties: { name: 'A', kind: 'SERVER' } },
          { label: 'Component', id: 'test.stream.b', properties: { name: 'B', kind: 'SERVER', size: 3 } },
        ],
        relationships: [{ type: 'DEPENDS_ON', from: 'test.stream.a', to: 'test.stream.zzz', properties: { strength: 'HARD' } }],
      }),
    );
    const service = new ImportService(gateway, 'jest');
    await expect(service.importStream(fileDocument(file))).rejects.toMatchObject({
      details: {
        problems: [
          { path: 'nodes[1].properties.size', message: 'is not a field of Component' },
          { path: 'relationships[0].to', message: '"test.stream.zzz" is neither in the document nor in the graph' },
        ],
      },
    });
    expect(await service.labelsOf(['test.stream.a'])).toEqual(new Map());
  });

  test('a file that is not a topology document says so', async () => {
    const file = join(dir, 'other.json');
    await writeFile(file, JSON.stringify({ format: 'something-else', version: 7, nodes: [], relationships: [] }));
    await expect(new ImportService(gateway).importStream(fileDocument(file))).rejects.toMatchObject({
      details: { problems: [{ path: 'format', message: 'must be "cascade-topology"' }, { path: 'version', message: 'must be 1' }] },
    });
  });
});
