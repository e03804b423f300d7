import { propagate } from '../../src/domain/impact/propagate';
import { chainTo } from '../../src/domain/impact/chain';
import { State } from '../../src/domain/impact/state';
import { buildGraph } from '../helpers/graphBuilder';

type Case = {
  rule: string;
  edges: string[];
  groups?: Record<string, number | string>;
  failures: Record<string, State>;
  expect: Record<string, State>;
};

const cases: Case[] = [
  { rule: 'a hard dependency passes DOWN on', edges: ['a -> b'], failures: { b: 'DOWN' }, expect: { a: 'DOWN', b: 'DOWN' } },
  { rule: 'a hard dependency passes DEGRADED on', edges: ['a -> b'], failures: { b: 'DEGRADED' }, expect: { a: 'DEGRADED' } },
  { rule: 'a soft dependency turns DOWN into DEGRADED', edges: ['a ~> b'], failures: { b: 'DOWN' }, expect: { a: 'DEGRADED' } },
  { rule: 'a soft dependency passes DEGRADED as DEGRADED', edges: ['a ~> b'], failures: { b: 'DEGRADED' }, expect: { a: 'DEGRADED' } },
  { rule: 'impact travels transitively', edges: ['a -> b', 'b -> c', 'c -> d'], failures: { d: 'DOWN' }, expect: { a: 'DOWN', b: 'DOWN', c: 'DOWN' } },
  { rule: 'impact never travels towards what a node needs', edges: ['a -> b', 'b -> c'], failures: { b: 'DOWN' }, expect: { a: 'DOWN', c: 'UP' } },
  { rule: 'a node takes the worst of its needs', edges: ['a ~> b', 'a -> c'], failures: { b: 'DOWN', c: 'DEGRADED' }, expect: { a: 'DEGRADED' } },
  { rule: 'a node keeps its own worse state', edges: ['a -> b'], failures: { a: 'DOWN', b: 'DEGRADED' }, expect: { a: 'DOWN' } },
  { rule: 'a group keeps quorum when one of two is down (minUp 1)', edges: ['g => r1', 'g => r2', 's -> g'], groups: { g: 1 }, failures: { r1: 'DOWN' }, expect: { g: 'DEGRADED', s: 'DEGRADED' } },
  { rule: 'a group goes DOWN when fewer than minUp are available', edges: ['g => r1', 'g => r2', 's -> g'], groups: { g: 1 }, failures: { r1: 'DOWN', r2: 'DOWN' }, expect: { g: 'DOWN', s: 'DOWN' } },
  { rule: 'two of three needed: one down degrades', edges: ['g => w1', 'g => w2', 'g => w3'], groups: { g: 2 }, failures: { w1: 'DOWN' }, expect: { g: 'DEGRADED' } },
  { rule: 'two of three needed: two down is DOWN', edges: ['g => w1', 'g => w2', 'g => w3'], groups: { g: 2 }, failures: { w1: 'DOWN', w3: 'DOWN' }, expect: { g: 'DOWN' } },
  { rule: 'a DEGRADED member still counts as available', edges: ['g => w1', 'g => w2'], groups: { g: 2 }, failures: { w1: 'DEGRADED' }, expect: { g: 'DEGRADED' } },
  { rule: 'percentages round up: 50% of 3 needs 2', edges: ['g => a', 'g => b', 'g => c'], groups: { g: '50%' }, failures: { a: 'DOWN', b: 'DOWN' }, expect: { g: 'DOWN' } },
  { rule: 'percentages round up: 50% of 4 needs 2', edges: ['g => a', 'g => b', 'g => c', 'g => d'], groups: { g: '50%' }, failures: { a: 'DOWN', b: 'DOWN' }, expect: { g: 'DEGRADED' } },
  { rule: 'a group never needs more members than it has (minUp 5 of 2 means both)', edges: ['g => a', 'g => b'], groups: { g: 5 }, failures: { a: 'DEGRADED' }, expect: { g: 'DEGRADED' } },
  { rule: 'minUp 0 never goes DOWN', edges: ['g => a', 'g => b'], groups: { g: 0 }, failures: { a: 'DOWN', b: 'DOWN' }, expect: { g: 'DEGRADED' } },
  { rule: 'groups nest', edges: ['outer => g1', 'outer => g2', 'g1 => a', 'g1 => b', 'g2 => c'], groups: { outer: 1, g1: 1, g2: 1 }, failures: { a: 'DOWN', b: 'DOWN' }, expect: { g1: 'DOWN', outer: 'DEGRADED' } },
  { rule: 'a cycle terminates and passes DOWN around', edges: ['a -> b', 'b -> a', 'b -> c'], failures: { c: 'DOWN' }, expect: { a: 'DOWN', b: 'DOWN' } },
  { rule: 'an untouched cycle stays UP', edges: ['a -> b', 'b -> a', 'x -> c'], failures: { c: 'DOWN' }, expect: { a: 'UP', b: 'UP', x: 'DOWN' } },
  { rule: 'interfaces and offerings follow their services hard', edges: ['i -I-> s', 'o -+> s', 's -> c'], failures: { c: 'DOWN' }, expect: { i: 'DOWN', o: 'DOWN', s: 'DOWN' } },
  // Networks: a ring r1-r2-r3-r4, the customer attached at r1, the exits at r3.
  ...networkCases(),
  { rule: 'simultaneous failures combine', edges: ['s -> g', 'g => a', 'g => b', 't ~> a'], groups: { g: 1 }, failures: { a: 'DOWN', b: 'DOWN' }, expect: { s: 'DOWN', t: 'DEGRADED' } },
];

describe('propagate', () => {
  test.each(cases)('$rule', ({ edges, groups, failures, expect: expected }) => {
    const graph = buildGraph(edges, groups);
    const { states } = propagate(graph, new Map(Object.entries(failures)));
    for (const [id, state] of Object.entries(expected)) {
      expect([id, states.get(id) ?? 'UP']).toEqual([id, state]);
    }
  });

  test('records a chain from a failure to every affected node, failure first', () => {
    const graph = buildGraph(['svc -> g', 'g => r1', 'g => r2', 'off -+> svc'], { g: 1 });
    const result = propagate(graph, new Map<string, State>([['r1', 'DOWN'], ['r2', 'DOWN']]));
    expect(chainTo('off', (id) => result.causeOf(id))).toEqual([
      { id: 'r1', via: null },
      { id: 'g', via: 'HAS_MEMBER' },
      { id: 'svc', via: 'DEPENDS_ON' },
      { id: 'off', via: 'INCLUDES' },
    ]);
  });
});

function networkCases(): Case[] {
  const ring = ['net: r1 =l12= r2', 'net: r2 =l23= r3', 'net: r3 =l34= r4', 'net: r4 =l41= r1', 'cx @net: r1 -> r3', 'svc -> cx'];
  return [
    { rule: 'network: one router of a ring cuts nothing, the network is DEGRADED', edges: ring, failures: { r2: 'DOWN' }, expect: { cx: 'UP', svc: 'UP', net: 'DEGRADED' } },
    { rule: 'network: a link down is routed around', edges: ring, failures: { l12: 'DOWN' }, expect: { cx: 'UP', svc: 'UP' } },
    { rule: 'network: both sides of the ring down cut the path', edges: ring, failures: { r2: 'DOWN', l34: 'DOWN' }, expect: { cx: 'DOWN', svc: 'DOWN' } },
    { rule: 'network: the attachment point itself down is DOWN', edges: ring, failures: { r1: 'DOWN' }, expect: { cx: 'DOWN', svc: 'DOWN' } },
    { rule: 'network: a degraded element on every path degrades', edges: ring, failures: { r3: 'DEGRADED' }, expect: { cx: 'DEGRADED', svc: 'DEGRADED' } },
    { rule: 'network: an UP detour beats a degraded router', edges: ring, failures: { r2: 'DEGRADED' }, expect: { cx: 'UP' } },
    { rule: 'network: the best path must pass a degraded link when the other side is down', edges: ring, failures: { l12: 'DEGRADED', r4: 'DOWN' }, expect: { cx: 'DEGRADED' } },
    {
      rule: 'network: elements keep their own dependencies (a power feed takes two routers down)',
      edges: [...ring, 'r2 -> power', 'l34 -> power'],
      failures: { power: 'DOWN' },
      expect: { r2: 'DOWN', l34: 'DOWN', cx: 'DOWN', svc: 'DOWN' },
    },
    {
      rule: 'network: a directed link carries traffic one way only',
      edges: ['net: a =lab=> b', 'net: b =lba=> a', 'up @net: a -> b', 'down @net: b -> a'],
      failures: { lba: 'DOWN' },
      expect: { up: 'UP', down: 'DOWN' },
    },
    {
      rule: 'network: any attachment point and any exit will do (dual-homed)',
      edges: ['net: p1 =l1= core', 'net: p2 =l2= core', 'net: core =l3= t1', 'net: core =l4= t2', 'cx @net: p1,p2 -> t1,t2'],
      failures: { p1: 'DOWN', t2: 'DOWN' },
      expect: { cx: 'UP', net: 'DEGRADED' },
    },
    {
      rule: 'network: a connectivity down passes on through soft and group rules like any node',
      edges: [...ring, 'g => cx', 'g => backup', 'app -> g', 'web ~> cx'],
      groups: { g: 1 },
      failures: { r1: 'DOWN' },
      expect: { cx: 'DOWN', g: 'DEGRADED', app: 'DEGRADED', web: 'DEGRADED' },
    },
    {
      rule: 'network: a cycle through a network (the router needs a service over the network) terminates',
      edges: [...ring, 'r3 -> dns', 'dns -> cx'],
      failures: { r1: 'DOWN' },
      expect: { cx: 'DOWN', dns: 'DOWN', r3: 'DOWN', svc: 'DOWN' },
    },
    { rule: 'network: the network named as failed takes every connectivity through it down', edges: ring, failures: { net: 'DOWN' }, expect: { cx: 'DOWN', svc: 'DOWN' } },
  ];
}
