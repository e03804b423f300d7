import { syntheticWorld } from '../../bench/syntheticWorld';

/** The model's relationship types with the labels each may connect (docs/model.md, The graph model). */
const ALLOWED: Record<string, [string[], string[]]> = {
  DEPENDS_ON: [['Component', 'Service', 'ServiceInterface'], ['Component', 'Service', 'RedundancyGroup']],
  HAS_MEMBER: [['RedundancyGroup'], ['Component', 'Service', 'RedundancyGroup']],
  INTERFACE_OF: [['ServiceInterface'], ['Service']],
  INCLUDES: [['ServiceOffering'], ['Service']],
  ACCESSED_THROUGH: [['ServiceOffering'], ['ServiceInterface']],
  TARGETS: [['ServiceOffering'], ['ConsumerGroup']],
  USES: [['ConsumerGroup'], ['ServiceInterface']],
  PART_OF: [['ConsumerGroup'], ['Organization']],
  OFFERED_BY: [['ServiceOffering'], ['Organization']],
  PROVIDED_BY: [['Service'], ['Organization']],
  OWNED_BY: [['Component', 'RedundancyGroup'], ['Organization']],
  MADE_BY: [['Product'], ['Organization']],
  CONFIGURED_FROM: [['Component'], ['Product']],
  HAS_PROVIDER: [['ServiceRelationship'], ['Organization']],
  HAS_CONSUMER: [['ServiceRelationship'], ['Organization']],
  COVERS: [['ServiceRelationship'], ['ServiceOffering']],
  AGREES: [['ServiceRelationship'], ['ServiceLevel']],
  HAS_COST: [['Service', 'ServiceOffering'], ['Cost']],
  HAS_RISK: [['Service', 'ServiceOffering'], ['Risk']],
  PRODUCES: [['Service'], ['Output']],
  ENABLES: [['Service'], ['Outcome']],
  BENEFITS: [['Outcome'], ['ConsumerGroup']],
};
const LABELS = new Set([
  'Organization', 'ConsumerGroup', 'Product', 'Component', 'RedundancyGroup', 'Service', 'ServiceInterface',
  'ServiceOffering', 'ServiceRelationship', 'ServiceLevel', 'Cost', 'Risk', 'Output', 'Outcome',
]);
const KINDS = new Set([
  'SERVER', 'ROUTER', 'SWITCH', 'FIREWALL', 'LOAD_BALANCER', 'NETWORK_LINK', 'DATABASE', 'STORAGE', 'DATA_CENTRE',
  'POWER', 'COOLING', 'FACILITY', 'TEAM', 'TOOL', 'APPLICATION', 'DISPLAY', 'DEVICE',
]);

describe('syntheticWorld at 2,000 components', () => {
  const world = syntheticWorld({ components: 2_000, seed: 7 });
  const byId = new Map(world.nodes.map((n) => [n.id, n]));

  test('the same seed builds the same world, and another seed another one', () => {
    expect(syntheticWorld({ components: 2_000, seed: 7 })).toEqual(world);
    expect(syntheticWorld({ components: 2_000, seed: 8 })).not.toEqual(world);
  });

  test('it holds about the number of components asked for, with about four dependencies each', () => {
    const components = world.nodes.filter((n) => n.label === 'Component').length;
    expect(components).toBeGreaterThanOrEqual(2_000);
    expect(components).toBeLessThan(2_200);
    const needs = world.relationships.filter((r) => r.type === 'DEPENDS_ON' || r.type === 'HAS_MEMBER').length;
    expect(needs / components).toBeGreaterThan(3);
    expect(needs / components).toBeLessThan(5);
  });

  test('ids are unique', () => {
    expect(byId.size).toBe(world.nodes.length);
  });

  test('every relationship joins two existing nodes, once per type and pair', () => {
    const missing = world.relationships.filter((r) => !byId.has(r.from) || !byId.has(r.to));
    expect(missing).toEqual([]);
    const keys = world.relationships.map((r) => `${r.type} ${r.from} ${r.to}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test("labels and relationship types are only the model's, between the labels it names", () => {
    expect(world.nodes.filter((n) => !LABELS.has(n.label))).toEqual([]);
    const wrong = world.relationships.filter((r) => {
      const allowed = ALLOWED[r.type];
      return !allowed || !allowed[0].includes(byId.get(r.from)!.label) || !allowed[1].includes(byId.get(r.to)!.label);
    });
    expect(wrong).toEqual([]);
  });

  test('every component has a known kind and every dependency a strength', () => {
    expect(world.nodes.filter((n) => n.label === 'Component' && !KINDS.has(String(n.properties.kind)))).toEqual([]);
    const dependencies = world.relationships.filter((r) => r.type === 'DEPENDS_ON');
    expect(dependencies.filter((r) => r.properties?.strength !== 'HARD' && r.properties?.strength !== 'SOFT')).toEqual([]);
  });

  test('every redundancy group has exactly one of minUp and minUpPercent, and members', () => {
    const groups = world.nodes.filter((n) => n.label === 'RedundancyGroup');
    expect(groups.length).toBeGreaterThan(100);
    const members = new Set(world.relationships.filter((r) => r.type === 'HAS_MEMBER').map((r) => r.from));
    for (const group of groups) {
      const rules = ['minUp', 'minUpPercent'].filter((key) => typeof group.properties[key] === 'number');
      expect({ id: group.id, rules: rules.length }).toEqual({ id: group.id, rules: 1 });
      expect(members.has(group.id)).toBe(true);
    }
  });

  test('consumer groups have sizes', () => {
    const groups = world.nodes.filter((n) => n.label === 'ConsumerGroup');
    expect(groups.length).toBeGreaterThan(5);
    for (const group of groups) expect(group.properties.size).toBeGreaterThan(0);
  });

  test('the probes exist: a paired core router, a service, five services or offerings', () => {
    const { coreRouter, topService, symptoms, symptomCause } = world.probes;
    expect(byId.get(coreRouter)).toMatchObject({ label: 'Component', properties: { kind: 'ROUTER' } });
    const pair = world.relationships.find((r) => r.type === 'HAS_MEMBER' && r.to === coreRouter);
    expect(byId.get(pair!.from)?.properties.minUp).toBe(1);
    expect(world.relationships.filter((r) => r.type === 'DEPENDS_ON' && r.to === coreRouter)).toEqual([]);
    expect(byId.get(topService)?.label).toBe('Service');
    expect(symptoms).toHaveLength(5);
    expect(new Set(symptoms).size).toBe(5);
    for (const id of symptoms) expect(['Service', 'ServiceOffering']).toContain(byId.get(id)?.label);
    expect(byId.get(symptomCause)?.label).toBe('Component');
  });
});
