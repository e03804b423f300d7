import { prng } from '../../bench/prng';
import { IMPACT_EDGE_TYPES, IMPACT_KINDS, ImpactEdge, ImpactGraph, ImpactKind, ImpactNode } from '../../src/domain/impact/impactGraph';
import { ImpactIndex } from '../../src/domain/impact/impactIndex';
import { IndexLayout, NO_KIND, layOutAll } from '../../src/domain/impact/indexLayout';
import { kindCode } from '../../src/domain/impact/reportIndex';
import { propagate } from '../../src/domain/impact/propagate';

/**
 * After a write the index moves only the lists the write touches (layOutChanges). Every list must
 * then be, entry for entry and in order, what a full layout of the same graph with the same node
 * numbers gives: propagation's order, its causes and its group counts read these lists. Random
 * graphs with every edge type, soft and hard needs, groups with quorums, nodes and edges added,
 * replaced and removed a few at a time, many writes in a row (enough for full layouts to reclaim
 * abandoned slots now and then), and older indices keeping the edges and kinds answers read later.
 */
const KINDS: ImpactKind[] = ['Component', 'RedundancyGroup', 'Service', 'ServiceInterface', 'ServiceOffering', 'Network', 'Connectivity'];

const edgeName = (edge: ImpactEdge | undefined) => (edge ? `${edge.from}>${edge.to}:${edge.type}:${edge.strength}` : 'none');

/** What an index keeps for good (see ImpactIndex): its stored edges by number, and its kinds. */
function kept(index: ImpactIndex): string {
  const edges = [];
  for (let e = 0; e < index.edgeCount; e += 1) edges.push([index.needTo[e], index.needType[e], index.needSoft[e], edgeName(index.edgeAt(e))]);
  return JSON.stringify([index.ids.slice(0, index.size), Array.from(index.kindCodes.subarray(0, index.size)), edges]);
}

/** Every node's lists, kind, members and quorum, entry for entry: of an index, or of a layout numbered by `ids`. */
function lists(layout: IndexLayout | ImpactIndex, ids: readonly string[] = (layout as ImpactIndex).ids): string {
  const out: string[] = [];
  for (let i = 0; i < layout.size; i += 1) {
    const needs = [];
    for (let e = layout.needStart[i]; e < layout.needEnd[i]; e += 1) needs.push([layout.needTo[e], layout.needType[e], layout.needSoft[e], edgeName(layout.needEdge[e])]);
    const dependants = [];
    for (let k = layout.byStart[i]; k < layout.byEnd[i]; k += 1) dependants.push([layout.byFrom[k], edgeName(layout.needEdge[layout.byEdge[k]]), layout.byType[k]]);
    const groups = [];
    for (let g = layout.groupStart[i]; g < layout.groupEnd[i]; g += 1) groups.push([layout.groupOf[g], layout.groupIsNetwork[g]]);
    out.push(JSON.stringify([ids[i], layout.kindCodes[i], layout.members[i], layout.required[i], needs, dependants, groups]));
  }
  return out.join('\n');
}

function states(graph: ImpactGraph, failed: string[]) {
  const propagation = propagate(graph, new Map(failed.map((id) => [id, 'DOWN'] as const)));
  return [...propagation.states].map(([id, state]) => `${id}:${state}`).sort();
}

describe('an index laid out again after writes has the lists a full layout gives', () => {
  test.each(Array.from({ length: 20 }, (_, k) => k + 1))('seed %i', (seed) => {
    const random = prng(seed);
    const pick = (k: number) => Math.floor(random() * k);
    let next = 0;
    const node = (id = `n${next++}`): ImpactNode => {
      const kind = KINDS[pick(KINDS.length)];
      return { id, kind, name: id, minUp: kind === 'RedundancyGroup' && random() < 0.7 ? 1 + pick(3) : null, minUpPercent: kind === 'RedundancyGroup' && random() < 0.2 ? 50 : null };
    };
    const size = 10 + pick(120);
    const graph = new ImpactGraph(Array.from({ length: size }, () => node()), []);
    const ids = () => [...graph.nodes.keys()];
    const connect = () => {
      const all = ids();
      // Now and then an end outside the graph: it gets a number and stays UP unless failed.
      const to = random() < 0.05 ? `outside${pick(5)}` : all[pick(all.length)];
      graph.putEdge({ from: all[pick(all.length)], to, type: IMPACT_EDGE_TYPES[pick(4)], strength: random() < 0.3 ? 'SOFT' : 'HARD' });
    };
    for (let e = 0; e < size * 3; e += 1) connect();

    let index = graph.index;
    const older: { index: ImpactIndex; lists: string }[] = [];
    let fullLayouts = 0;
    for (let write = 0; write < 60; write += 1) {
      for (let change = 1 + pick(4); change > 0; change -= 1) {
        const all = ids();
        const roll = random();
        if (roll < 0.45) connect();
        else if (roll < 0.65) {
          const from = all[pick(all.length)];
          const needs = graph.needs(from);
          if (needs.length > 0) {
            const edge = needs[pick(needs.length)];
            graph.removeEdge(edge.type, edge.from, edge.to);
          }
        } else if (roll < 0.8) graph.putNode(node(random() < 0.5 ? all[pick(all.length)] : undefined));
        else if (roll < 0.9) graph.removeNode(all[pick(all.length)]);
        else for (let k = 0; k < 20; k += 1) connect(); // a hub-sized write
      }
      const before = index;
      index = graph.index;
      if (index.edgeCount < before.edgeCount) fullLayouts += 1;
      // A few older indices, as answers still being built hold them.
      if (random() < 0.1 && older.length < 3) older.push({ index: before, lists: kept(before) });
      const full = layOutAll(graph, { ids: [...index.ids], indexOf: new Map(index.indexOf) });
      expect(full.size).toBe(index.size);
      expect(lists(index)).toEqual(lists(full, index.ids));
      // Older indices keep their edges and kinds: later layouts never overwrite a used slot.
      for (const { index: old, lists: then } of older) expect(kept(old)).toEqual(then);
      const failed = Array.from({ length: 1 + pick(3) }, () => ids()[pick(graph.nodes.size)]).filter((id) => id !== undefined);
      // And the states are those of a graph built afresh (numbered otherwise), which propagates from scratch.
      const afresh = new ImpactGraph([...graph.nodes.values()], [...graph.allEdges()]);
      expect(states(graph, failed)).toEqual(states(afresh, failed));
    }
    // Abandoned slots were reclaimed by full layouts along the way, and the layouts after them moved lists again.
    expect(fullLayouts).toBeGreaterThan(0);
  });
});

describe("the index's kind codes", () => {
  // The report reads the index's codes as its own (reportIndex.kindCode): the two orders must agree.
  test.each([...IMPACT_KINDS, null])('%s has the same code in the index and in the report', (kind) => {
    const graph = new ImpactGraph(kind ? [{ id: 'x', kind, name: 'x' }] : [], kind ? [] : [{ from: 'y', to: 'x', type: 'DEPENDS_ON', strength: 'HARD' }]);
    const index = graph.index;
    const i = index.indexOf.get('x')!;
    expect(index.kindCodes[i]).toBe(kindCode(kind));
    expect(index.kindOf(i)).toBe(kind);
    expect(kind === null ? NO_KIND : IMPACT_KINDS.indexOf(kind)).toBe(kindCode(kind));
  });
});
