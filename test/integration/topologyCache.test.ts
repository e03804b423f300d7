import { Gateway } from '../../src/neo4j/gateway';
import { TopologyCache } from '../../src/services/topologyCache';
import { TopologyStore } from '../../src/store/topologyStore';
import { writeWorld } from '../../src/store/worldStore';
import { MutationService } from '../../src/services/mutationService';
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
