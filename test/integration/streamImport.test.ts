import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileDocument } from '../../src/cli/fileDocument';
import { Gateway } from '../../src/neo4j/gateway';
import { ImportService } from '../../src/services/importService';
import { changeHistory } from '../../src/services/changeHistory';
import { testGateway } from '../helpers/testDatabase';

let gateway: Gateway;
let dir: string;

beforeAll(async () => {
  gateway = testGateway();
  dir = await mkdtemp(join(tmpdir(), 'cascade-stream-'));
});
afterAll(async () => {
  await gateway.write('deleteEntitiesByIds', { ids: ['test.stream.a', 'test.stream.b', ...['old1', 'old2', 'grp', 'new1', 'new2', 'grp2', 'new3'].map((id) => `test.stream.${id}`)] });
  await gateway.write('deleteEntitiesByIds', { ids: Array.from({ length: 6000 }, (_, i) => `test.stream.many-${i}`) });
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

  test('a problem only the validation sees, in the last node, leaves nothing of the write beside it', async () => {
    // More nodes than one write batch: the write is under way while the validation reads on.
    const nodes = Array.from({ length: 6000 }, (_, i) => ({ label: 'Component', id: `test.stream.many-${i}`, properties: { name: `Many ${i}`, kind: 'SERVER' } }));
    nodes[5999] = { ...nodes[5999], properties: { ...nodes[5999].properties, size: 3 } as never };
    const file = join(dir, 'late.json');
    await writeFile(file, JSON.stringify({ format: 'cascade-topology', version: 1, nodes, relationships: [{ type: 'DEPENDS_ON', from: 'test.stream.many-0', to: 'bank.san-1', properties: { strength: 'HARD' } }] }));
    const latest = (await changeHistory(gateway, null, 1))[0]?.id;
    await expect(new ImportService(gateway, 'jest').importStream(fileDocument(file))).rejects.toMatchObject({
      details: { problems: [{ path: 'nodes[5999].properties.size', message: 'is not a field of Component' }] },
    });
    expect(await new ImportService(gateway).labelsOf(['test.stream.many-0', 'test.stream.many-5998'])).toEqual(new Map());
    expect((await changeHistory(gateway, null, 1))[0]?.id).toBe(latest);
  });

  describe('nodes absent from the graph are created, stored ones merged and compared', () => {
    const component = (id: string, name: string) => ({ label: 'Component', id: `test.stream.${id}`, properties: { name, kind: 'SERVER' } });
    const group = (id: string, minUp: number) => ({ label: 'RedundancyGroup', id: `test.stream.${id}`, properties: { name: id, minUp } });
    const rel = (type: string, from: string, to: string, strength?: string) => ({
      type,
      from: from.includes('.') ? from : `test.stream.${from}`,
      to: to.includes('.') ? to : `test.stream.${to}`,
      ...(strength ? { properties: { strength } } : {}),
    });
    const importFile = async (name: string, nodes: unknown[], relationships: unknown[]) => {
      const file = join(dir, name);
      await writeFile(file, JSON.stringify({ format: 'cascade-topology', version: 1, nodes, relationships }));
      return new ImportService(gateway, 'jest').importStream(fileDocument(file));
    };
    const nameOf = async (id: string) => ((await gateway.read('entitiesByIds', { ids: [id] }))[0]?.properties as { name?: string } | undefined)?.name;

    test('a document of stored and new nodes counts each and joins new nodes to stored ones', async () => {
      await importFile('first.json', [component('old1', 'Old 1'), component('old2', 'Old 2')], [rel('DEPENDS_ON', 'old1', 'old2', 'HARD')]);
      const result = await importFile(
        'second.json',
        [component('old1', 'Old 1'), component('old2', 'Old 2, renamed'), group('grp', 2), component('new1', 'New 1'), component('new2', 'New 2')],
        [
          rel('DEPENDS_ON', 'old1', 'old2', 'HARD'),
          rel('HAS_MEMBER', 'grp', 'new1'),
          rel('HAS_MEMBER', 'grp', 'new2'),
          rel('DEPENDS_ON', 'new1', 'bank.san-1', 'HARD'),
          rel('DEPENDS_ON', 'old1', 'new1', 'SOFT'),
        ],
      );
      expect(result.nodeCounts).toEqual({ created: 3, updated: 1, unchanged: 1 });
      expect(result.relationshipCounts).toEqual({ created: 4, updated: 0, unchanged: 1 });
      const [toStored] = await gateway.read('relationshipBetween', { type: 'DEPENDS_ON', from: 'test.stream.new1', to: 'bank.san-1' });
      expect(toStored).toMatchObject({ fromLabel: 'Component', toLabel: 'Component', exists: true, properties: { strength: 'HARD' } });
      const [fromStored] = await gateway.read('relationshipBetween', { type: 'DEPENDS_ON', from: 'test.stream.old1', to: 'test.stream.new1' });
      expect(fromStored).toMatchObject({ exists: true, properties: { strength: 'SOFT' } });
      // Created without comparing, and still recorded: the history shows the node as new.
      const history = await changeHistory(gateway, 'test.stream.new1', 10);
      expect(history.some((c) => c.entityId === 'test.stream.new1' && c.before === null && c.after !== null)).toBe(true);
    });

    test('a refusal at the end of the write takes back the nodes it created and the ones it changed', async () => {
      const before = await nameOf('test.stream.old2');
      const latest = (await changeHistory(gateway, null, 1))[0]?.id;
      await expect(
        importFile('short.json', [component('old2', 'Old 2, renamed again'), group('grp2', 3), component('new3', 'New 3')], [rel('HAS_MEMBER', 'grp2', 'new3')]),
      ).rejects.toMatchObject({ details: { problems: [{ path: 'test.stream.grp2', message: expect.stringContaining('would have 1 members but needs 3') }] } });
      expect(await new ImportService(gateway).labelsOf(['test.stream.grp2', 'test.stream.new3'])).toEqual(new Map());
      expect(await nameOf('test.stream.old2')).toBe(before);
      expect((await changeHistory(gateway, null, 1))[0]?.id).toBe(latest);
    });
  });
});
