import fc from 'fast-check';
import { propagate } from '../../src/domain/impact/propagate';
import { chainTo } from '../../src/domain/impact/chain';
import { referenceStates } from '../helpers/referenceImpact';
import { randomCase, randomNetworkCase } from '../helpers/randomGraphs';

describe('propagate against the naive reference evaluator', () => {
  test('gives every node the same state on random graphs', () => {
    fc.assert(
      fc.property(randomCase, ({ graph, own }) => {
        const expected = referenceStates(graph, own);
        const { states } = propagate(graph, own);
        for (const id of graph.nodes.keys()) {
          expect([id, states.get(id) ?? 'UP']).toEqual([id, expected.get(id)]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('gives every node the same state on random estates around random meshes (networks, cycles through them)', () => {
    fc.assert(
      fc.property(randomNetworkCase, ({ graph, own }) => {
        const expected = referenceStates(graph, own);
        const { states, causes } = propagate(graph, own);
        for (const id of graph.nodes.keys()) {
          expect([id, states.get(id) ?? 'UP']).toEqual([id, expected.get(id)]);
        }
        for (const id of states.keys()) expect(own.has(chainTo(id, (other) => causes.get(other))[0].id)).toBe(true);
      }),
      { numRuns: 800 },
    );
  });

  test('every chain starts at a failure and ends at its node', () => {
    fc.assert(
      fc.property(randomCase, ({ graph, own }) => {
        const { states, causes } = propagate(graph, own);
        for (const id of states.keys()) {
          const chain = chainTo(id, (other) => causes.get(other));
          expect(chain.at(-1)?.id).toBe(id);
          expect(own.has(chain[0].id)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

