import { Gateway } from '../../src/neo4j/gateway';
import { TopologyCache } from '../../src/services/topologyCache';
import { TopologyStore } from '../../src/store/topologyStore';
import { writeWorld } from '../../src/store/worldStore';
import { MutationService } from '../../src/services/mutationService';
import { TopologySnapshotFile } from '../../src/store/topologySnapshot';
import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { testGateway } from '../helpers/testDatabase';

let gateway: Gateway;
const PROBE = 'test.topology-probe';

beforeAll(() => {
  gateway = testGateway();
});
afterAll(async () => {
  await gateway.write('deleteEntitiesByIds', { ids: [PROBE] });
  await gateway.close();
});

describe('the in-memory topology', () => {
  test('holds the example world and is reused while nothing changes', async () => {
    const cache = new TopologyCache(new TopologyStore(gateway));
    const first = await cache.get();
    expect(first.graph.nodes.has('isp.core-rtr-1')).toBe(true);
    expect(first.targets.get('bank.offering.retail-netbanking')).toEqual(
      expect.arrayContaining([{ consumerGroupId: 'bank.cg.retail-account-holders', name: 'Retail account holders', size: 2400000 }]),
    );
    expect(await cache.get()).toBe(first);
  });

  test('applies the writes of Cascade in place, also those of another process; loads afresh after a write outside Cascade', async () => {
    const events: string[] = [];
    const observe = { onLoad: () => events.push('load'), onCatchUp: (n: number) => events.push(`catch-up ${n}`) };
    const cache = new TopologyCache(new TopologyStore(gateway), observe);
    // Another API process on the same database, holding its own topology.
    const other = new TopologyCache(new TopologyStore(gateway));
    const before = await cache.get();
    await other.get();
    events.length = 0;

    await new MutationService(gateway, 'jest').upsert('Component', { id: PROBE, name: 'Probe', kind: 'SERVER' }, null);
    await new MutationService(gateway, 'jest').connect({ type: 'DEPENDS_ON', from: PROBE, to: 'bank.san-1', strength: 'SOFT' });
    const after = await cache.get();
    expect(after).toBe(before);
    expect(events).toEqual(['catch-up 2']);
    for (const topology of [after, await other.get()]) {
      expect(topology.graph.needs(PROBE)).toEqual([{ from: PROBE, to: 'bank.san-1', type: 'DEPENDS_ON', strength: 'SOFT' }]);
    }

    // A delete through plain Cypher does not bump Cascade's version, but changes the totals.
    await gateway.write('deleteEntitiesByIds', { ids: [PROBE] });
    const cleaned = await cache.get();
    expect(cleaned.graph.nodes.has(PROBE)).toBe(false);
    expect(events).toEqual(['catch-up 2', 'load']);

    // A world written without history (no author) starts a new epoch: every process loads afresh.
    await writeWorld(gateway, { nodes: [{ label: 'Component', id: PROBE, properties: { name: 'Probe', kind: 'SERVER' } }], relationships: [] });
    expect((await other.get()).graph.nodes.has(PROBE)).toBe(true);
    expect((await cache.get()).graph.nodes.has(PROBE)).toBe(true);
    expect(events).toEqual(['catch-up 2', 'load', 'load']);
  });

  test('saves asked at once (the one after a load, a stop) write the snapshot once, never racing on its file', async () => {
    const file = path.join(await fsp.mkdtemp(path.join(os.tmpdir(), 'cascade-snapshot-')), 'topology.json');
    const events: string[] = [];
    const cache = new TopologyCache(new TopologyStore(gateway), { snapshot: new TopologySnapshotFile(file), onSnapshot: (event: string) => events.push(event) });
    await cache.get();
    await Promise.all([cache.saveSnapshot(), cache.saveSnapshot(), cache.saveSnapshot()]);
    // The background save after the load comes after the answer: let it run too.
    await new Promise((resolve) => setImmediate(resolve));
    await cache.saveSnapshot();
    expect(events).toEqual(['written']);
    await fsp.rm(path.dirname(file), { recursive: true, force: true });
  });

  test('a restart reads the snapshot and catches up instead of loading; a snapshot the graph no longer matches is set aside', async () => {
    const file = path.join(await fsp.mkdtemp(path.join(os.tmpdir(), 'cascade-snapshot-')), 'topology.json');
    const snapshot = new TopologySnapshotFile(file);
    const events: string[] = [];
    const observe = {
      snapshot,
      onLoad: () => events.push('load'),
      onCatchUp: (n: number) => events.push(`catch-up ${n}`),
      onSnapshot: (event: string) => events.push(`snapshot ${event}`),
    };
    const first = new TopologyCache(new TopologyStore(gateway), observe);
    await first.get();
    await first.saveSnapshot();
    expect(events).toEqual(['load', 'snapshot written']);

    // Written while no process runs: the next start applies it from the history.
    const probe = `${PROBE}-snapshot`;
    await new MutationService(gateway, 'jest').upsert('Component', { id: probe, name: 'Snapshot probe', kind: 'SERVER' }, null);
    events.length = 0;
    const restarted = new TopologyCache(new TopologyStore(gateway), observe);
    expect(restarted.isLoaded()).toBe(false);
    expect((await restarted.get()).graph.nodes.has(probe)).toBe(true);
    expect(events).toEqual(['catch-up 1', 'snapshot used']);
    expect(restarted.isLoaded()).toBe(true);

    // A delete outside Cascade: the totals no longer match what the snapshot was taken at.
    await gateway.write('deleteEntitiesByIds', { ids: [probe] });
    events.length = 0;
    const again = new TopologyCache(new TopologyStore(gateway), observe);
    expect((await again.get()).graph.nodes.has(probe)).toBe(false);
    // The recorded upsert is applied, but the totals tell that the graph holds one entity less.
    expect(events).toEqual(['catch-up 1', 'snapshot set aside', 'load']);

    // After a full load the snapshot is written again (in the background).
    while (!events.includes('snapshot written')) await new Promise((resolve) => setImmediate(resolve));

    // A file that is not a snapshot is no snapshot.
    await fsp.writeFile(file, '{"not": "a snapshot"');
    events.length = 0;
    await new TopologyCache(new TopologyStore(gateway), { ...observe, snapshot: { read: () => snapshot.read(), write: async () => undefined } }).get();
    expect(events).toEqual(['load']);
  });

  test('says whether a topology has been loaded, and tells its listener how long each load took', async () => {
    const loads: number[] = [];
    const cache = new TopologyCache(new TopologyStore(gateway), { onLoad: (ms) => loads.push(ms) });
    expect(cache.isLoaded()).toBe(false);
    await cache.get();
    expect(cache.isLoaded()).toBe(true);
    await cache.get();
    expect(loads).toHaveLength(1);
    expect(loads[0]).toBeGreaterThan(0);
  });

  test('concurrent questions share one load', async () => {
    const store = new TopologyStore(gateway);
    let loads = 0;
    const load = store.load.bind(store);
    store.load = async () => {
      loads += 1;
      return load();
    };
    const cache = new TopologyCache(store);
    const [a, b, c] = await Promise.all([cache.get(), cache.get(), cache.get()]);
    expect(a).toBe(b);
    expect(b).toBe(c);
    expect(loads).toBe(1);
  });
});
