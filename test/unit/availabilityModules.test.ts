import fc from 'fast-check';
import { AvailabilityFigure } from '../../src/domain/availability/availabilityFigure';
import { computeAvailability } from '../../src/domain/availability/computeAvailability';
import { modules, readsOf } from '../../src/domain/availability/modules';
import { TargetSupport, targetSupport } from '../../src/domain/availability/targetSupport';
import { ImpactGraph } from '../../src/domain/impact/impactGraph';
import { buildGraph } from '../helpers/graphBuilder';
import { randomCase, randomNetworkCase } from '../helpers/randomGraphs';

/** The definition itself: not on a cycle, reads something, and every descendant is read only from inside. */
function modulesByDefinition(support: TargetSupport): Set<string> {
  const readers = new Map<string, Set<string>>();
  for (const id of support.nodes) for (const to of readsOf(support, id)) (readers.get(to) ?? readers.set(to, new Set()).get(to)!).add(id);
  const found = new Set<string>();
  for (const v of support.nodes) {
    if (support.cyclic.has(v) || readsOf(support, v).length === 0) continue;
    const below = new Set<string>();
    const stack = readsOf(support, v);
    while (stack.length > 0) {
      const w = stack.pop()!;
      if (below.has(w)) continue;
      below.add(w);
      stack.push(...readsOf(support, w));
    }
    if ([...below].every((w) => [...readers.get(w)!].every((u) => u === v || below.has(u)))) found.add(v);
  }
  return found;
}

const service = (lines: string[], groups: Record<string, number | string> = {}) => buildGraph(['face -I-> s', ...lines], groups);
const figures = (values: Record<string, number>) => new Map(Object.entries(values).map(([id, a]): [string, AvailabilityFigure] => [id, { availability: a }]));

// Expected availabilities are worked out by hand beside each case.
const cases: { structure: string; edges: string[]; groups?: Record<string, number>; modules: string[]; figures: Record<string, number>; expected: number }[] = [
  {
    // c is shared by a and b, both inside m: m and g are modules, a and b are not.
    structure: 'a shared dependency inside a module',
    edges: ['s -> m', 's -> x', 'm -> g', 'g => a', 'g => b', 'a -> c', 'b -> c'],
    groups: { g: 1 },
    modules: ['s', 'm', 'g'],
    figures: { m: 0.99, x: 0.98, a: 0.9, b: 0.9, c: 0.95 },
    expected: 0.98 * 0.99 * 0.95 * (1 - 0.1 * 0.1),
  },
  {
    // p is read from under both groups, so neither group is a module: only the target is.
    structure: 'a shared dependency across two groups',
    edges: ['s -> g1', 's -> g2', 'g1 => a', 'g1 => b', 'g2 => c', 'g2 => d', 'a -> p', 'c -> p'],
    groups: { g1: 1, g2: 1 },
    modules: ['s'],
    figures: { a: 0.9, b: 0.8, c: 0.9, d: 0.8, p: 0.95 },
    // p up: (1 - 0.1·0.2)²; p down: a and c down, so both groups need b and d.
    expected: 0.95 * (1 - 0.1 * 0.2) ** 2 + 0.05 * 0.8 * 0.8,
  },
  {
    structure: 'nested k of n: 1 of (2 of {a, b, c}, 1 of {d, e})',
    edges: ['s -> outer', 'outer => g1', 'outer => g2', 'g1 => a', 'g1 => b', 'g1 => c', 'g2 => d', 'g2 => e'],
    groups: { outer: 1, g1: 2, g2: 1 },
    modules: ['s', 'outer', 'g1', 'g2'],
    figures: { a: 0.9, b: 0.9, c: 0.9, d: 0.8, e: 0.8 },
    // 2 of 3 at 0.9: 3·0.81 - 2·0.729 = 0.972; 1 of 2 at 0.8: 0.96.
    expected: 1 - (1 - 0.972) * (1 - 0.96),
  },
  {
    // The connectivity reads its network and every element on its paths: it is a module, the network is not.
    structure: 'connectivity through a ring mesh',
    edges: ['s -> c', 'net: r1 =l12= r2', 'net: r2 =l23= r3', 'net: r1 =l13= r3', 'c @net: r1 -> r3'],
    modules: ['s', 'c'],
    figures: { r1: 0.9, r2: 0.9, r3: 0.9, l12: 1, l23: 1, l13: 0.5 },
    // r1 and r3 needed; then the direct link or r2.
    expected: 0.81 * (1 - 0.5 * 0.1),
  },
  {
    structure: 'nodes on a cycle are never modules; what hangs below it alone is',
    edges: ['s -> a', 'a -> b', 'b -> a', 'b -> m', 'm -> x', 'm -> y'],
    modules: ['s', 'm'],
    figures: { a: 0.9, b: 0.9, m: 0.9, x: 0.9, y: 0.9 },
    expected: 0.9 ** 5,
  },
];

describe('modules of a target support', () => {
  test.each(cases)('$structure', ({ edges, groups, modules: expected, figures: values, expected: availability }) => {
    const graph = service(edges, groups);
    const support = targetSupport(graph, 's', 1000);
    expect([...modules(support)].sort()).toEqual([...expected].sort());
    expect(modulesByDefinition(support)).toEqual(modules(support));
    const answer = computeAvailability(graph, 's', figures(values));
    expect(answer.method).toBe('EXACT');
    expect(answer.availability).toBeCloseTo(availability, 12);
  });

  const sameAsDefinition = ({ graph }: { graph: ImpactGraph }) => {
    for (const id of graph.nodes.keys()) {
      const support = targetSupport(graph, id, 1000);
      expect(modules(support)).toEqual(modulesByDefinition(support));
    }
  };
  test('are those of the definition on random graphs (cycles, soft edges, nested groups)', () => {
    fc.assert(fc.property(randomCase, sameAsDefinition), { numRuns: 200 });
  });
  test('are those of the definition on random estates around meshes', () => {
    fc.assert(fc.property(randomNetworkCase, sameAsDefinition), { numRuns: 100 });
  });
});
