import fc from 'fast-check';
import { ImpactEdge, ImpactGraph, ImpactNode } from '../../src/domain/impact/impactGraph';
import { propagate } from '../../src/domain/impact/propagate';
import { RecoveryPlan, recoveryPlan } from '../../src/domain/impact/recoveryPlan';
import { evaluateNeeds } from '../../src/domain/impact/rules';
import { State } from '../../src/domain/impact/state';
import { buildGraph } from '../helpers/graphBuilder';
import { randomCase, randomNetworkCase } from '../helpers/randomGraphs';
import { referenceStates } from '../helpers/referenceImpact';
import { referenceRecovery } from '../helpers/referenceRecovery';

type Case = {
  rule: string;
  edges: string[];
  groups?: Record<string, number | string>;
  failed: string[];
  /** One entry per layer: its ids, space-separated; 'forced: ' before a cycle started by force. */
  layers: string[];
  cycles?: string[][];
  degraded?: string[];
};

// A ring r1-l1-r2 and a detour r1-l2-r3-l3-r2; the detour's link l2 comes back last.
const detour = ['net: r1 =l1= r2', 'net: r1 =l2= r3', 'net: r3 =l3= r2', 'c @net: r1 -> r2', 'svc -> c'];
const detourPower = ['r1 -> power', 'r2 -> power', 'r3 -> power', 'l1 -> power', 'l3 -> power', 'l2 -> s1', 's1 -> s2', 's2 -> s3', 's3 -> power'];

const cases: Case[] = [
  { rule: 'a chain comes back from what is needed most: power, then the router, then the service', edges: ['service -> router', 'router -> power'], failed: ['power'], layers: ['power', 'router', 'service'] },
  {
    rule: 'a soft need does not order: the app starts with its cache, not after it',
    edges: ['app -> db', 'app ~> cache', 'db -> power', 'cache -> disk', 'disk -> power'],
    failed: ['power'],
    layers: ['power', 'db disk', 'app cache'],
  },
  { rule: 'a node that only softly needs what failed is DEGRADED and not in the plan', edges: ['report ~> db', 'db -> power'], failed: ['power'], layers: ['power', 'db'], degraded: ['report'] },
  {
    rule: 'a group of two needing one starts with its first member back',
    edges: ['svc -> g', 'g => a', 'g => b', 'a -> power', 'b -> slow', 'slow -> power'],
    groups: { g: 1 },
    failed: ['power'],
    layers: ['power', 'a slow', 'b g', 'svc'],
  },
  {
    rule: 'a group of two needing two waits for its second member',
    edges: ['svc -> g', 'g => a', 'g => b', 'a -> power', 'b -> slow', 'slow -> power'],
    groups: { g: 2 },
    failed: ['power'],
    layers: ['power', 'a slow', 'b', 'g', 'svc'],
  },
  {
    rule: 'DNS and the directory need each other: the cycle is reported and started by force once its hosts are up',
    edges: ['dns -> vm1', 'vm1 -> power', 'dir -> vm2', 'vm2 -> power', 'dns -> dir', 'dir -> dns', 'app -> dns'],
    failed: ['power'],
    layers: ['power', 'vm1 vm2', 'forced: dir dns', 'app'],
    cycles: [['dir', 'dns']],
  },
  { rule: 'a node that needs itself is a cycle of one', edges: ['a -> a', 'b -> a'], failed: ['a'], layers: ['forced: a', 'b'], cycles: [['a']] },
  {
    rule: 'two independent cycles are each forced in a layer of their own',
    edges: ['a -> b', 'b -> a', 'c -> d', 'd -> c', 'a -> p', 'c -> p'],
    failed: ['p'],
    layers: ['p', 'forced: a b', 'forced: c d'],
    cycles: [['a', 'b'], ['c', 'd']],
  },
  {
    rule: 'a cycle that needs another cycle is forced only after what the first one brings back',
    edges: ['a -> b', 'b -> a', 'c -> d', 'd -> c', 'a -> p', 'c -> a', 'e -> a'],
    failed: ['p'],
    layers: ['p', 'forced: a b', 'e', 'forced: c d'],
    cycles: [['a', 'b'], ['c', 'd']],
  },
  {
    rule: 'a cycle is forced only once nothing else can start, after chains it does not wait for',
    edges: ['a -> b', 'b -> a', 'a -> p', 'x1 -> p', 'x2 -> x1'],
    failed: ['p'],
    layers: ['p', 'x1', 'x2', 'forced: a b'],
    cycles: [['a', 'b']],
  },
  {
    rule: 'a cycle through a group whose quorum comes from outside it is no trap',
    edges: ['g => m1', 'g => m2', 'm2 -> g', 'm1 -> power', 'm2 -> power'],
    groups: { g: 1 },
    failed: ['power'],
    layers: ['power', 'm1', 'g', 'm2'],
  },
  {
    rule: 'a connectivity starts once one path is back, not after every router and link',
    edges: [...detour, ...detourPower],
    failed: ['power'],
    layers: ['power', 'l1 l3 r1 r2 r3 s3', 'net s2', 'c s1', 'l2 svc'],
  },
  {
    rule: 'a router that needs a connectivity through its own network is a cycle with it',
    edges: ['net: r1 =l1= r2', 'c @net: r1 -> r2', 'r1 -> c', 'r1 -> power', 'r2 -> power', 'l1 -> power'],
    failed: ['power'],
    layers: ['power', 'l1 r2', 'net', 'forced: c r1'],
    cycles: [['c', 'r1']],
  },
  { rule: 'failures with nothing downstream come back together in one layer', edges: ['a -> b', 'c -> d'], failed: ['a', 'c'], layers: ['a c'] },
  {
    rule: 'a cycle that is not down is not reported',
    edges: ['a -> b', 'b -> a', 'a ~> x', 'x -> p'],
    failed: ['p'],
    layers: ['p', 'x'],
    degraded: ['a', 'b'],
  },
  { rule: 'a failure the graph does not know makes an empty plan', edges: ['a -> b'], failed: ['nowhere'], layers: [] },
];

/**
 * Cold starts with traps: every node hangs off n0 through a hard spine, so failing n0 takes most of
 * the graph down, and extra edges in both directions make cycles, nested ones among them.
 */
const coldStartCase = fc
  .record({
    size: fc.integer({ min: 3, max: 16 }),
    spine: fc.array(fc.nat(), { minLength: 16, maxLength: 16 }),
    groups: fc.array(fc.option(fc.integer({ min: 1, max: 3 }), { freq: 3 }), { minLength: 16, maxLength: 16 }),
    edges: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 24 }),
    others: fc.array(fc.nat(), { maxLength: 2 }),
  })
  .map(({ size, spine, groups, edges, others }) => {
    const nodes: ImpactNode[] = Array.from({ length: size }, (_, i) => {
      const quorum = i > 0 ? groups[i] : null;
      return { id: `n${i}`, kind: quorum === null ? 'Component' : 'RedundancyGroup', name: `n${i}`, minUp: quorum, minUpPercent: null };
    });
    const seen = new Set<string>();
    const impactEdges: ImpactEdge[] = [];
    const add = (from: ImpactNode, to: ImpactNode, soft: boolean) => {
      if (seen.has(`${from.id}|${to.id}`)) return;
      seen.add(`${from.id}|${to.id}`);
      const group = from.kind === 'RedundancyGroup';
      impactEdges.push({ from: from.id, to: to.id, type: group ? 'HAS_MEMBER' : 'DEPENDS_ON', strength: soft && !group ? 'SOFT' : 'HARD' });
    };
    for (let i = 1; i < size; i += 1) add(nodes[i], nodes[spine[i] % i], false);
    for (const [a, b, soft] of edges) add(nodes[a % size], nodes[b % size], soft);
    return { graph: new ImpactGraph(nodes, impactEdges), failed: ['n0', ...others.map((i) => `n${i % size}`)] };
  });

function written(plan: RecoveryPlan): string[] {
  return plan.layers.map((layer) => (layer.forcedCycle ? 'forced: ' : '') + layer.ids.join(' '));
}

describe('recoveryPlan', () => {
  test.each(cases)('$rule', ({ edges, groups, failed, layers, cycles = [], degraded = [] }) => {
    const plan = recoveryPlan(buildGraph(edges, groups), failed);
    expect(written(plan)).toEqual(layers);
    expect(plan.layers.map((layer) => layer.index)).toEqual(layers.map((_, i) => i));
    expect(plan.cycles).toEqual(cycles);
    expect(plan.degraded).toEqual(degraded);
    expect(plan.blocked).toEqual([]);
  });

  // What this guards is the absence of recursion (a stack overflow at this depth); how long it
  // takes belongs in bench/, not in a test that a loaded machine could fail.
  test('plans a chain and a ring of 100,000 nodes each without recursion', () => {
    const n = 100_000;
    const nodes: ImpactNode[] = [];
    const edges: ImpactEdge[] = [];
    for (let i = 0; i < n; i += 1) {
      nodes.push({ id: `c${i}`, kind: 'Component', name: `c${i}` }, { id: `r${i}`, kind: 'Component', name: `r${i}` });
      if (i > 0) edges.push({ from: `c${i}`, to: `c${i - 1}`, type: 'DEPENDS_ON', strength: 'HARD' });
      edges.push({ from: `r${i}`, to: `r${(i + 1) % n}`, type: 'DEPENDS_ON', strength: 'HARD' });
    }
    const plan = recoveryPlan(new ImpactGraph(nodes, edges), ['c0', 'r0']);
    expect(plan.layers).toHaveLength(n + 1);
    expect(plan.layers[0].forcedCycle).toBeNull();
    expect(plan.layers.filter((layer) => layer.forcedCycle !== null).map((layer) => layer.ids.length)).toEqual([n]);
    expect(plan.cycles).toHaveLength(1);
  });

  test('gives the naive reference plan on random graphs, and the plan holds', () => {
    fc.assert(
      fc.property(randomCase, ({ graph, own }) => {
        const failed = [...own.keys()];
        const plan = recoveryPlan(graph, failed);
        expect(plan).toEqual(referenceRecovery(graph, failed));
        expectPlanHolds(graph, failed, plan);
      }),
      { numRuns: 1000 },
    );
  });

  test('gives the naive reference plan on cold starts full of cycles, and the plan holds', () => {
    fc.assert(
      fc.property(coldStartCase, ({ graph, failed }) => {
        const plan = recoveryPlan(graph, failed);
        expect(plan).toEqual(referenceRecovery(graph, failed));
        expectPlanHolds(graph, failed, plan);
      }),
      { numRuns: 1000 },
    );
  });

  test('gives the naive reference plan on random estates around random meshes, and the plan holds', () => {
    fc.assert(
      fc.property(randomNetworkCase, ({ graph, own }) => {
        const failed = [...own.keys()];
        const plan = recoveryPlan(graph, failed);
        expect(plan).toEqual(referenceRecovery(graph, failed));
        expectPlanHolds(graph, failed, plan);
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * What the plan promises, checked from the rules alone: it covers everything DOWN once; each layer
 * is startable given the earlier ones, or is forced only when nothing else could start and then
 * holds itself up; and after each layer, propagating the failures not yet repaired takes down
 * nothing already started (after the last layer, with nothing failed, everything is UP).
 */
function expectPlanHolds(graph: ImpactGraph, failed: string[], plan: RecoveryPlan): void {
  const states = referenceStates(graph, new Map(failed.map((id): [string, State] => [id, 'DOWN'])));
  const down = [...graph.nodes.keys()].filter((id) => states.get(id) === 'DOWN');
  const planned = plan.layers.flatMap((layer) => layer.ids);
  expect(plan.blocked).toEqual([]);
  expect([...planned].sort()).toEqual([...down].sort());
  expect(new Set(planned).size).toBe(planned.length);

  const remaining = new Set(down);
  const wasDown = new Set(down);
  const stateOf = (id: string): State => (remaining.has(id) ? 'DOWN' : wasDown.has(id) ? 'UP' : (states.get(id) ?? 'UP'));
  const canStart = (id: string) => evaluateNeeds(graph, id, stateOf).state !== 'DOWN';
  plan.layers.forEach((layer, i) => {
    if (layer.forcedCycle === null) {
      for (const id of layer.ids) expect([id, canStart(id)]).toEqual([id, true]);
    } else {
      // A stuck point forces all its traps, one layer each: the first when nothing at all could
      // start, each of them while none of its own nodes could.
      expect(layer.forcedCycle).toEqual(layer.ids);
      const stuck = i === 0 || plan.layers[i - 1].forcedCycle === null ? [...remaining] : layer.ids;
      for (const id of stuck) expect([id, canStart(id)]).toEqual([id, false]);
    }
    for (const id of layer.ids) remaining.delete(id);
    if (layer.forcedCycle !== null) for (const id of layer.ids) expect([id, canStart(id)]).toEqual([id, true]);

    const stillFailed = failed.filter((id) => remaining.has(id));
    const after = propagate(graph, new Map(stillFailed.map((id): [string, State] => [id, 'DOWN'])));
    for (const id of after.idsIn('DOWN')) expect([id, remaining.has(id)]).toEqual([id, true]);
  });
  expect(propagate(graph, new Map()).affectedCount).toBe(0);
}
