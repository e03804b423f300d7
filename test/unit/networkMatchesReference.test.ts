import fc from 'fast-check';
import { State } from '../../src/domain/impact/state';
import { NetworkIndex, codeOfState, stateOfCode } from '../../src/domain/network/networkIndex';
import { NetworkLink, NetworkModel } from '../../src/domain/network/networkModel';
import { connectivityTolerance } from '../../src/domain/network/tolerance';
import {
  NetworkCase,
  availableElements,
  degradedCount,
  pathState,
  referenceState,
  referenceTolerance,
  simplePaths,
  stillConnected,
} from '../helpers/referenceNetwork';

/**
 * Random small meshes: 2-7 routers, up to 12 links (parallel links and self-loops come for free,
 * directed ones in about half the meshes, a few with an end outside the network), random states
 * and a few needs whose points may be unknown ids or link ids.
 */
const randomMesh = fc
  .record({
    routers: fc.integer({ min: 2, max: 7 }),
    mayDirect: fc.boolean(),
    links: fc.array(fc.record({ a: fc.nat(), b: fc.nat(), directed: fc.boolean(), stray: fc.nat(19) }), { maxLength: 12, size: 'max' }),
    states: fc.array(fc.oneof(
      { arbitrary: fc.constant<State>('UP'), weight: 5 },
      { arbitrary: fc.constant<State>('DEGRADED'), weight: 2 },
      { arbitrary: fc.constant<State>('DOWN'), weight: 1 },
    ), { minLength: 19, maxLength: 19 }),
    needs: fc.array(fc.record({ from: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), to: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }) }), {
      minLength: 1,
      maxLength: 3,
    }),
  })
  .map(({ routers, mayDirect, links, states, needs }) => {
    const nodes = Array.from({ length: routers }, (_, i) => `r${i}`);
    const networkLinks: NetworkLink[] = links.map(({ a, b, directed, stray }, i) => ({
      id: `l${i}`,
      a: nodes[a % routers],
      b: stray === 0 ? 'elsewhere' : nodes[b % routers],
      directed: mayDirect && directed,
    }));
    const network: NetworkModel = { id: 'mesh', nodes, links: networkLinks };
    const ids = [...nodes, ...networkLinks.map((link) => link.id)];
    const stateMap = new Map(ids.map((id, i) => [id, states[i]]));
    // Points beyond the routers are an unknown id and a link id: both must be ignored.
    const points = [...nodes, 'nowhere', 'l0'];
    const point = (i: number) => points[i % points.length];
    const cases: NetworkCase[] = needs.map(({ from, to }) => ({ network, states: stateMap, from: from.map(point), to: to.map(point) }));
    return { network, states: stateMap, cases };
  });

const codesFor = (index: NetworkIndex, states: ReadonlyMap<string, State>) => (element: number) =>
  codeOfState(states.get(index.elements[element]) ?? 'UP');

describe('network algorithms against the brute-force reference', () => {
  test('evaluate and evaluateAll give the state of the best simple path', () => {
    fc.assert(
      fc.property(randomMesh, ({ network, states, cases }) => {
        const index = new NetworkIndex(network);
        const stateCode = codesFor(index, states);
        const needs = cases.map((c) => index.compile(c));
        const all = index.evaluateAll(needs, stateCode);
        cases.forEach((c, i) => {
          const expected = referenceState(c);
          expect(stateOfCode(index.evaluate(needs[i], stateCode))).toBe(expected);
          expect(stateOfCode(all[i])).toBe(expected);
          expect(stillConnected(c, new Set())).toBe(expected !== 'DOWN');
        });
      }),
      { numRuns: 1000 },
    );
  });

  test('bestPath is a real path whose worst element is the state, with fewest DEGRADED then fewest elements', () => {
    fc.assert(
      fc.property(randomMesh, ({ network, states, cases }) => {
        const index = new NetworkIndex(network);
        const stateCode = codesFor(index, states);
        for (const c of cases) {
          const state = referenceState(c);
          const path = index.bestPath(index.compile(c), stateCode);
          if (state === 'DOWN') {
            expect(path).toBeNull();
            continue;
          }
          const paths = simplePaths(c);
          expect(path).not.toBeNull();
          expect(paths.map((p) => p.join(' '))).toContain(path!.join(' '));
          expect(pathState(c, path!)).toBe(state);
          const rank = (p: readonly string[]) => [degradedCount(c, p), p.length];
          const best = paths
            .filter((p) => pathState(c, p) === state)
            .map(rank)
            .sort((x, y) => x[0] - y[0] || x[1] - y[1])[0];
          expect(rank(path!)).toEqual(best);
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('tolerance is the smallest failure set, and the cut returned is one', () => {
    fc.assert(
      fc.property(randomMesh, ({ network, states, cases }) => {
        const index = new NetworkIndex(network);
        const stateCode = codesFor(index, states);
        for (const c of cases) {
          const { size, cut } = connectivityTolerance(index, index.compile(c), stateCode);
          expect(size).toBe(referenceTolerance(c));
          expect(cut).toHaveLength(size);
          expect([...cut].sort()).toEqual(cut);
          expect(new Set(cut).size).toBe(cut.length);
          const available = availableElements(c);
          for (const id of cut) expect(available).toContain(id);
          expect(stillConnected(c, new Set(cut))).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
