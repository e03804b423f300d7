import { cyclicSupportView, findCyclicSupport } from '../../src/domain/impact/cyclicSupport';
import { LiveTopology } from '../../src/domain/impact/liveTopology';
import { propagate } from '../../src/domain/impact/propagate';
import { State } from '../../src/domain/impact/state';
import { TopologyData } from '../../src/domain/impact/topology';

/**
 * A directory (a group that needs one of its two servers) and its DNS need each other; one server
 * needs DNS, the other stands on its own. With nothing failed the standalone server can bring the
 * directory up from cold, so nothing is held up by the cycle alone.
 */
function estate(): LiveTopology {
  const data: TopologyData = {
    version: '1',
    nodes: [
      { id: 'dir', kind: 'RedundancyGroup', name: 'Directory', minUp: 1, minUpPercent: null },
      { id: 'dns', kind: 'Component', name: 'DNS' },
      { id: 'dc1', kind: 'Component', name: 'Domain controller 1' },
      { id: 'dc2', kind: 'Component', name: 'Domain controller 2' },
      { id: 'app', kind: 'Component', name: 'App' },
    ],
    edges: [
      { from: 'dir', to: 'dc1', type: 'HAS_MEMBER', strength: 'HARD' },
      { from: 'dir', to: 'dc2', type: 'HAS_MEMBER', strength: 'HARD' },
      { from: 'dc1', to: 'dns', type: 'DEPENDS_ON', strength: 'HARD' },
      { from: 'dns', to: 'dir', type: 'DEPENDS_ON', strength: 'HARD' },
      { from: 'app', to: 'dir', type: 'DEPENDS_ON', strength: 'HARD' },
    ],
    networkEnds: [],
    groups: [],
    facts: [],
  };
  return new LiveTopology(data);
}

const support = (live: LiveTopology, failures: Record<string, State>) => {
  const own = new Map(Object.entries(failures));
  return findCyclicSupport(live.graph, live.cycles, own, propagate(live.graph, own));
};

describe('cyclic support kept per version and worsened by failures', () => {
  test('a failure that takes away the support from outside leaves the cycle and what rests on it flagged', () => {
    const live = estate();
    expect(support(live, {})).toEqual([]);
    // dc2 down: the directory runs on dc1, which needs DNS, which needs the directory.
    expect(support(live, { dc2: 'DOWN' })).toEqual([{ cycle: ['dc1', 'dir', 'dns'], nodes: ['dc1', 'dir', 'dns', 'app'] }]);
    // Asked again with nothing failed, the same version answers as before.
    expect(support(live, {})).toEqual([]);
  });

  test('a degraded support is still support: the cycle can come up through it', () => {
    expect(support(estate(), { dc2: 'DEGRADED' })).toEqual([]);
  });

  test('a change to the graph is seen by the next question: the standalone server now needs DNS too', () => {
    const live = estate();
    expect(support(live, {})).toEqual([]);
    live.apply([{ kind: 'relationship', type: 'DEPENDS_ON', from: 'dc2', to: 'dns', properties: {} }], '2');
    expect(support(live, {})).toEqual([{ cycle: ['dc1', 'dc2', 'dir', 'dns'], nodes: ['dc1', 'dc2', 'dir', 'dns', 'app'] }]);
  });

  test('answers name nodes by their names in the version asked', () => {
    const live = estate();
    live.apply([{ kind: 'entity', id: 'dc2', properties: null }], '2');
    const view = () => cyclicSupportView(live.graph, live.cycles, new Map(), propagate(live.graph, new Map()));
    expect(view()[0].nodes.map((n) => n.name)).toEqual(['Domain controller 1', 'Directory', 'DNS', 'App']);
    live.apply([{ kind: 'entity', id: 'app', properties: { label: 'Component', name: 'Payroll' } }], '3');
    expect(view()[0].nodes.map((n) => n.name)).toEqual(['Domain controller 1', 'Directory', 'DNS', 'Payroll']);
  });

  test('a change outside the region that a rule inside reads is seen: a link moved opens a path around the router held up by DNS', () => {
    // A connectivity from r1 to r4 through a mesh; r3 needs DNS, which needs the directory, which
    // needs DNS. The only path runs through r3 until link d, outside the region, is moved to r4.
    const link = (id: string, from: string, to: string) => [
      { type: 'CONNECTS_FROM' as const, from: id, to: from },
      { type: 'CONNECTS_TO' as const, from: id, to },
    ];
    const live = new LiveTopology({
      version: '1',
      nodes: [
        ...['dns', 'dir', 'r1', 'r2', 'r3', 'r4', 'a', 'b', 'c', 'd'].map((id) => ({ id, kind: 'Component' as const, name: id })),
        { id: 'net', kind: 'Network', name: 'Mesh' },
        { id: 'cx', kind: 'Connectivity', name: 'Branch to head office' },
      ],
      edges: [
        { from: 'dns', to: 'dir', type: 'DEPENDS_ON', strength: 'HARD' },
        { from: 'dir', to: 'dns', type: 'DEPENDS_ON', strength: 'HARD' },
        { from: 'r3', to: 'dns', type: 'DEPENDS_ON', strength: 'HARD' },
        ...['r1', 'r2', 'r3', 'r4', 'a', 'b', 'c', 'd'].map((to) => ({ from: 'net', to, type: 'HAS_ELEMENT' as const, strength: 'HARD' as const })),
        { from: 'cx', to: 'net', type: 'THROUGH', strength: 'HARD' },
      ],
      networkEnds: [
        ...link('a', 'r1', 'r3'),
        ...link('b', 'r3', 'r4'),
        ...link('c', 'r1', 'r2'),
        ...link('d', 'r2', 'r1'),
        { type: 'ATTACHED_AT', from: 'cx', to: 'r1' },
        { type: 'REACHES', from: 'cx', to: 'r4' },
      ],
      groups: [],
      facts: [],
    });
    expect(support(live, {})).toEqual([{ cycle: ['dir', 'dns'], nodes: ['dir', 'dns', 'r3', 'cx'] }]);
    live.apply(
      [
        { kind: 'relationship', type: 'CONNECTS_TO', from: 'd', to: 'r1', properties: null },
        { kind: 'relationship', type: 'CONNECTS_TO', from: 'd', to: 'r4', properties: {} },
      ],
      '2',
    );
    expect(support(live, {})).toEqual([{ cycle: ['dir', 'dns'], nodes: ['dir', 'dns', 'r3'] }]);
  });

  test('a change away from the region keeps the index and its laid-out region; one inside lays it out again', () => {
    const live = estate();
    const before = live.cycles;
    live.apply([{ kind: 'entity', id: 'probe', properties: { label: 'Component', name: 'Probe' } }], '2');
    live.apply([{ kind: 'relationship', type: 'DEPENDS_ON', from: 'probe', to: 'dc2', properties: {} }], '3');
    live.apply([{ kind: 'relationship', type: 'OWNED_BY', from: 'dc2', to: 'org', properties: {} }], '4');
    expect(live.cycles).toBe(before);
    live.apply([{ kind: 'entity', id: 'app', properties: { label: 'Component', name: 'Payroll' } }], '5');
    expect(live.cycles).not.toBe(before);
  });
});

