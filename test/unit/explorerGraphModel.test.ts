import { chainPaths } from '../../web/explorer/chainPaths';
import { chainText, formatPeople, groupLabel, requiredMembers } from '../../web/explorer/format';
import { ImpactAnswer, addDependencyGraph, addImpact, applyGroups, emptyGraph, markNodes, nodeLines, toElements } from '../../web/explorer/graphModel';

const step = (id: string, kind: string, via: string | null = null, state = 'DOWN') => ({ id, kind, name: id, state, via });

/** Both ISP core routers fail: the retail account holders lose net banking. */
const impact: ImpactAnswer = {
  failures: [
    { id: 'isp.core-rtr-1', kind: 'Component', name: 'Core router 1', state: 'DOWN' },
    { id: 'isp.core-rtr-2', kind: 'Component', name: 'Core router 2', state: 'DOWN' },
  ],
  nodes: {
    nodes: [
      { id: 'isp.core-rtr-1', kind: 'Component', name: 'Core router 1', state: 'DOWN', chain: [step('isp.core-rtr-1', 'Component')] },
      {
        id: 'isp.core-routers',
        kind: 'RedundancyGroup',
        name: 'Core router pair',
        state: 'DOWN',
        chain: [step('isp.core-rtr-1', 'Component'), step('isp.core-routers', 'RedundancyGroup', 'HAS_MEMBER')],
        verdict: { group: { id: 'isp.core-routers', name: 'Core router pair' }, members: 2, available: 0, required: 1, state: 'DOWN' },
      },
    ],
  },
  consumerGroups: [
    {
      consumerGroup: { id: 'bank.cg.retail-account-holders', name: 'Retail account holders', size: 2400000 },
      state: 'DOWN',
      people: 2400000,
      chain: [
        step('isp.core-rtr-1', 'Component'),
        step('isp.core-routers', 'RedundancyGroup', 'HAS_MEMBER'),
        step('bank.netbanking', 'Service', 'DEPENDS_ON'),
        step('bank.offering.retail-netbanking', 'ServiceOffering', 'INCLUDES'),
        step('bank.cg.retail-account-holders', 'ConsumerGroup', 'TARGETS'),
      ],
    },
  ],
  redundancyVerdicts: [{ group: { id: 'isp.core-routers', name: 'Core router pair' }, members: 2, available: 0, required: 1, state: 'DOWN' }],
  cyclicSupport: [{ cycle: [{ id: 'bank.ad' }, { id: 'bank.dns' }], nodes: [{ id: 'bank.web-cluster' }] }],
};

describe('explorer view model', () => {
  test('group labels read "2 of 3 up, needs 2", with quorums counted as the API counts them', () => {
    expect(groupLabel(2, 3, 2)).toBe('2 of 3 up, needs 2');
    expect(requiredMembers(2, null, 3)).toBe(2);
    expect(requiredMembers(null, 50, 3)).toBe(2);
    expect(requiredMembers(null, 66.7, 3)).toBe(3);
    expect(requiredMembers(null, 100, 4)).toBe(4);
  });

  test('people counts are formatted the same whatever the locale', () => {
    expect(formatPeople(2400000)).toBe('2,400,000');
    expect(formatPeople(9)).toBe('9');
  });

  test('a dependency graph turns its edges the way impact travels', () => {
    const graph = addDependencyGraph(emptyGraph(), {
      nodes: [
        { id: 'svc', kind: 'Service', name: 'Net banking' },
        { id: 'grp', kind: 'RedundancyGroup', name: 'Web cluster' },
        { id: 'off', kind: 'ServiceOffering', name: 'Retail net banking' },
        { id: 'cg', kind: 'ConsumerGroup', name: 'Retail account holders', node: { size: 2400000 } },
      ],
      edges: [
        { from: 'svc', to: 'grp', type: 'DEPENDS_ON', strength: 'SOFT', via: [] },
        { from: 'off', to: 'svc', type: 'INCLUDES', strength: null, via: [] },
        { from: 'off', to: 'cg', type: 'TARGETS', strength: null, via: [] },
      ],
    });
    const edges = [...graph.edges.values()].map((e) => [e.source, e.target, e.soft]);
    expect(edges).toEqual([
      ['grp', 'svc', true],
      ['svc', 'off', false],
      ['off', 'cg', false],
    ]);
    applyGroups(graph, [{ id: 'grp', minUp: 2, minUpPercent: null, members: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] }]);
    expect(nodeLines(graph.nodes.get('grp')!)).toEqual(['Web cluster', '3 of 3 up, needs 2']);
    expect(nodeLines(graph.nodes.get('cg')!)).toEqual(['Retail account holders', '2,400,000 people']);
    expect(graph.nodes.get('svc')!.state).toBeNull();
  });

  test('an impact draws its causal chains, coloured, with verdicts, failures and cyclic support', () => {
    const graph = addDependencyGraph(emptyGraph(), { nodes: [{ id: 'bank.web-cluster', kind: 'RedundancyGroup', name: 'Web cluster' }], edges: [] });
    applyGroups(graph, [{ id: 'bank.web-cluster', minUp: 2, minUpPercent: null, members: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] }]);
    addImpact(graph, impact);
    expect(graph.nodes.get('bank.cg.retail-account-holders')).toMatchObject({ state: 'DOWN', people: 2400000 });
    expect(graph.nodes.get('isp.core-rtr-1')).toMatchObject({ state: 'DOWN', failed: true });
    expect(nodeLines(graph.nodes.get('isp.core-routers')!)[1]).toBe('0 of 2 up, needs 1');
    // Not reached by the impact: UP, every member available, and marked as held up by a cycle.
    expect(graph.nodes.get('bank.web-cluster')).toMatchObject({ state: 'UP', cyclic: true, group: { members: 3, available: 3, required: 2 } });
    expect(graph.edges.has('bank.netbanking|INCLUDES|bank.offering.retail-netbanking')).toBe(true);
    expect(graph.edges.has('bank.offering.retail-netbanking|TARGETS|bank.cg.retail-account-holders')).toBe(true);
    const elements = toElements(graph, new Map());
    const retail = elements.nodes.find((n: any) => n.data.id === 'bank.cg.retail-account-holders') as any;
    expect(retail.classes.split(' ')).toEqual(expect.arrayContaining(['kind-ConsumerGroup', 'state-DOWN']));
    expect(retail.data.fill).toBe('#d7263d');
  });

  test('highlights mark only the nodes drawn', () => {
    const graph = addImpact(emptyGraph(), impact);
    expect(markNodes(graph, ['isp.core-rtr-1', 'elsewhere'], 'spof')).toBe(1);
    expect(graph.nodes.get('isp.core-rtr-1')!.marks).toEqual(['spof']);
    expect((toElements(graph, new Map()).nodes[0] as any).classes).toContain('mark-spof');
  });

  test('an explanation chain reads as one line', () => {
    expect(chainText(impact.consumerGroups[0].chain)).toBe(
      'isp.core-rtr-1 → isp.core-routers → bank.netbanking → bank.offering.retail-netbanking → bank.cg.retail-account-holders',
    );
  });
});

describe('explorer service chain paths', () => {
  const org = (id: string, name: string) => ({ id, name });
  const isp = org('isp', 'Northwind Telecom');
  const bank = org('bank', 'Harbour Bank');
  const grid = org('power-utility', 'Coastal Grid Energy');
  const link = (direction: string, provider: typeof isp, consumer: typeof isp | null, hops: number, group?: { id: string; name: string; size: number }) => ({
    direction,
    provider,
    consumer,
    consumerGroup: group ?? null,
    service: { id: `${provider.id}.svc`, name: `${provider.name} service` },
    offering: null,
    strength: 'HARD',
    hops,
  });

  test('downstream, each consumer group gets the organisations the value passes through; upstream, each furthest provider its route', () => {
    const links = [
      link('UPSTREAM', grid, isp, 1),
      link('DOWNSTREAM', isp, bank, 1),
      link('DOWNSTREAM', isp, null, 1, { id: 'isp.cg.business', name: 'Business customers', size: 1800 }),
      link('DOWNSTREAM', bank, null, 2, { id: 'bank.cg.retail', name: 'Retail account holders', size: 2400000 }),
    ];
    const paths = chainPaths(links);
    expect(paths.map((p) => [p.direction, p.names.join(' → '), p.people])).toEqual([
      ['UPSTREAM', 'Coastal Grid Energy → Northwind Telecom', undefined],
      ['DOWNSTREAM', 'Northwind Telecom → Harbour Bank → Retail account holders', 2400000],
      ['DOWNSTREAM', 'Northwind Telecom → Business customers', 1800],
    ]);
  });
});
