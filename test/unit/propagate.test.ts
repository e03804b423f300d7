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
