import { State } from '../../src/domain/impact/state';
import { NetworkIndex, codeOfState, stateOfCode } from '../../src/domain/network/networkIndex';
import { NetworkModel } from '../../src/domain/network/networkModel';
import { connectivityTolerance } from '../../src/domain/network/tolerance';

/** 'r1 r2 r3' and ['l1 r1-r2', 'l2 r2>r3'] (> is directed from the left end to the right). */
function network(nodes: string, links: string[]): NetworkModel {
  return {
    id: 'net',
    nodes: nodes.split(' '),
    links: links.map((spec) => {
      const [id, ends] = spec.split(' ');
      const directed = ends.includes('>');
      const [a, b] = ends.split(directed ? '>' : '-');
      return { id, a, b, directed };
    }),
  };
}

const codes = (index: NetworkIndex, states: Record<string, State>) => (element: number) =>
  codeOfState(states[index.elements[element]] ?? 'UP');

type Case = {
  rule: string;
  nodes: string;
  links: string[];
  states?: Record<string, State>;
  from: string[];
  to: string[];
  state: State;
  path: string[] | null;
  tolerance: number;
  cut: string[];
};

const LINE = { nodes: 'r1 r2 r3', links: ['l1 r1-r2', 'l2 r2-r3'] };
const RING = { nodes: 'r1 r2 r3 r4', links: ['l12 r1-r2', 'l23 r2-r3', 'l34 r3-r4', 'l41 r4-r1'] };
const SQUARE = { nodes: 'r1 r2 r3 r4', links: ['la r1-r2', 'lb r2-r4', 'lc r1-r3', 'ld r3-r4'] };
const STAR = { nodes: 'hub s1 s2 s3', links: ['l1 s1-hub', 'l2 s2-hub', 'l3 s3-hub'] };

const cases: Case[] = [
  {
    rule: 'a line of UP elements is UP and breaks at any one of them',
    ...LINE,
    from: ['r1'],
    to: ['r3'],
    state: 'UP',
    path: ['r1', 'l1', 'r2', 'l2', 'r3'],
    tolerance: 1,
    cut: ['r1'],
  },
  {
    rule: 'a DEGRADED link on the only path degrades the connectivity',
    ...LINE,
    states: { l2: 'DEGRADED' },
    from: ['r1'],
    to: ['r3'],
    state: 'DEGRADED',
    path: ['r1', 'l1', 'r2', 'l2', 'r3'],
    tolerance: 1,
    cut: ['r1'],
  },
  {
    rule: 'a DOWN link on the only path is DOWN with nothing left to fail',
    ...LINE,
    states: { l2: 'DOWN' },
    from: ['r1'],
    to: ['r3'],
    state: 'DOWN',
    path: null,
    tolerance: 0,
    cut: [],
  },
  {
    rule: 'a DEGRADED router is bypassed by an UP detour',
    ...SQUARE,
    states: { r2: 'DEGRADED' },
    from: ['r1'],
    to: ['r4'],
    state: 'UP',
    path: ['r1', 'lc', 'r3', 'ld', 'r4'],
    tolerance: 1,
    cut: ['r1'],
  },
  {
    rule: 'the best path has the fewest DEGRADED elements before the fewest elements',
    nodes: 'r1 r2 r3 x y',
    links: ['l1 r1-r2', 'l2 r2-r3', 'la r1-x', 'lb x-y', 'lc y-r3'],
    states: { l1: 'DEGRADED', l2: 'DEGRADED', lb: 'DEGRADED' },
    from: ['r1'],
    to: ['r3'],
    state: 'DEGRADED',
    path: ['r1', 'la', 'x', 'lb', 'y', 'lc', 'r3'],
    tolerance: 1,
    cut: ['r1'],
  },
  {
    rule: 'a directed link carries nothing the wrong way',
    nodes: 'r1 r2',
    links: ['l1 r2>r1'],
    from: ['r1'],
    to: ['r2'],
    state: 'DOWN',
    path: null,
    tolerance: 0,
    cut: [],
  },
  {
    rule: 'a directed link carries traffic its own way',
    nodes: 'r1 r2',
    links: ['l1 r2>r1'],
    from: ['r2'],
    to: ['r1'],
    state: 'UP',
    path: ['r2', 'l1', 'r1'],
    tolerance: 1,
    cut: ['r2'],
  },
  {
    rule: 'a point both from and to is a path of one element',
    ...LINE,
    from: ['r1'],
    to: ['r3', 'r1'],
    state: 'UP',
    path: ['r1'],
    tolerance: 1,
    cut: ['r1'],
  },
  {
    rule: 'a point both from and to passes on its own trouble',
    ...LINE,
    states: { r2: 'DEGRADED' },
    from: ['r2'],
    to: ['r2'],
    state: 'DEGRADED',
    path: ['r2'],
    tolerance: 1,
    cut: ['r2'],
  },
  {
    rule: 'unknown ids and link ids among the points are ignored',
    ...LINE,
    from: ['nowhere', 'l1', 'r1'],
    to: ['r3', 'l2'],
    state: 'UP',
    path: ['r1', 'l1', 'r2', 'l2', 'r3'],
    tolerance: 1,
    cut: ['r1'],
  },
  {
    rule: 'no usable point at all is DOWN',
    ...LINE,
    from: ['nowhere'],
    to: ['r3'],
    state: 'DOWN',
    path: null,
    tolerance: 0,
    cut: [],
  },
  {
    rule: 'links with an end outside the network are ignored',
    nodes: 'r1 r2',
    links: ['l1 r1-gateway', 'l2 gateway-r2'],
    from: ['r1'],
    to: ['r2'],
    state: 'DOWN',
    path: null,
    tolerance: 0,
    cut: [],
  },
  {
    rule: 'a dual-homed ring survives any one failure',
    ...RING,
    from: ['r1', 'r2'],
    to: ['r3', 'r4'],
    state: 'UP',
    path: ['r1', 'l41', 'r4'],
    tolerance: 2,
    cut: ['r1', 'r2'],
  },
  {
    rule: 'a ring with one link DOWN hangs on one router',
    ...RING,
    states: { l23: 'DOWN' },
    from: ['r1', 'r2'],
    to: ['r3', 'r4'],
    state: 'UP',
    path: ['r1', 'l41', 'r4'],
    tolerance: 1,
    cut: ['r1'],
  },
  {
    rule: 'a star breaks at its hub',
    ...STAR,
    from: ['s1', 's2'],
    to: ['s3'],
    state: 'UP',
    path: ['s1', 'l1', 'hub', 'l3', 's3'],
    tolerance: 1,
    cut: ['hub'],
  },
];

describe('NetworkIndex and connectivityTolerance', () => {
  test.each(cases)('$rule', ({ nodes, links, states = {}, from, to, state, path, tolerance, cut }) => {
    const index = new NetworkIndex(network(nodes, links));
    const stateCode = codes(index, states);
    const need = index.compile({ from, to });
    expect(stateOfCode(index.evaluate(need, stateCode))).toBe(state);
    expect(stateOfCode(index.evaluateAll([need], stateCode)[0])).toBe(state);
    expect(index.bestPath(need, stateCode)).toEqual(path);
    expect(connectivityTolerance(index, need, stateCode)).toEqual({ size: tolerance, cut });
    const failed = codes(index, { ...states, ...Object.fromEntries(cut.map((id) => [id, 'DOWN' as State])) });
    expect(stateOfCode(index.evaluate(need, failed))).toBe('DOWN');
  });

  test('elements are the nodes then the usable links, each id once', () => {
    const index = new NetworkIndex(network('r1 r2 r1', ['l1 r1-r2', 'l1 r2-r1', 'r2 r1-r2', 'l2 r2-outside', 'l3 r2>r2']));
    expect(index.elements).toEqual(['r1', 'r2', 'l1', 'l3']);
    expect(index.size).toBe(4);
    expect(index.elementIndex('l3')).toBe(3);
    expect(index.elementIndex('l2')).toBeUndefined();
    expect(index.compile({ from: ['r2', 'r2', 'l1', 'x'], to: [] })).toEqual({ from: Int32Array.of(1), to: new Int32Array(0) });
  });

  test('evaluateAll answers many needs at once and fills a given buffer', () => {
    for (const links of [RING.links, [...RING.links, 'l13 r1>r3']]) {
      const index = new NetworkIndex(network(RING.nodes, links));
      const stateCode = codes(index, { r2: 'DOWN', l41: 'DEGRADED' });
      const needs = [
        { from: ['r1'], to: ['r3'] },
        { from: ['r2'], to: ['r3'] },
        { from: ['r3'], to: ['r4'] },
        { from: ['r1'], to: ['r4'] },
      ].map((need) => index.compile(need));
      const out = new Uint8Array(4);
      expect(index.evaluateAll(needs, stateCode, out)).toBe(out);
      const expected = index.hasDirectedLinks ? ['UP', 'DOWN', 'UP', 'UP'] : ['DEGRADED', 'DOWN', 'UP', 'DEGRADED'];
      expect([...out].map(stateOfCode)).toEqual(expected);
      expect(needs.map((need) => stateOfCode(index.evaluate(need, stateCode)))).toEqual(expected);
    }
  });
});
