import { GraphChange } from '../../src/domain/graphChange';
import { replayTopology } from '../../src/domain/impact/replayTopology';
import { Topology, TopologyData, targetFacts } from '../../src/domain/impact/topology';

const now: TopologyData = {
  version: 'v',
  nodes: [
    { id: 's', kind: 'Service', name: 'S' },
    { id: 'g', kind: 'RedundancyGroup', name: 'G', minUp: 2, minUpPercent: null },
    { id: 'a', kind: 'Component', name: 'A' },
    { id: 'b', kind: 'Component', name: 'B' },
    { id: 'o', kind: 'ServiceOffering', name: 'O' },
    { id: 'cx', kind: 'Connectivity', name: 'CX' },
    { id: 'r1', kind: 'Component', name: 'R1' },
    { id: 'r2', kind: 'Component', name: 'R2' },
    { id: 'l', kind: 'Component', name: 'L', directed: true },
  ],
  edges: [
    { from: 'g', to: 'a', type: 'HAS_MEMBER', strength: 'HARD' },
    { from: 'g', to: 'b', type: 'HAS_MEMBER', strength: 'HARD' },
    { from: 'o', to: 's', type: 'INCLUDES', strength: 'HARD' },
    { from: 's', to: 'g', type: 'DEPENDS_ON', strength: 'SOFT' },
  ],
  ...targetFacts([{ offeringId: 'o', consumerGroupId: 'cg', name: 'People', size: 900 }]),
  networkEnds: [
    { type: 'ATTACHED_AT', from: 'cx', to: 'r1' },
    { type: 'ATTACHED_AT', from: 'cx', to: 'r2' },
    { type: 'CONNECTS_FROM', from: 'l', to: 'r1' },
  ],
};

let n = 0;
const change = (c: Partial<GraphChange> & Pick<GraphChange, 'operation'>): GraphChange => ({
  id: `c${(n += 1)}`,
  at: '2026-11-29T10:00:00Z',
  by: 'test',
  entityId: null,
  relationshipType: null,
  fromId: null,
  toId: null,
  before: null,
  after: null,
  ...c,
});
const json = (value: unknown) => JSON.stringify(value);

describe('replaying the topology back in time', () => {
  test.each([
    ['undoing a create removes the node and its edges', [change({ operation: 'UPSERT', entityId: 'b', before: null })], (t: TopologyData) => {
      expect(t.nodes.map((x) => x.id)).not.toContain('b');
      expect(t.edges.some((e) => e.to === 'b')).toBe(false);
    }],
    ['undoing an update restores the fields', [change({ operation: 'UPSERT', entityId: 'g', before: json({ label: 'RedundancyGroup', name: 'G old', minUp: 1 }) })], (t: TopologyData) => {
      expect(t.nodes.find((x) => x.id === 'g')).toEqual({ id: 'g', kind: 'RedundancyGroup', name: 'G old', minUp: 1, minUpPercent: null });
    }],
    ['undoing a delete restores the node and its relationships', [change({
      operation: 'DELETE', entityId: 'c',
      before: json({ label: 'Component', name: 'C', relationships: [{ type: 'DEPENDS_ON', from: 's', to: 'c', properties: { strength: 'HARD' } }] }),
    })], (t: TopologyData) => {
      expect(t.nodes.find((x) => x.id === 'c')).toMatchObject({ kind: 'Component', name: 'C' });
      expect(t.edges).toContainEqual({ from: 's', to: 'c', type: 'DEPENDS_ON', strength: 'HARD' });
    }],
    ['undoing a connect removes the edge', [change({ operation: 'CONNECT', relationshipType: 'HAS_MEMBER', fromId: 'g', toId: 'b', before: null, after: json({}) })], (t: TopologyData) => {
      expect(t.edges.some((e) => e.from === 'g' && e.to === 'b')).toBe(false);
    }],
    ['undoing a strength change restores it', [change({ operation: 'CONNECT', relationshipType: 'DEPENDS_ON', fromId: 's', toId: 'g', before: json({ strength: 'HARD' }) })], (t: TopologyData) => {
      expect(t.edges).toContainEqual({ from: 's', to: 'g', type: 'DEPENDS_ON', strength: 'HARD' });
    }],
    ['undoing a disconnect restores the edge', [change({ operation: 'DISCONNECT', relationshipType: 'DEPENDS_ON', fromId: 'o', toId: 'a', before: json({ strength: 'SOFT' }) })], (t: TopologyData) => {
      expect(t.edges).toContainEqual({ from: 'o', to: 'a', type: 'DEPENDS_ON', strength: 'SOFT' });
    }],
    ['undoing a group size change restores the people count', [change({ operation: 'UPSERT', entityId: 'cg', before: json({ label: 'ConsumerGroup', name: 'People', size: 500 }) })], (t: TopologyData, topology: Topology) => {
      expect(topology.targets.get('o')).toEqual([{ consumerGroupId: 'cg', name: 'People', size: 500 }]);
    }],
    ['changes are undone newest first', [
      change({ operation: 'UPSERT', entityId: 'g', before: json({ label: 'RedundancyGroup', name: 'G', minUp: 1 }) }),
      change({ operation: 'UPSERT', entityId: 'g', before: json({ label: 'RedundancyGroup', name: 'G', minUp: 3 }) }),
    ], (t: TopologyData) => {
      expect(t.nodes.find((x) => x.id === 'g')?.minUp).toBe(3);
    }],
    ['a connectivity point connected since is gone before', [
      change({ operation: 'CONNECT', relationshipType: 'ATTACHED_AT', fromId: 'cx', toId: 'r2', before: null, after: json({}) }),
    ], (t: TopologyData) => {
      expect(t.networkEnds).toEqual([{ type: 'ATTACHED_AT', from: 'cx', to: 'r1' }, { type: 'CONNECTS_FROM', from: 'l', to: 'r1' }]);
    }],
    ['a link end disconnected since is back before', [
      change({ operation: 'DISCONNECT', relationshipType: 'CONNECTS_TO', fromId: 'l', toId: 'r2', before: json({}), after: null }),
    ], (t: TopologyData) => {
      expect(t.networkEnds).toContainEqual({ type: 'CONNECTS_TO', from: 'l', to: 'r2' });
    }],
    ['a link made directed since was two-way before', [
      change({ operation: 'UPSERT', entityId: 'l', before: json({ label: 'Component', name: 'L', directed: null }), after: json({ label: 'Component', name: 'L', directed: true }) }),
    ], (t: TopologyData) => {
      expect(t.nodes.find((x) => x.id === 'l')?.directed).toBeUndefined();
    }],
  ] as [string, GraphChange[], (t: TopologyData, topology: Topology) => void][])('%s', (_rule, changes, check) => {
    const topology = replayTopology(now, changes);
    check(topology.data, topology);
  });

  test('an import recorded only with its counts (before per-item history) cannot be replayed across', () => {
    expect(() => replayTopology(now, [change({ operation: 'IMPORT', after: json({}) })])).toThrow(/cannot be replayed/);
  });

  test('an itemised import is undone through its items; its summary changes nothing', () => {
    const summary = change({ operation: 'IMPORT', after: json({ nodes: {}, relationships: {}, itemised: true }) });
    expect(replayTopology(now, [summary]).data).toEqual({ ...now, version: `${now.version}@replay` });
  });
});
