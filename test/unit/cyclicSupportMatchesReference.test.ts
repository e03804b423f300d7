import fc from 'fast-check';
import { findCycles } from '../../src/domain/impact/cycles';
import { cyclicSupportView, findCyclicSupport, indexCycles } from '../../src/domain/impact/cyclicSupport';
import { ImpactGraph, nodeRef } from '../../src/domain/impact/impactGraph';
import { LiveTopology } from '../../src/domain/impact/liveTopology';
import { propagate } from '../../src/domain/impact/propagate';
import { State } from '../../src/domain/impact/state';
import { TopologyChange } from '../../src/domain/impact/topologyChange';
import { TopologyData } from '../../src/domain/impact/topology';
import { randomCase, randomNetworkCase } from '../helpers/randomGraphs';
import { randomCyclesCase } from '../helpers/randomCycles';
import { referenceCyclicSupport } from '../helpers/referenceCyclicSupport';
import { referenceStates } from '../helpers/referenceImpact';

/**
 * findCyclicSupport keeps the region's quiet pessimistic fixpoint per topology version and re-solves
 * only what the failures reach; the reference evaluates everything for every question. Answers must
 * be identical, order included, for many questions on one version (the kept fixpoint reused) and
 * after the live topology applies changes (the kept fixpoint thrown away, or kept when the change
 * does not reach the cycle region). The reference reads a region laid out afresh for every question,
 * so a region kept when it should have been laid out again shows.
 */

const failureSets = fc.array(
  fc.array(fc.tuple(fc.nat(), fc.constantFrom<State>('DEGRADED', 'DOWN')), { maxLength: 4 }),
  { minLength: 1, maxLength: 4 },
);

function failuresOf(ids: string[], picks: [number, State][]): Map<string, State> {
  return new Map(picks.map(([k, state]) => [ids[k % ids.length], state]));
}

function dataOf(graph: ImpactGraph): TopologyData {
  return { version: '0', nodes: [...graph.nodes.values()], edges: [...graph.allEdges()], networkEnds: graph.networkEnds, groups: [], facts: [] };
}

/** Asks the live topology and the reference the same question. */
function expectSameAnswer(live: LiveTopology, own: Map<string, State>): void {
  const propagation = propagate(live.graph, own);
  // The same cycles in the same order (their order is the answer's); everything else found again.
  const kept = live.cycles.cycles;
  expect(sortedCycles(kept)).toEqual(sortedCycles(findCycles(live.graph)));
  const expected = referenceCyclicSupport(live.graph, indexCycles(live.graph, kept), own, referenceStates(live.graph, own));
  // The report hands over the propagation itself; other callers a map of the nodes not UP.
  expect(findCyclicSupport(live.graph, live.cycles, own, propagation)).toEqual(expected);
  expect(findCyclicSupport(live.graph, live.cycles, own, propagation.states)).toEqual(expected);
  const named = (ids: string[]) => ids.map((id) => nodeRef(live.graph, id));
  expect(cyclicSupportView(live.graph, live.cycles, own, propagation)).toEqual(expected.map((s) => ({ cycle: named(s.cycle), nodes: named(s.nodes) })));
}

function sortedCycles(cycles: string[][]): string[] {
  return cycles.map((cycle) => cycle.join(' ')).sort();
}

/**
 * A random write, chosen by numbers: a dependency or membership added (hard or soft), an edge
 * removed, a node added, removed or renamed, a group's quorum changed, an edge's strength flipped,
 * a link's or a connectivity's end moved, a fact (no impact edge) written.
 */
const changeSpec = fc.tuple(fc.integer({ min: 0, max: 9 }), fc.nat(), fc.nat(), fc.boolean(), fc.integer({ min: 0, max: 4 }));

function changeOf(graph: ImpactGraph, [what, a, b, soft, quorum]: [number, number, number, boolean, number], serial: number): TopologyChange[] {
  const ids = [...graph.nodes.keys()];
  const edges = [...graph.allEdges()];
  const node = (k: number) => graph.nodes.get(ids[k % ids.length])!;
  if (ids.length === 0) return [{ kind: 'entity', id: `new${serial}`, properties: { label: 'Component', name: `new${serial}` } }];
  const entity = (id: string, label: string, extra: Record<string, unknown> = {}): TopologyChange => ({ kind: 'entity', id, properties: { label, name: id, ...extra } });
  switch (what) {
    case 0:
    case 1: {
      const from = node(a);
      const to = node(b);
      if (from.kind === 'RedundancyGroup') return [{ kind: 'relationship', type: 'HAS_MEMBER', from: from.id, to: to.id, properties: {} }];
      if (from.kind === 'Connectivity' || from.kind === 'Network') return [];
      return [{ kind: 'relationship', type: 'DEPENDS_ON', from: from.id, to: to.id, properties: { strength: soft ? 'SOFT' : 'HARD' } }];
    }
    case 2: {
      if (edges.length === 0) return [];
      const edge = edges[a % edges.length];
      return [{ kind: 'relationship', type: edge.type, from: edge.from, to: edge.to, properties: null }];
    }
    case 3: {
      // A new node that at once needs one node and is needed by another: it may close a cycle.
      const id = `new${serial}`;
      const needs = node(a);
      const neededBy = node(b);
      const changes: TopologyChange[] = [entity(id, 'Component'), { kind: 'relationship', type: 'DEPENDS_ON', from: id, to: needs.id, properties: { strength: soft ? 'SOFT' : 'HARD' } }];
      if (neededBy.kind === 'RedundancyGroup') changes.push({ kind: 'relationship', type: 'HAS_MEMBER', from: neededBy.id, to: id, properties: {} });
      else if (neededBy.kind !== 'Connectivity' && neededBy.kind !== 'Network') changes.push({ kind: 'relationship', type: 'DEPENDS_ON', from: neededBy.id, to: id, properties: {} });
      return changes;
    }
    case 4:
      return [{ kind: 'entity', id: node(a).id, properties: null }];
    case 5: {
      const group = ids.map((id) => graph.nodes.get(id)!).filter((n) => n.kind === 'RedundancyGroup');
      if (group.length === 0) return [entity(node(a).id, node(a).kind, { name: `renamed ${serial}` })];
      const target = group[a % group.length];
      return [entity(target.id, 'RedundancyGroup', soft ? { minUpPercent: 25 * quorum || 1 } : { minUp: quorum })];
    }
    case 6: {
      const dependsOn = edges.filter((e) => e.type === 'DEPENDS_ON');
      if (dependsOn.length === 0) return [];
      const edge = dependsOn[a % dependsOn.length];
      return [{ kind: 'relationship', type: 'DEPENDS_ON', from: edge.from, to: edge.to, properties: { strength: edge.strength === 'SOFT' ? 'HARD' : 'SOFT' } }];
    }
    case 8: {
      // A link's or a connectivity's end removed, or moved to another node: paths through the mesh change.
      const owners = ids.filter((id) => graph.endsFrom(id).length > 0);
      if (owners.length === 0) return [];
      const end = graph.endsFrom(owners[a % owners.length])[b % graph.endsFrom(owners[a % owners.length]).length];
      const removed: TopologyChange = { kind: 'relationship', type: end.type, from: end.from, to: end.to, properties: null };
      return soft ? [removed] : [removed, { kind: 'relationship', type: end.type, from: end.from, to: node(b + quorum).id, properties: {} }];
    }
    case 9:
      return [{ kind: 'relationship', type: 'OWNED_BY', from: node(a).id, to: node(b).id, properties: soft ? {} : null }];
    default: {
      const target = node(a);
      const { id: _id, kind, ...rest } = target;
      return [entity(target.id, kind, { ...rest, name: `${target.name} again` })];
    }
  }
}

const CASES = [
  ['random graphs', randomCase, 600],
  ['random estates of separate cycles and their dependants', randomCyclesCase, 600],
  ['random estates around random meshes', randomNetworkCase, 300],
] as const;

describe.each(CASES)('cyclicSupport against the plain reference on %s', (_name, cases, numRuns) => {
  test('gives the same answer, order included, to several questions asked of one version', () => {
    fc.assert(
      fc.property(cases, failureSets, ({ graph, own }, others) => {
        const live = new LiveTopology(dataOf(graph));
        const ids = [...graph.nodes.keys()];
        for (const question of [own, new Map<string, State>(), ...others.map((picks) => failuresOf(ids, picks)), own]) expectSameAnswer(live, question);
      }),
      { numRuns },
    );
  });

  test('gives the same answer after each change the live topology applies, the same questions asked before and after', () => {
    fc.assert(
      fc.property(cases, failureSets, fc.array(changeSpec, { minLength: 1, maxLength: 8 }), ({ graph, own }, others, specs) => {
        const live = new LiveTopology(dataOf(graph));
        expectSameAnswer(live, own);
        specs.forEach((spec, step) => {
          live.apply(changeOf(live.graph, spec, step), String(step + 1));
          const ids = [...live.graph.nodes.keys()];
          expectSameAnswer(live, own);
          if (ids.length > 0) expectSameAnswer(live, failuresOf(ids, others[step % others.length]));
        });
      }),
      { numRuns: Math.floor(numRuns / 2) },
    );
  });
});
