import fc from 'fast-check';
import { DownClosure } from '../../src/domain/impact/downClosure';
import { ImpactGraph } from '../../src/domain/impact/impactGraph';
import { State } from '../../src/domain/impact/state';
import { randomCase, randomNetworkCase } from '../helpers/randomGraphs';
import { referenceStates } from '../helpers/referenceImpact';

/** The failures of a random case, all taken as DOWN (the closure knows no other state). */
function downFailures(own: ReadonlyMap<string, State>): string[] {
  return [...own.keys()];
}

function expectedDown(graph: ImpactGraph, failed: string[]): string[] {
  const states = referenceStates(graph, new Map(failed.map((id) => [id, 'DOWN' as State])));
  return [...states].filter(([, state]) => state === 'DOWN').map(([id]) => id).sort();
}

const CASES = [
  ['random graphs (cycles, soft edges, nested groups of count or percentage quorum)', randomCase, 2000],
  ['random estates around random meshes (networks, cycles through them)', randomNetworkCase, 800],
] as const;

describe.each(CASES)('DownClosure against the naive reference evaluator on %s', (_name, cases, numRuns) => {
  test('goes DOWN exactly where the reference does, each node once', () => {
    fc.assert(
      fc.property(cases, ({ graph, own }) => {
        const failed = downFailures(own);
        const closure = new DownClosure(graph.index);
        const down = [...closure.run(failed.map((id) => graph.index.indexOf.get(id)!))].map((i) => graph.index.ids[i]);
        expect(new Set(down).size).toBe(down.length);
        expect(down.filter((id) => graph.nodes.has(id)).sort()).toEqual(expectedDown(graph, failed));
        // Scratch is reset: the same question again gets the same answer.
        expect([...closure.run(failed.map((id) => graph.index.indexOf.get(id)!))].map((i) => graph.index.ids[i])).toEqual(down);
      }),
      { numRuns },
    );
  });

  test('stops at a node exactly when that node goes DOWN, and ends its answer with it (reaches says whether it does)', () => {
    fc.assert(
      fc.property(cases, fc.nat(), ({ graph, own }, pick) => {
        const failed = downFailures(own);
        const ids = [...graph.nodes.keys()];
        const target = ids[pick % ids.length];
        const stopAt = graph.index.indexOf.get(target)!;
        const closure = new DownClosure(graph.index);
        const numbers = failed.map((id) => graph.index.indexOf.get(id)!);
        const down = closure.run(numbers, stopAt);
        const expected = expectedDown(graph, failed).includes(target);
        expect(down.length > 0 && down[down.length - 1] === stopAt).toBe(expected);
        expect(closure.reaches(numbers, stopAt)).toBe(expected);
      }),
      { numRuns },
    );
  });
});
