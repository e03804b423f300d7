/**
 * What the first impact question after a write costs in memory, beside the same question with
 * nothing written since (issue 11's "write acknowledged -> visible" without the database and HTTP):
 * the write applied to the live topology, the index laid out again for it, the report's per-version
 * lookups made again, and the answer. On the synthetic estate, ToR impact summary as
 * `ImpactService.impact` answers a summary-only query; each write adds a probe needing the ToR
 * switch and connects the other switch of the pair to the previous probe (as the bench's write
 * cases do), so the lists moved grow a little with every write.
 *
 *   npm run build && node --expose-gc dist/bench/firstAfterWrite.js --components 100000 --iterations 30
 *
 * Prints a markdown table (CPU and wall time, p50 / p95, paired ratio). No Neo4j.
 */
import { LiveTopology } from '../src/domain/impact/liveTopology';
import { propagate } from '../src/domain/impact/propagate';
import { buildImpactReport } from '../src/domain/impact/impactReport';
import { State } from '../src/domain/impact/state';
import { isFactType } from '../src/domain/impact/topology';
import { estateGraph } from './estateGraph';
import { medianRatio, summarize } from './stats';
import { syntheticWorld } from './syntheticWorld';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} takes a positive integer`);
  return value;
}

function main(): void {
  const components = option('components', 100_000);
  const iterations = option('iterations', 30);
  const seed = option('seed', 42);
  const started = performance.now();
  const world = syntheticWorld({ components, seed });
  const graph = estateGraph(world);
  const topology = new LiveTopology({
    version: '1',
    nodes: [...graph.nodes.values()],
    edges: [...graph.allEdges()],
    networkEnds: graph.networkEnds,
    groups: world.nodes
      .filter((n) => n.label === 'ConsumerGroup')
      .map((n) => ({ id: n.id, name: String(n.properties.name ?? n.id), size: typeof n.properties.size === 'number' ? n.properties.size : 0 })),
    facts: world.relationships.filter((r) => isFactType(r.type)).map((r) => ({ type: r.type as never, from: r.from, to: r.to })),
  });
  const tor = world.probes.torSwitch;
  // The other switch of the pair (ids end in a / b).
  const twin = tor.endsWith('a') ? `${tor.slice(0, -1)}b` : `${tor.slice(0, -1)}a`;
  const own = new Map<string, State>([[tor, 'DOWN']]);
  const ask = () => buildImpactReport(topology, propagate(topology.graph, own), own).summary;
  const timed = (): { cpu: number; wall: number } => {
    const cpu = process.cpuUsage();
    const wall = performance.now();
    ask();
    const used = process.cpuUsage(cpu);
    return { cpu: (used.user + used.system) / 1000, wall: performance.now() - wall };
  };
  ask();
  const setUp = (performance.now() - started) / 1000;

  const first: { cpu: number; wall: number }[] = [];
  const idle: { cpu: number; wall: number }[] = [];
  const warmup = 3;
  for (let i = 1; i <= iterations + warmup; i += 1) {
    const probe = `bench.after-write-${i}`;
    topology.apply(
      [
        { kind: 'entity', id: probe, properties: { label: 'Component', name: probe, kind: 'SERVER' } },
        { kind: 'relationship', type: 'DEPENDS_ON', from: probe, to: tor, properties: { strength: 'HARD' } },
        { kind: 'relationship', type: 'DEPENDS_ON', from: twin, to: `bench.after-write-${Math.max(1, i - 1)}`, properties: { strength: 'SOFT' } },
      ],
      String(i + 1),
    );
    const a = timed();
    const b = timed();
    if (i > warmup) {
      first.push(a);
      idle.push(b);
    }
  }
  const row = (name: string, pick: (x: { cpu: number; wall: number }) => number) => {
    const s = summarize(first.map(pick));
    const t = summarize(idle.map(pick));
    const r = medianRatio(first.map(pick), idle.map(pick));
    return `| ${name} | ${s.p50.toFixed(2)} / ${s.p95.toFixed(2)} | ${t.p50.toFixed(2)} / ${t.p95.toFixed(2)} | ${r.toFixed(1)} |`;
  };
  process.stdout.write(
    [
      `first impact question after a write, in memory: ${components} components (${graph.nodes.size} impact nodes), ToR ${tor}, ` +
        `${iterations} writes after ${warmup} untimed; set-up ${setUp.toFixed(1)} s`,
      '',
      '| ms | first after a write p50 / p95 | idle p50 / p95 | paired ratio |',
      '|---|---:|---:|---:|',
      row('CPU', (x) => x.cpu),
      row('wall', (x) => x.wall),
      '',
    ].join('\n'),
  );
}

main();
