import fc from 'fast-check';
import { singlePointsOfFailure } from '../../src/domain/impact/singlePointsOfFailure';
import { State } from '../../src/domain/impact/state';
import { topologyOf } from '../helpers/graphBuilder';
import { randomCase, randomNetworkCase } from '../helpers/randomGraphs';
import { referenceStates } from '../helpers/referenceImpact';

/** Consumer groups (3, of sizes 1, 10 and 100) targeted from random nodes, some groups from several. */
const randomTargets = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 2 })), { maxLength: 8 });

const CASES = [
  ['random graphs', randomCase, 600],
  ['random estates around random meshes', randomNetworkCase, 300],
] as const;

describe.each(CASES)('singlePointsOfFailure against brute force on %s, with people', (_name, cases, numRuns) => {
  test('lists the minimal cut sets of size 1 and 2 ranked by people cut off, then size, then ids, with the people each cuts off', () => {
    fc.assert(
      fc.property(cases, fc.nat(), randomTargets, ({ graph }, pick, picks) => {
        const ids = [...graph.nodes.keys()];
        const target = ids[pick % ids.length];
        const targets: Record<string, [string, number][]> = {};
        for (const [node, group] of picks) (targets[ids[node % ids.length]] ??= []).push([`cg${group}`, 10 ** group]);
        const statesAfter = (failed: string[]) => referenceStates(graph, new Map(failed.map((id) => [id, 'DOWN' as State])));
        const people = (failed: string[]) => {
          const states = statesAfter(failed);
          const groups = new Map<string, number>();
          for (const [node, list] of Object.entries(targets)) if (states.get(node) === 'DOWN') for (const [group, size] of list) groups.set(group, size);
          return [...groups.values()].reduce((sum, size) => sum + size, 0);
        };
        const components = ids.filter((id) => id !== target && graph.nodes.get(id)!.kind === 'Component').sort();
        const downs = (failed: string[]) => statesAfter(failed).get(target) === 'DOWN';
        const singles = components.filter((c) => downs([c]));
        const expected = singles.map((c) => [c]);
        for (let i = 0; i < components.length; i += 1) {
          for (let j = i + 1; j < components.length; j += 1) {
            const [a, b] = [components[i], components[j]];
            if (!singles.includes(a) && !singles.includes(b) && downs([a, b])) expected.push([a, b]);
          }
        }
        const ranked = expected
          .map((componentIds) => ({ componentIds, peopleDown: people(componentIds) }))
          .sort(
            (a, b) =>
              b.peopleDown - a.peopleDown || a.componentIds.length - b.componentIds.length || a.componentIds.join().localeCompare(b.componentIds.join()),
          );
        const answer = singlePointsOfFailure(topologyOf(graph, targets), target, 2, 100000);
        expect(answer.sets).toEqual(ranked);
      }),
      { numRuns },
    );
  });
});
