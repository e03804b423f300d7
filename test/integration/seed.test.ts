import neo4j from 'neo4j-driver';
import { Gateway } from '../../src/neo4j/gateway';
import { exampleWorld } from '../../src/seed/exampleWorld';
import { seedExampleWorld } from '../../src/services/seedService';
import { writeWorld } from '../../src/store/worldStore';
import { testGateway } from '../helpers/testDatabase';

let gateway: Gateway;
beforeAll(() => {
  gateway = testGateway();
});
afterAll(async () => {
  await gateway.close();
});

async function counts(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await gateway.read('graphCounts');
  return { nodes: Number(row.nodes), relationships: Number(row.relationships) };
}

describe('the example world', () => {
  test('is loaded whole by the test set-up', async () => {
    expect(await counts()).toEqual({ nodes: exampleWorld.nodes.length, relationships: exampleWorld.relationships.length });
  });

  test('has at least 60 components and the three scenarios', async () => {
    const components = exampleWorld.nodes.filter((n) => n.label === 'Component');
    expect(components.length).toBeGreaterThanOrEqual(60);
    const ids = new Set(exampleWorld.nodes.map((n) => n.id));
    for (const id of ['rim.infrastructure-monitoring', 'bank.netbanking', 'bank.hr-portal', 'isp.business-internet', 'bank.atm', 'bank.branch-counter']) {
      expect(ids).toContain(id);
    }
  });

  test('seeding again changes nothing (idempotent)', async () => {
    const before = await counts();
    await seedExampleWorld(gateway, { whenEmpty: false });
    expect(await counts()).toEqual(before);
  });

  test('seeding when not empty is skipped', async () => {
    expect(await seedExampleWorld(gateway, { whenEmpty: true })).toEqual({ seeded: false, nodes: 0, relationships: 0 });
  });

  test('integer properties are stored as integers', async () => {
    const [row] = await gateway.read('entitiesByIds', { ids: ['bank.cg.retail-account-holders'] });
    expect((row.properties as { size: unknown }).size).toBe(2400000);
  });

  test.each([
    ['an unknown label', { nodes: [{ label: 'Toaster', id: 'test.toaster', properties: { name: 'T' } }], relationships: [] }],
    ['an unknown relationship type', { nodes: [], relationships: [{ type: 'LIKES', from: 'bank', to: 'isp' }] }],
    ['a relationship to a missing id', { nodes: [], relationships: [{ type: 'DEPENDS_ON', from: 'bank.san-1', to: 'test.nowhere', properties: { strength: 'HARD' } }] }],
  ])('%s is refused and changes nothing', async (_case, world) => {
    const before = await counts();
    await expect(writeWorld(gateway, world)).rejects.toThrow(/Unknown|names an id/);
    expect(await counts()).toEqual(before);
  });

  test('a write that fails part-way leaves the graph and its history as they were', async () => {
    const before = await counts();
    const newestChange = async () => (await gateway.read('changeHistory', { id: null, limit: neo4j.int(1) }))[0]?.change;
    const newestBefore = await newestChange();
    const broken = {
      nodes: [{ label: 'Component', id: 'test.half-written', properties: { name: 'half', kind: 'SERVER' } }],
      // A relationship type that is not allowed to be created from a number: the second batch fails.
      relationships: [{ type: 'DEPENDS_ON', from: 'test.half-written', to: 'bank.san-1', properties: { strength: { nested: 'map' } as never } }],
    };
    // Recorded as it goes: the node's history entry was written before the failure, and rolled back with it.
    await expect(writeWorld(gateway, broken, { recordAs: 'jest' })).rejects.toThrow();
    expect(await counts()).toEqual(before);
    expect(await newestChange()).toEqual(newestBefore);
  });
});
