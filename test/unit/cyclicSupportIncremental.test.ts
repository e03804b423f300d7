import fc from 'fast-check';
import { holdersAfter, holdersOf } from '../../src/domain/impact/cycleHolders';
import { CycleRegion } from '../../src/domain/impact/cycleRegion';
import { cyclicSupportView } from '../../src/domain/impact/cyclicSupport';
import { ImpactGraph } from '../../src/domain/impact/impactGraph';
import { LiveTopology } from '../../src/domain/impact/liveTopology';
import { propagate } from '../../src/domain/impact/propagate';
import { State } from '../../src/domain/impact/state';
import { TopologyData } from '../../src/domain/impact/topology';
import { randomCase, randomNetworkCase } from '../helpers/randomGraphs';
import { randomCyclesCase } from '../helpers/randomCycles';
import { referenceCyclicSupport } from '../helpers/referenceCyclicSupport';
import { referenceStates } from '../helpers/referenceImpact';

/**
 * A question starts from the version's quiet answer and walks again only what its failures move in
 * the region (and what lies downstream), or what they take DOWN; counts are known without the list.
 * On random graphs with cycles, groups and networks: the holders walked again from the moved
 * positions equal the holders walked over the whole region; and the answer (cycles, their order, the
 * nodes in order, and each count read before any list) equals the plain reference, which evaluates
 * the whole region for every question. Each path (nothing reached, only DOWN nodes, moved states) is
 * taken many times: the estates of separate cycles reach all three (hundreds of times each in 600
 * runs); uniform random graphs and meshes seldom take a node DOWN without moving the region.
 */

const failureSets = fc.array(
  fc.array(fc.tuple(fc.nat(), fc.constantFrom<State>('DEGRADED', 'DOWN')), { maxLength: 4 }),
  { minLength: 1, maxLength: 4 },
);

function dataOf(graph: ImpactGraph): TopologyData {
  return { version: '0', nodes: [...graph.nodes.values()], edges: [...graph.allEdges()], networkEnds: graph.networkEnds, groups: [], facts: [] };
}

type Path = 'quiet' | 'down only' | 'moved';

/** Asks one question both ways and says which path the quick one took. */
function expectSameAnswer(live: LiveTopology, region: CycleRegion, own: Map<string, State>): Path {
  const propagation = propagate(live.graph, own);
  const facts = region.readFacts(propagation);
  const { states, moved } = region.pessimistic(own, facts);
  const whole = holdersOf(region, states);
  const walked = holdersAfter(region, region.quietHolders, states, moved);
  expect(Array.from(walked.holder)).toEqual(Array.from(whole.holder));
  expect(Array.from(walked.distance)).toEqual(Array.from(whole.distance));

  const expected = referenceCyclicSupport(live.graph, live.cycles, own, referenceStates(live.graph, own));
  const views = cyclicSupportView(live.graph, live.cycles, own, propagation);
  // Counts first: they must not need the lists.
  expect(views.map((v) => [v.cycle.map((n) => n.id), v.nodeCount])).toEqual(expected.map((s) => [s.cycle, s.nodes.length]));
  expect(views.map((v) => v.nodes.map((n) => n.id))).toEqual(expected.map((s) => s.nodes));
  return moved.length > 0 ? 'moved' : facts.down.length > 0 ? 'down only' : 'quiet';
}

const CASES: [string, typeof randomCase, number, Path[]][] = [
  ['random graphs', randomCase, 400, ['quiet', 'moved']],
  ['random estates of separate cycles and their dependants', randomCyclesCase, 600, ['quiet', 'down only', 'moved']],
  ['random estates around random meshes', randomNetworkCase, 300, ['quiet', 'moved']],
];

describe.each(CASES)('a question walks again only what it moves, on %s', (_name, cases, numRuns, paths) => {
  test('holders and answers equal the whole region walked again, counts included', () => {
    const taken = new Map<Path, number>();
    fc.assert(
      fc.property(cases, failureSets, ({ graph, own }, others) => {
        const live = new LiveTopology(dataOf(graph));
        const index = live.cycles;
        if (index.cycles.length === 0) return;
        const region = new CycleRegion(live.graph, index);
        const ids = [...graph.nodes.keys()];
        const questions = [own, new Map<string, State>(), ...others.map((picks) => new Map(picks.map(([k, state]) => [ids[k % ids.length], state] as const)))];
        for (const question of questions) {
          const path = expectSameAnswer(live, region, question);
          taken.set(path, (taken.get(path) ?? 0) + 1);
        }
      }),
      { numRuns },
    );
    for (const path of paths) expect(taken.get(path) ?? 0).toBeGreaterThan(50);
  });
});

test('a list changed by whoever read it leaves the next answer as it was (the quiet lists are kept per version)', () => {
  fc.assert(
    fc.property(randomCyclesCase, ({ graph }) => {
      const live = new LiveTopology(dataOf(graph));
      const ask = () => cyclicSupportView(live.graph, live.cycles, new Map(), propagate(live.graph, new Map()));
      const before = ask().map((v) => v.nodes.map((n) => n.id));
      for (const view of ask()) view.nodes.splice(0, view.nodes.length);
      expect(ask().map((v) => v.nodes.map((n) => n.id))).toEqual(before);
    }),
    { numRuns: 100 },
  );
});
