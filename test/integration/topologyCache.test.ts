import { Gateway } from '../../src/neo4j/gateway';
import { TopologyCache } from '../../src/services/topologyCache';
import { TopologyStore } from '../../src/store/topologyStore';
import { writeWorld } from '../../src/store/worldStore';
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

  test('reloads after Cascade writes, and after a write made outside Cascade', async () => {
    const cache = new TopologyCache(new TopologyStore(gateway));
    const before = await cache.get();
    await writeWorld(gateway, {
      nodes: [{ label: 'Component', id: PROBE, properties: { name: 'Probe', kind: 'SERVER' } }],
      relationships: [{ type: 'DEPENDS_ON', from: PROBE, to: 'bank.san-1', properties: { strength: 'HARD' } }],
    });
    const after = await cache.get();
    expect(after).not.toBe(before);
    expect(after.graph.needs(PROBE)).toEqual([{ from: PROBE, to: 'bank.san-1', type: 'DEPENDS_ON', strength: 'HARD' }]);

    // A delete through plain Cypher does not bump Cascade's version, but changes the totals.
    await gateway.write('deleteEntitiesByIds', { ids: [PROBE] });
    const cleaned = await cache.get();
    expect(cleaned.graph.nodes.has(PROBE)).toBe(false);
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
