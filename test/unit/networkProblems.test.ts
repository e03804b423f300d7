import { ImpactGraph, ImpactNode, ImpactEdge, NetworkEnd } from '../../src/domain/impact/impactGraph';
import { networkProblems } from '../../src/domain/network/networkProblems';
import { buildGraph } from '../helpers/graphBuilder';

describe('networkProblems', () => {
  test('a sound model has none', () => {
    expect(networkProblems(buildGraph(['net: a =l= b', 'cx @net: a -> b', 's -> cx']))).toEqual([]);
  });

  test.each([
    ['a point that is not a router of the network', ['net: a =l= b', 'cx @net: a,x -> b'], [['cx', 'POINT_NOT_IN_NETWORK']]],
    ['no usable destination', ['net: a =l= b', 'cx @net: a -> x'], [['cx', 'NO_POINTS'], ['cx', 'POINT_NOT_IN_NETWORK']]],
    ['no path even with all UP', ['net: a =l= b', 'net: c', 'cx @net: a -> c'], [['cx', 'UNROUTABLE']]],
    ['a directed link the wrong way only', ['net: a =l=> b', 'cx @net: b -> a'], [['cx', 'UNROUTABLE']]],
  ])('%s', (_case, lines, expected) => {
    expect(networkProblems(buildGraph(lines as string[])).map((p) => [p.id, p.kind])).toEqual(expected);
  });

  test('a connectivity through no network, a link with three ends, a link ending outside its network', () => {
    const nodes: ImpactNode[] = ['net', 'a', 'b', 'c', 'l1', 'l2', 'cx'].map((id) => ({
      id,
      kind: id === 'net' ? 'Network' : id === 'cx' ? 'Connectivity' : 'Component',
      name: id,
    }));
    const edges: ImpactEdge[] = ['a', 'b', 'l1', 'l2'].map((to) => ({ from: 'net', to, type: 'HAS_ELEMENT', strength: 'HARD' }));
    const ends: NetworkEnd[] = [
      { type: 'CONNECTS_FROM', from: 'l1', to: 'a' },
      { type: 'CONNECTS_TO', from: 'l1', to: 'b' },
      { type: 'CONNECTS_TO', from: 'l1', to: 'c' },
      { type: 'CONNECTS_FROM', from: 'l2', to: 'a' },
      { type: 'CONNECTS_TO', from: 'l2', to: 'c' },
      { type: 'ATTACHED_AT', from: 'cx', to: 'a' },
    ];
    const problems = networkProblems(new ImpactGraph(nodes, edges, ends));
    expect(problems.map((p) => [p.id, p.kind])).toEqual([
      ['cx', 'NO_NETWORK'],
      ['l1', 'LINK_ENDS'],
      ['l2', 'LINK_END_NOT_IN_NETWORK'],
    ]);
    expect(problems[1].message).toBe('link l1 has 1 CONNECTS_FROM and 2 CONNECTS_TO ends; a link needs one of each');
  });
});
