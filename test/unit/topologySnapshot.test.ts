import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TopologyData } from '../../src/domain/impact/topology';
import { Snapshot, TopologySnapshotFile } from '../../src/store/topologySnapshot';

/**
 * The snapshot file is written and read in lines of a few items (a 1M-component topology is more
 * JSON than one string can hold); what comes back is what went in, and anything short of a whole,
 * current snapshot reads as none, so that a full load follows.
 */
const data: TopologyData = {
  version: '7',
  nodes: Array.from({ length: 23 }, (_, i) => ({ id: `c${i}`, kind: 'Component' as const, name: `Component "${i}"\n`, minUp: i % 5 === 0 ? 2 : null, minUpPercent: null })),
  edges: Array.from({ length: 31 }, (_, i) => ({ from: `c${i % 23}`, to: `c${(i * 7) % 23}`, type: 'DEPENDS_ON' as const, strength: i % 3 === 0 ? ('SOFT' as const) : ('HARD' as const) })),
  networkEnds: [{ type: 'CONNECTS_FROM', from: 'l1', to: 'c1' }] as TopologyData['networkEnds'],
  groups: [{ id: 'g1', name: 'Retail', size: 2_400_000 }],
  facts: [],
};
const snapshot: Snapshot = { fingerprint: { version: 42, epoch: 'e1', nodes: 24, relationships: 32 }, data };

async function tempFile(): Promise<string> {
  return path.join(await fsp.mkdtemp(path.join(os.tmpdir(), 'cascade-snapshot-unit-')), 'topology.snapshot');
}

describe('the topology snapshot file', () => {
  test.each([1, 4, 10_000])('what is written in lines of %i items reads back as it was', async (chunkItems) => {
    const file = await tempFile();
    await new TopologySnapshotFile(file, { chunkItems }).write(snapshot);
    expect(await new TopologySnapshotFile(file).read()).toEqual(snapshot);
    // Lines, not one text: the largest line holds one chunk.
    const lines = (await fsp.readFile(file, 'utf8')).trim().split('\n');
    expect(lines.length).toBe(1 + Math.ceil(23 / chunkItems) + Math.ceil(31 / chunkItems) + 1 + 1);
    expect((await fsp.readdir(path.dirname(file))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test.each([
    ['no file', async () => undefined],
    ['a file cut short', async (file: string) => fsp.writeFile(file, (await fsp.readFile(file, 'utf8')).split('\n').slice(0, -3).join('\n'))],
    ['a line cut in half', async (file: string) => fsp.writeFile(file, (await fsp.readFile(file, 'utf8')).slice(0, -20))],
    ['the format before (one JSON text)', async (file: string) => fsp.writeFile(file, JSON.stringify({ format: 'cascade-topology-snapshot', version: 1, ...snapshot }))],
    ['another file', async (file: string) => fsp.writeFile(file, 'not a snapshot\n')],
    ['an empty file', async (file: string) => fsp.writeFile(file, '')],
  ])('%s reads as no snapshot', async (what, spoil) => {
    const file = await tempFile();
    if (what !== 'no file') await new TopologySnapshotFile(file, { chunkItems: 5 }).write(snapshot);
    await spoil(file);
    expect(await new TopologySnapshotFile(file).read()).toBeNull();
  });

  test('a write that fails leaves the previous snapshot and no temporary file', async () => {
    const file = await tempFile();
    await new TopologySnapshotFile(file).write(snapshot);
    const broken = { ...snapshot, data: { ...data, facts: null as unknown as TopologyData['facts'] } };
    await expect(new TopologySnapshotFile(file).write(broken)).rejects.toThrow();
    expect(await new TopologySnapshotFile(file).read()).toEqual(snapshot);
    expect((await fsp.readdir(path.dirname(file))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
