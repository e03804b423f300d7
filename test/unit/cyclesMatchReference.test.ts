import fc from 'fast-check';
import { findCycles } from '../../src/domain/impact/cycles';
import { ImpactGraph } from '../../src/domain/impact/impactGraph';
import { LiveTopology } from '../../src/domain/impact/liveTopology';
import { TopologyChange } from '../../src/domain/impact/topologyChange';
import { randomCase, randomNetworkCase } from '../helpers/randomGraphs';
import { randomCyclesCase } from '../helpers/randomCycles';
import { referenceCycles } from '../helpers/referenceCycles';

/**
 * findCycles runs Tarjan's algorithm on the graph's integer index, renumbered in the graph's order;
 * the reference walks the string-keyed graph. Same cycles in the same order, also after changes
 * that append to the index, leave deleted nodes in it and re-add them at the end of the graph.
 */

const CASES = [
  ['random graphs', randomCase],
  ['random estates of separate cycles and their dependants', randomCyclesCase],
  ['random estates around random meshes', randomNetworkCase],
] as const;

/** A random write by numbers: a need added (self needs included), an edge removed, a node removed or added back. */
const changeSpec = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.nat(), fc.nat());

function changeOf(graph: ImpactGraph, [what, a, b]: [number, number, number], serial: number): TopologyChange[] {
  const ids = [...graph.nodes.keys()];
  const edges = [...graph.allEdges()];
  if (ids.length === 0) return [{ kind: 'entity', id: `n${serial}`, properties: { label: 'Component', name: `n${serial}` } }];
  const id = (k: number) => ids[k % ids.length];
  switch (what) {
    case 0:
      return [{ kind: 'relationship', type: 'DEPENDS_ON', from: id(a), to: id(b), properties: {} }];
    case 1:
      return edges.length === 0 ? [] : [{ kind: 'relationship', type: edges[a % edges.length].type, from: edges[a % edges.length].from, to: edges[a % edges.length].to, properties: null }];
    case 2:
      return [{ kind: 'entity', id: id(a), properties: null }];
    default: {
      // Removed and put back: the node moves to the end of the graph's order, keeping its index number.
      const node = graph.nodes.get(id(a))!;
      return [
        { kind: 'entity', id: node.id, properties: null },
        { kind: 'entity', id: node.id, properties: { label: node.kind, name: node.name } },
        { kind: 'relationship', type: 'DEPENDS_ON', from: node.id, to: id(b), properties: {} },
        { kind: 'relationship', type: 'DEPENDS_ON', from: id(b), to: node.id, properties: {} },
      ];
    }
  }
}

describe.each(CASES)('findCycles against the plain Tarjan on %s', (_name, cases) => {
  test('finds the same cycles in the same order', () => {
    fc.assert(
      fc.property(cases, ({ graph }) => {
        expect(findCycles(graph)).toEqual(referenceCycles(graph));
      }),
      { numRuns: 300 },
    );
  });

  test('finds the same cycles in the same order after each change the live topology applies', () => {
    fc.assert(
      fc.property(cases, fc.array(changeSpec, { minLength: 1, maxLength: 10 }), ({ graph }, specs) => {
        const live = new LiveTopology({ version: '0', nodes: [...graph.nodes.values()], edges: [...graph.allEdges()], networkEnds: graph.networkEnds, groups: [], facts: [] });
        // The index laid out first, so that later ones are laid out again from it.
        expect(findCycles(live.graph)).toEqual(referenceCycles(live.graph));
        specs.forEach((spec, step) => {
          live.apply(changeOf(live.graph, spec, step), String(step + 1));
          expect(findCycles(live.graph)).toEqual(referenceCycles(live.graph));
        });
      }),
      { numRuns: 200 },
    );
  });
});

test('a node that needs itself is a cycle; an edge to a node outside the graph closes none', () => {
  const graph = new ImpactGraph(
    ['a', 'b', 'c'].map((id) => ({ id, kind: 'Component' as const, name: id })),
    [
      { from: 'a', to: 'a', type: 'DEPENDS_ON', strength: 'HARD' },
      { from: 'b', to: 'ghost', type: 'DEPENDS_ON', strength: 'HARD' },
      { from: 'ghost', to: 'b', type: 'DEPENDS_ON', strength: 'HARD' },
      { from: 'c', to: 'b', type: 'DEPENDS_ON', strength: 'SOFT' },
      { from: 'b', to: 'c', type: 'DEPENDS_ON', strength: 'SOFT' },
    ],
  );
  expect(findCycles(graph)).toEqual([['a'], ['b', 'c']]);
});
