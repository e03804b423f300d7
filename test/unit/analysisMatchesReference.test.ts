import fc from 'fast-check';
import { evaluate, findCyclicSupport } from '../../src/domain/impact/cyclicSupport';
import { propagate } from '../../src/domain/impact/propagate';
import { singlePointsOfFailure } from '../../src/domain/impact/singlePointsOfFailure';
import { State } from '../../src/domain/impact/state';
import { ImpactGraph } from '../../src/domain/impact/impactGraph';
import { topologyOf } from '../helpers/graphBuilder';
import { randomCase, randomNetworkCase } from '../helpers/randomGraphs';
import { referenceStates } from '../helpers/referenceImpact';

/** Naive greatest fixpoint: every node starts DOWN; recompute all nodes until nothing changes. */
function pessimisticReference(graph: ImpactGraph, own: ReadonlyMap<string, State>): Map<string, State> {
  const states = new Map<string, State>([...graph.nodes.keys()].map((id) => [id, 'DOWN' as State]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of graph.nodes.keys()) {
      const next = evaluate(graph, id, own.get(id) ?? 'UP', (other) => states.get(other) ?? 'UP');
      if (next !== states.get(id)) {
        states.set(id, next);
        changed = true;
      }
    }
  }
  return states;
}

const CASES = [
  ['random graphs', randomCase, 1000],
  ['random estates around random meshes', randomNetworkCase, 400],
] as const;

describe.each(CASES)('analysis against brute force on %s', (_name, cases, numRuns) => {
  test('cyclicSupport flags exactly the nodes whose availability differs between the two fixpoints', () => {
    fc.assert(
      fc.property(cases, ({ graph, own }) => {
        const topology = topologyOf(graph);
        const normal = referenceStates(graph, own);
        const pessimistic = pessimisticReference(graph, own);
        const expected = [...graph.nodes.keys()].filter((id) => normal.get(id) !== 'DOWN' && pessimistic.get(id) === 'DOWN').sort();
        const flagged = findCyclicSupport(graph, topology.cycles, own, propagate(graph, own).states)
          .flatMap((s) => s.nodes)
          .sort();
        expect(flagged).toEqual(expected);
      }),
      { numRuns },
    );
  });

  test('singlePointsOfFailure finds exactly the minimal cut sets of size 1 and 2', () => {
    fc.assert(
      fc.property(cases, fc.nat(), ({ graph }, pick) => {
        const ids = [...graph.nodes.keys()];
        const target = ids[pick % ids.length];
        const components = ids.filter((id) => id !== target && graph.nodes.get(id)!.kind === 'Component').sort();
        const downs = (failed: string[]) => referenceStates(graph, new Map(failed.map((id) => [id, 'DOWN' as State]))).get(target) === 'DOWN';
        const singles = components.filter((c) => downs([c]));
        const expected = singles.map((c) => [c]);
        for (let i = 0; i < components.length; i += 1) {
          for (let j = i + 1; j < components.length; j += 1) {
            const [a, b] = [components[i], components[j]];
            if (!singles.includes(a) && !singles.includes(b) && downs([a, b])) expected.push([a, b]);
          }
        }
        const answer = singlePointsOfFailure(topologyOf(graph), target, 2, 100000);
        const key = (set: string[]) => set.join('+');
        expect(answer.sets.map((s) => key(s.componentIds)).sort()).toEqual(expected.map(key).sort());
      }),
      { numRuns },
    );
  });
});
