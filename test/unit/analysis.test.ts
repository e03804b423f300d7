import { findCyclicSupport } from '../../src/domain/impact/cyclicSupport';
import { exposure } from '../../src/domain/impact/exposure';
import { propagate } from '../../src/domain/impact/propagate';
import { redundancyVerdict } from '../../src/domain/impact/redundancyVerdict';
import { rootCauses } from '../../src/domain/impact/rootCauses';
import { singlePointsOfFailure } from '../../src/domain/impact/singlePointsOfFailure';
import { State } from '../../src/domain/impact/state';
import { buildGraph, topologyOf } from '../helpers/graphBuilder';

const failed = (states: Record<string, State>) => new Map(Object.entries(states));

describe('redundancy verdicts', () => {
  test.each([
    { members: 3, need: 2, failures: { w1: 'DOWN' }, expect: { down: 1, available: 2, margin: 0, state: 'DEGRADED', summary: 'g: 1 of 3 members down, needs 2 -> DEGRADED' } },
    { members: 3, need: 2, failures: { w1: 'DOWN', w2: 'DOWN' }, expect: { down: 2, available: 1, margin: -1, state: 'DOWN', summary: 'g: 2 of 3 members down, needs 2 -> DOWN' } },
    { members: 3, need: 2, failures: { w1: 'DEGRADED' }, expect: { down: 0, degraded: 1, available: 3, margin: 1, state: 'DEGRADED', summary: 'g: 0 of 3 members down, 1 degraded, needs 2 -> DEGRADED' } },
    { members: 4, need: '50%', failures: { w1: 'DOWN', w2: 'DOWN' }, expect: { required: 2, margin: 0, state: 'DEGRADED' } },
    { members: 3, need: '50%', failures: { w1: 'DOWN', w2: 'DOWN' }, expect: { required: 2, margin: -1, state: 'DOWN' } },
    // The group failed itself (a what-if or a status on the group): its members are up, it is not.
    { members: 2, need: 1, failures: { g: 'DOWN' }, expect: { down: 0, available: 2, margin: 1, state: 'DOWN', summary: 'g: 0 of 2 members down, needs 1 -> DOWN (the group itself, not its members)' } },
    { members: 3, need: 2, failures: { g: 'DEGRADED', w1: 'DOWN', w2: 'DOWN' }, expect: { down: 2, state: 'DOWN', summary: 'g: 2 of 3 members down, needs 2 -> DOWN' } },
  ] as { members: number; need: number | string; failures: Record<string, State>; expect: Record<string, unknown> }[])(
    '$members members needing $need with $failures',
    ({ members, need, failures, expect: expected }) => {
      const graph = buildGraph(Array.from({ length: members }, (_, i) => `g => w${i + 1}`), { g: need });
      const { states } = propagate(graph, failed(failures));
      expect(redundancyVerdict(graph, 'g', (id) => states.get(id) ?? 'UP')).toMatchObject(expected);
    },
  );
});

describe('cyclic support (the pessimistic, cold-start answer)', () => {
  const support = (edges: string[], groups: Record<string, number | string> = {}, failures: Record<string, State> = {}) => {
    const topology = topologyOf(buildGraph(edges, groups));
    const own = failed(failures);
    return findCyclicSupport(topology.graph, topology.cycles, own, propagate(topology.graph, own).states);
  };

  test('a cycle and what rests on it are flagged, naming the cycle', () => {
    expect(support(['a -> b', 'b -> a', 'c -> a'])).toEqual([{ cycle: ['a', 'b'], nodes: ['a', 'b', 'c'] }]);
  });

  test('a node with a way up that does not need the cycle is not flagged', () => {
    // g needs one of a (in the cycle a <-> g) or x (independent): x alone can bring g back.
    expect(support(['g => a', 'g => x', 'a -> g'], { g: 1 })).toEqual([]);
  });

  test('nothing is flagged without cycles', () => {
    expect(support(['a -> b', 'b -> c'], {}, { c: 'DEGRADED' })).toEqual([]);
  });

  test('nodes already DOWN in the answer are not flagged again', () => {
    expect(support(['a -> b', 'b -> a', 'c -> a', 'c -> d'], {}, { d: 'DOWN' })).toEqual([{ cycle: ['a', 'b'], nodes: ['a', 'b'] }]);
  });

  test('a soft edge out of a cycle still cannot make its dependant DOWN', () => {
    expect(support(['a -> b', 'b -> a', 'c ~> a'])).toEqual([{ cycle: ['a', 'b'], nodes: ['a', 'b'] }]);
  });
});

describe('exposure', () => {
  const graph = buildGraph(['s -> g', 'g => r1', 'g => r2', 'r1 -> p', 'r2 -> p', 's -> db', 's ~> mon'], { g: 1 });
  const byId = Object.fromEntries(exposure(graph, ['s']).map((e) => [e.id, e]));

  test.each([
    ['a direct hard need has margin 0', 'db', { hops: 1, margin: 0, groupMargin: null }],
    ['a group of two needing one has a spare member', 'g', { hops: 1, margin: 0, groupMargin: 1 }],
    ['a member behind that group is shielded by its margin', 'r1', { hops: 2, margin: 1 }],
    ['a shared dependency is judged path-wise', 'p', { hops: 3, margin: 1 }],
    ['a soft need can only degrade: no margin', 'mon', { hops: 1, margin: null }],
  ])('%s', (_rule, id, expected) => {
    expect(byId[id]).toMatchObject(expected);
  });
});

describe('exposure through a network', () => {
  // A ring r1-r2-r3-r4 with the customer at r1 and a spur r1-hub, the exits at r3; the hub is powered.
  const graph = buildGraph([
    'net: r1 =l12= r2', 'net: r2 =l23= r3', 'net: r3 =l34= r4', 'net: r4 =l41= r1', 'cx @net: r1 -> r3', 's -> cx', 'r2 -> power',
  ]);
  const byId = Object.fromEntries(exposure(graph, ['s']).map((e) => [e.id, e]));

  test.each([
    ['single-homed: the attachment point alone cuts it, so its tolerance is 1 (groupMargin 0)', 'cx', { margin: 0, groupMargin: 0 }],
    ['the attachment point alone cuts every path: margin 0', 'r1', { margin: 0 }],
    ['the exit alone cuts every path: margin 0', 'r3', { margin: 0 }],
    ['a router on one side of the ring needs one more failure', 'r2', { margin: 1 }],
    ['a link on one side of the ring needs one more failure', 'l34', { margin: 1 }],
    ['what a ring router rests on is shielded the same way', 'power', { margin: 1 }],
  ])('%s', (_rule, id, expected) => {
    expect(byId[id]).toMatchObject(expected);
  });

  test('dual-homed and with two exits it survives any single failure: tolerance 2, every element margin 1', () => {
    const dual = buildGraph(['net: p1 =a= c1', 'net: p2 =b= c2', 'net: c1 =x= c2', 'net: c1 =e= t1', 'net: c2 =f= t2', 'cx @net: p1,p2 -> t1,t2', 's -> cx']);
    const entries = exposure(dual, ['s']);
    expect(entries.find((e) => e.id === 'cx')).toMatchObject({ groupMargin: 1 });
    for (const element of ['p1', 'p2', 'c1', 'c2', 't1', 't2', 'a', 'b', 'x', 'e', 'f']) expect(entries.find((e) => e.id === element)?.margin).toBe(1);
  });
});

describe('single points of failure', () => {
  const cases: { rule: string; edges: string[]; groups: Record<string, number>; size: 1 | 2; expect: string[][] }[] = [
    {
      rule: 'a direct hard dependency is a single point',
      edges: ['s -> a', 's -> g', 'g => b', 'g => c'],
      groups: { g: 1 },
      size: 1,
      expect: [['a']],
    },
    {
      rule: 'a redundant pair is a cut set of two',
      edges: ['s -> g', 'g => b', 'g => c'],
      groups: { g: 1 },
      size: 2,
      expect: [['b', 'c']],
    },
    {
      rule: 'a dependency shared by both members is a single point, not hidden by the group',
      edges: ['s -> g', 'g => b', 'g => c', 'b -> power', 'c -> power'],
      groups: { g: 1 },
      size: 2,
      expect: [['power'], ['b', 'c']],
    },
    {
      rule: 'two of three needed: every pair is a cut set',
      edges: ['s -> g', 'g => w1', 'g => w2', 'g => w3'],
      groups: { g: 2 },
      size: 2,
      expect: [['w1', 'w2'], ['w1', 'w3'], ['w2', 'w3']],
    },
    {
      rule: 'soft dependencies never take the target down',
      edges: ['s ~> a', 's -> b'],
      groups: {},
      size: 2,
      expect: [['b']],
    },
    {
      rule: 'pairs across nested groups are found',
      edges: ['s -> outer', 'outer => g1', 'outer => g2', 'g1 => a', 'g2 => b'],
      groups: { outer: 1, g1: 1, g2: 1 },
      size: 2,
      expect: [['a', 'b']],
    },
  ];
  test.each(cases)('$rule', ({ edges, groups, size, expect: expected }) => {
    const answer = singlePointsOfFailure(topologyOf(buildGraph(edges, groups)), 's', size, 1000);
    expect(answer.sets.map((s) => s.componentIds).sort()).toEqual([...expected].sort());
    expect(answer.truncated).toBe(false);
  });

  test('sets are ranked by the people they cut off across the estate', () => {
    const graph = buildGraph(['s -> a', 's -> b', 'big -+> other', 'other -> b', 'small -+> s']);
    const topology = topologyOf(graph, { big: [['many', 1000]], small: [['few', 10]] });
    const answer = singlePointsOfFailure(topology, 's', 1, 1000);
    expect(answer.sets).toEqual([
      { componentIds: ['b'], peopleDown: 1010 },
      { componentIds: ['a'], peopleDown: 10 },
    ]);
  });

  test('the pair search stops at maxPairChecks and says so', () => {
    const graph = buildGraph(['s -> g', 'g => w1', 'g => w2', 'g => w3'], { g: 2 });
    const answer = singlePointsOfFailure(topologyOf(graph), 's', 2, 1);
    expect(answer.truncated).toBe(true);
    expect(answer.pairChecks).toBe(1);
  });
});

describe('root causes', () => {
  // svc1 and svc2 both rest on storage; svc1 alone on web; storage also carries svc3.
  const graph = buildGraph(['svc1 -> storage', 'svc2 -> storage', 'svc3 -> storage', 'svc1 -> web', 'svc2 -> db', 'db -> storage']);
  for (const id of ['svc1', 'svc2', 'svc3']) graph.nodes.get(id)!.kind = 'Service';

  test('the component explaining the most symptoms ranks first, with what it gets wrong', () => {
    const { causes } = rootCauses(topologyOf(graph), ['svc1', 'svc2'], 5, 100);
    expect(causes[0]).toMatchObject({ componentId: 'storage', explains: ['svc1', 'svc2'], wronglyPredicts: ['svc3'] });
    expect(causes.slice(1).map((c) => c.componentId).sort()).toEqual(['db', 'web']);
    expect(causes.find((c) => c.componentId === 'web')).toMatchObject({ explains: ['svc1'], leavesUnexplained: ['svc2'] });
  });

  test('fewer wrong predictions win among equal explanations', () => {
    const g = buildGraph(['svc1 -> a', 'svc1 -> b', 'svc2 -> b']);
    for (const id of ['svc1', 'svc2']) g.nodes.get(id)!.kind = 'Service';
    const { causes } = rootCauses(topologyOf(g), ['svc1'], 5, 100);
    expect(causes.map((c) => [c.componentId, c.wronglyPredicts])).toEqual([
      ['a', []],
      ['b', ['svc2']],
    ]);
  });
});
