/**
 * The network benchmark, in memory: `npm run bench:network -- --iterations 30`.
 *
 * Builds a synthetic backbone (bench/syntheticMesh.ts: 2,000 routers, 10,000 links, 5,000 customer
 * connectivities) and a plain graph of the same size without networks, then times the impact
 * engine on both in one interleaved loop, so machine noise hits both alike: the impact of one
 * router and of one site (propagate plus the impact report's summary, as ImpactService answers),
 * and the failure tolerance of one customer's connectivity. Also the recovery plan for every
 * component of one data centre of the synthetic estate (bench/syntheticWorld.ts, 100k components,
 * built in memory), beside the propagation of the same failures. Prints a table and writes its
 * section of bench/RESULTS.md between the network markers (runBench keeps it). See bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ImpactGraph } from '../src/domain/impact/impactGraph';
import { ImpactSummary, buildImpactReport } from '../src/domain/impact/impactReport';
import { Propagation, propagate } from '../src/domain/impact/propagate';
import { RecoveryPlan, recoveryPlan } from '../src/domain/impact/recoveryPlan';
import { State } from '../src/domain/impact/state';
import { Topology, buildTopology } from '../src/domain/impact/topology';
import { Tolerance, connectivityTolerance } from '../src/domain/network/tolerance';
import { SinglePointsOfFailure, singlePointsOfFailure } from '../src/domain/impact/singlePointsOfFailure';
import { NETWORK_END, NETWORK_START } from './networkMarkers';
import { Summary, medianRatio, summarize } from './stats';
import { MESH_DEFAULTS, SyntheticMesh, syntheticMesh } from './syntheticMesh';
import { estateGraph } from './estateGraph';
import { syntheticWorld } from './syntheticWorld';
import type { World } from '../src/domain/world';

const ROOT = path.resolve(__dirname, '..', '..');

/** One side of a case: what is timed, and a line about its answer (not timed). */
interface Side<T> {
  run(): T;
  describe(answer: T): string;
}

interface NetworkCase {
  name: string;
  /** One line for the report: what the sides compute. */
  measures: string;
  subject: Side<unknown>;
  /** What the subject is compared with (the same question on the plain graph, say); absent when nothing compares. */
  baseline?: { label: string; side: Side<unknown> };
}

interface Options {
  routers: number;
  sites: number;
  links: number;
  connectivities: number;
  transit: number;
  seed: number;
  /** Size of the synthetic estate for the recovery plan; 0 leaves that case out. */
  components: number;
  iterations: number;
  warmup: number;
  out: string;
}

interface CaseResult {
  case: NetworkCase;
  firstMs: number;
  firstBaselineMs: number | null;
  answer: string;
  baselineAnswer: string | null;
  subject: Summary;
  baseline: Summary | null;
  pairedRatio: number | null;
}

/** The data centre whose components all fail for the recovery plan. */
const FAILED_DATA_CENTRE = 1;

const log = (msg: string): void => {
  process.stdout.write(`[bench:network] ${msg}\n`);
};

function parseArgs(argv: string[]): Options {
  const raw = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new Error(`unexpected argument "${argv[i]}" (see bench/README.md)`);
    raw.set(m[1], m[2] ?? argv[++i]);
  }
  const num = (key: string, fallback: number): number => {
    const value = raw.has(key) ? Number(raw.get(key)) : fallback;
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${key} must be a whole number, got "${raw.get(key)}"`);
    raw.delete(key);
    return value;
  };
  const options: Options = {
    routers: num('routers', MESH_DEFAULTS.routers),
    sites: num('sites', MESH_DEFAULTS.sites),
    links: num('links', MESH_DEFAULTS.links),
    connectivities: num('connectivities', MESH_DEFAULTS.connectivities),
    transit: num('transit', MESH_DEFAULTS.transit),
    seed: num('seed', MESH_DEFAULTS.seed),
    components: num('components', 100_000),
    iterations: Math.max(1, num('iterations', 30)),
    warmup: num('warmup', 5),
    out: raw.get('out') ?? path.join(ROOT, 'bench', 'RESULTS.md'),
  };
  raw.delete('out');
  if (raw.size > 0) throw new Error(`unknown option(s): ${[...raw.keys()].map((k) => `--${k}`).join(', ')}`);
  return options;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const command = `npm run bench:network -- ${process.argv.slice(2).join(' ')}`.trim();
  const startedAt = new Date();
  const loadAverage = os.loadavg();

  let t = performance.now();
  const generated = syntheticMesh(opts);
  const generationMs = performance.now() - t;
  log(`mesh ${JSON.stringify(generated.shape)} generated in ${generationMs.toFixed(0)} ms`);
  log(`probes: ${JSON.stringify(generated.probes)}`);
  t = performance.now();
  const mesh = buildTopology(generated.mesh);
  const meshBuildMs = performance.now() - t;
  t = performance.now();
  const plain = buildTopology(generated.plain);
  const plainBuildMs = performance.now() - t;
  log(`buildTopology: mesh ${meshBuildMs.toFixed(0)} ms, plain ${plainBuildMs.toFixed(0)} ms`);

  const results = runCases(networkCases(generated, mesh, plain), opts);
  // The recovery plan runs in a phase of its own, after the network cases: the 100k estate it needs
  // makes every major GC slower, and its garbage would otherwise be collected during their timings.
  let estate: EstateFigures | null = null;
  if (opts.components > 0) {
    t = performance.now();
    const world = syntheticWorld({ components: opts.components, seed: opts.seed });
    const worldMs = performance.now() - t;
    const graph = estateGraph(world);
    const failed = dataCentreComponents(world, FAILED_DATA_CENTRE);
    estate = { worldMs, nodes: graph.nodes.size, edges: countEdges(graph), failed: failed.length };
    log(`estate of ${opts.components} components: ${estate.nodes} impact nodes, ${estate.edges} impact edges in ${worldMs.toFixed(0)} ms; ${failed.length} components in DC${FAILED_DATA_CENTRE}`);
    results.push(...runCases([recoveryCase(graph, failed, opts.components)], opts));
  }
  const table = renderTable(results);
  process.stdout.write(`\n${table}\n\n`);
  const section = renderSection({ opts, command, startedAt, generated, generationMs, meshBuildMs, plainBuildMs, estate, loadAverage, results, table });
  await writeSection(opts.out, section);
  log(`wrote ${opts.out}`);
}

// ---------------------------------------------------------------------------------------------------
// Cases
// ---------------------------------------------------------------------------------------------------

function networkCases(generated: SyntheticMesh, mesh: Topology, plain: Topology): NetworkCase[] {
  const { probes } = generated;
  return [
    {
      name: 'impact of one router',
      measures:
        `\`propagate\` + \`buildImpactReport(...).summary\` for \`${probes.router}\` DOWN (the non-transit router with the most single-homed customers); ` +
        'plain: the same router of the plain graph (its links and the access circuits attached there first depend on it)',
      subject: impactSide(mesh, probes.router),
      baseline: { label: 'plain, same router', side: impactSide(plain, probes.router) },
    },
    {
      name: 'impact of one site',
      measures: `the same for \`${probes.sitePower}\` DOWN, the power feed of all routers of \`${probes.site}\`; plain: the same power feed`,
      subject: impactSide(mesh, probes.sitePower),
      baseline: { label: 'plain, same power feed', side: impactSide(plain, probes.sitePower) },
    },
    {
      name: "tolerance of one customer's connectivity",
      measures:
        `\`connectivityTolerance\` of \`${probes.connectivity}\` (dual-homed across two sites, to any of ${probes.transit.length} transit routers) with nothing failed, ` +
        'its compiled need from `graph.compiledNeed` (cached after the first call); no plain counterpart',
      subject: toleranceSide(mesh, probes.connectivity),
    },
    ...[1, 2].map((size) => ({
      name: `singlePointsOfFailure size ${size} of that customer's service`,
      measures:
        `\`singlePointsOfFailure(topology, service, ${size}, 50000)\` for the service resting on \`${probes.connectivity}\`: exact minimal cut sets through the mesh ` +
        '(pure mesh elements decided on the mesh, the rest by propagation); plain: the same service of the plain graph',
      subject: spofSide(mesh, serviceOf(mesh, probes.connectivity), size as 1 | 2),
      baseline: { label: 'plain, same service', side: spofSide(plain, serviceOf(mesh, probes.connectivity), size as 1 | 2) },
    })),
  ];
}

/** The service that depends on a customer's connectivity. */
function serviceOf(topology: Topology, connectivity: string): string {
  const service = topology.graph.neededBy(connectivity).find((e) => topology.graph.nodes.get(e.from)?.kind === 'Service')?.from;
  if (!service) throw new Error(`no service depends on ${connectivity}`);
  return service;
}

function spofSide(topology: Topology, target: string, size: 1 | 2): Side<SinglePointsOfFailure> {
  return {
    run: () => singlePointsOfFailure(topology, target, size, 50_000),
    describe: (answer) =>
      `${answer.candidates.toLocaleString('en')} candidates, ${answer.pairChecks} pair checks${answer.truncated ? ' (truncated)' : ''}, sets: ` +
      (answer.sets.map((s) => s.componentIds.map((id) => `\`${id}\``).join(' + ')).join('; ') || 'none'),
  };
}

function recoveryCase(graph: ImpactGraph, failed: string[], components: number): NetworkCase {
  const own = new Map(failed.map((id): [string, State] => [id, 'DOWN']));
  return {
    name: 'recoveryPlan, one data centre',
    measures:
      `\`recoveryPlan(graph, failedIds)\` on the ${components.toLocaleString('en')}-component synthetic estate (\`syntheticWorld\`, seed as above, built in memory: ` +
      `nodes of impact kinds and their impact edges, as the topology store reads them) with all ${failed.length.toLocaleString('en')} components located in DC${FAILED_DATA_CENTRE} failed; ` +
      'compared with `propagate` of the same failures on the same graph (the plan starts with that propagation)',
    subject: {
      run: () => recoveryPlan(graph, failed),
      describe: (plan: RecoveryPlan) => {
        const planned = plan.layers.reduce((sum, layer) => sum + layer.ids.length, 0);
        return (
          `${plan.layers.length} layers, ${planned.toLocaleString('en')} DOWN nodes planned, ${plan.cycles.length} cycles started by force ` +
          `(sizes ${plan.cycles.map((c) => c.length).join(', ') || 'none'}), ${plan.degraded.length.toLocaleString('en')} DEGRADED left out, ${plan.blocked.length} blocked`
        );
      },
    },
    baseline: {
      label: 'propagate, same failures',
      side: {
        run: () => propagate(graph, own),
        describe: (p: Propagation) => `${p.idsIn('DOWN').length.toLocaleString('en')} DOWN, ${p.idsIn('DEGRADED').length.toLocaleString('en')} DEGRADED`,
      },
    },
  };
}

function impactSide(topology: Topology, failed: string): Side<ImpactSummary> {
  const own = new Map<string, State>([[failed, 'DOWN']]);
  return {
    // As ImpactService.impact does, once the failures are checked; a client asking for the summary only.
    run: () => buildImpactReport(topology, propagate(topology.graph, own), own).summary,
    describe: (s) => {
      const c = (x: { down: number; degraded: number }) => `${x.down}/${x.degraded}`;
      return (
        `down/degraded: components ${c(s.components)}, groups ${c(s.redundancyGroups)}, networks ${c(s.networks)}, connectivities ${c(s.connectivities)}, ` +
        `services ${c(s.services)}, offerings ${c(s.offerings)}, consumer groups ${c(s.consumerGroups)}, organisations ${c(s.organizations)}; ` +
        `peopleDown ${s.peopleDown.toLocaleString('en')}, peopleDegraded ${s.peopleDegraded.toLocaleString('en')}`
      );
    },
  };
}

function toleranceSide(topology: Topology, connectivity: string): Side<Tolerance> {
  return {
    run: () => {
      const compiled = topology.graph.compiledNeed(connectivity);
      if (!compiled) throw new Error(`${connectivity} is not routable`);
      return connectivityTolerance(compiled.network, compiled.need, () => 0);
    },
    describe: (tolerance) => `size ${tolerance.size}, cut ${tolerance.cut.map((id) => `\`${id}\``).join(', ')}`,
  };
}

// ---------------------------------------------------------------------------------------------------
// Timing
// ---------------------------------------------------------------------------------------------------

function timed<T>(side: Side<T>): { ms: number; answer: T } {
  const t0 = performance.now();
  const answer = side.run();
  return { ms: performance.now() - t0, answer };
}

/**
 * One first call per side (reported: it builds what the engine builds lazily, such as the network
 * index and the compiled needs), warm-up rounds, then rounds over every case, subject and baseline
 * back to back, alternating which goes first.
 */
function runCases(cases: NetworkCase[], opts: Options): CaseResult[] {
  const first = cases.map((c) => {
    const s = timed(c.subject);
    const b = c.baseline ? timed(c.baseline.side) : null;
    const answer = c.subject.describe(s.answer);
    const baselineAnswer = c.baseline && b ? c.baseline.side.describe(b.answer) : null;
    log(`${c.name}: first call ${s.ms.toFixed(1)} ms${b ? `, ${c.baseline!.label} ${b.ms.toFixed(1)} ms` : ''}`);
    log(`  answer: ${answer}`);
    if (baselineAnswer) log(`  ${c.baseline!.label}: ${baselineAnswer}`);
    return { s, b, answer, baselineAnswer };
  });
  for (let i = 0; i < opts.warmup; i++) for (const c of cases) [c.subject, c.baseline?.side].forEach((side) => side?.run());

  const subjectMs = cases.map((): number[] => []);
  const baselineMs = cases.map((): number[] => []);
  for (let i = 0; i < opts.iterations; i++) {
    cases.forEach((c, k) => {
      if (!c.baseline || i % 2 === 0) {
        subjectMs[k].push(timed(c.subject).ms);
        if (c.baseline) baselineMs[k].push(timed(c.baseline.side).ms);
      } else {
        baselineMs[k].push(timed(c.baseline.side).ms);
        subjectMs[k].push(timed(c.subject).ms);
      }
    });
  }
  return cases.map((c, k) => ({
    case: c,
    firstMs: first[k].s.ms,
    firstBaselineMs: first[k].b?.ms ?? null,
    answer: first[k].answer,
    baselineAnswer: first[k].baselineAnswer,
    subject: summarize(subjectMs[k]),
    baseline: c.baseline ? summarize(baselineMs[k]) : null,
    pairedRatio: c.baseline ? medianRatio(subjectMs[k], baselineMs[k]) : null,
  }));
}

// ---------------------------------------------------------------------------------------------------
// The synthetic estate as the engine holds it
// ---------------------------------------------------------------------------------------------------

interface EstateFigures {
  worldMs: number;
  nodes: number;
  edges: number;
  failed: number;
}

/** Every component located in the data centre: its facilities, network, racks, servers and the instances on them. */
function dataCentreComponents(world: World, dc: number): string[] {
  const here = `DC${dc}`;
  return world.nodes
    .filter((n) => n.label === 'Component' && typeof n.properties.location === 'string')
    .filter((n) => n.properties.location === here || String(n.properties.location).startsWith(`${here} `))
    .map((n) => n.id);
}

function countEdges(graph: ImpactGraph): number {
  let count = 0;
  for (const id of graph.nodes.keys()) count += graph.needs(id).length;
  return count;
}

// ---------------------------------------------------------------------------------------------------
// Reporting
// ---------------------------------------------------------------------------------------------------

const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(2) : x.toFixed(3));

function renderTable(results: CaseResult[]): string {
  const lines = [
    '| case | p50 ms | p95 ms | compared with | its p50 ms | its p95 ms | ratio p50 | ratio p95 | paired ratio (median) | first call ms (its first) |',
    '|---|---:|---:|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    const first = `${ms(r.firstMs)}${r.firstBaselineMs === null ? '' : ` (${ms(r.firstBaselineMs)})`}`;
    if (!r.case.baseline || !r.baseline || r.pairedRatio === null) {
      lines.push(`| ${r.case.name} | ${ms(r.subject.p50)} | ${ms(r.subject.p95)} | nothing comparable | | | | | | ${first} |`);
      continue;
    }
    lines.push(
      `| ${r.case.name} | ${ms(r.subject.p50)} | ${ms(r.subject.p95)} | ${r.case.baseline.label} | ${ms(r.baseline.p50)} | ${ms(r.baseline.p95)} | ` +
        `${(r.subject.p50 / r.baseline.p50).toFixed(1)} | ${(r.subject.p95 / r.baseline.p95).toFixed(1)} | ${r.pairedRatio.toFixed(1)} | ${first} |`,
    );
  }
  return lines.join('\n');
}

function renderSection(x: {
  opts: Options;
  command: string;
  startedAt: Date;
  generated: SyntheticMesh;
  generationMs: number;
  meshBuildMs: number;
  plainBuildMs: number;
  estate: EstateFigures | null;
  /** os.loadavg() when the run started: other processes on the machine show up in the figures. */
  loadAverage: number[];
  results: CaseResult[];
  table: string;
}): string {
  const { shape, mesh, plain } = x.generated;
  const n = (v: number) => v.toLocaleString('en');
  const byType = (edges: { type: string }[]) => {
    const counts = new Map<string, number>();
    for (const e of edges) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    return [...counts].map(([type, count]) => `${n(count)} ${type}`).join(', ');
  };
  const cpus = os.cpus();
  const out: string[] = [NETWORK_START, '## Networks in the impact engine (in memory): a router mesh against a plain graph of the same size', ''];
  out.push('Written by `bench/runNetworkBench.ts` (see bench/README.md). Do not edit by hand: rerun.', '');
  out.push('```sh', x.command, '```', '');
  out.push(`- date: ${x.startedAt.toISOString()}`);
  out.push(`- machine: ${cpus[0]?.model ?? 'unknown'} x ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; ${os.type()} ${os.release()} ${os.arch()}; node ${process.version}; load average at start ${x.loadAverage.map((l) => l.toFixed(2)).join(', ')}`);
  out.push(`- code: ${codeVersion()}`);
  out.push(
    `- method: one process, no database. One first call per side (reported: it builds the engine's lazy indexes), ${x.opts.warmup} warm-up rounds, ` +
      `then ${x.opts.iterations} rounds; each round runs every case and what it is compared with back to back, alternating which goes first. ` +
      'The recovery plan runs in a second phase, once the network cases are done (its estate would slow their garbage collections). ' +
      'Times are `performance.now()` around one call. Percentiles interpolate linearly between ranks; a ratio is the case over what it is compared with, ' +
      '"paired ratio" the median over rounds of the two back-to-back calls.',
  );
  out.push(
    `- mesh (\`syntheticMesh({ routers: ${x.opts.routers}, sites: ${x.opts.sites}, links: ${x.opts.links}, connectivities: ${x.opts.connectivities}, transit: ${x.opts.transit}, seed: ${x.opts.seed} })\`, ` +
      `generated in ${x.generationMs.toFixed(0)} ms): ${n(shape.routers)} routers over ${n(shape.sites)} sites, ${n(shape.links)} links ` +
      `(${n(shape.intraSiteLinks)} inside a site, ${n(shape.interSiteLinks)} between sites, ${n(shape.directedLinks)} directed), ` +
      `${n(shape.connectivities)} customers (${n(shape.singleHomed)} single-homed, ${n(shape.dualHomedInSite)} dual-homed in one site, ` +
      `${n(shape.dualHomedAcrossSites)} across two sites) reaching any of ${shape.transit} transit routers. ` +
      `${n(mesh.nodes.length)} nodes, ${n(mesh.edges.length)} impact edges (${byType(mesh.edges)}), ${n(mesh.networkEnds.length)} link ends and connectivity points (${byType(mesh.networkEnds)}).`,
  );
  out.push(
    `- plain: ${n(plain.nodes.length)} nodes, ${n(plain.edges.length)} impact edges (${byType(plain.edges)}): the backbone a group of all routers, ` +
      'each link depending on its first router, each customer an access circuit depending on its first attachment point.',
  );
  out.push(`- \`buildTopology\`: mesh ${ms(x.meshBuildMs)} ms, plain ${ms(x.plainBuildMs)} ms`);
  if (x.estate) {
    out.push(
      `- estate for the recovery plan: \`syntheticWorld({ components: ${x.opts.components}, seed: ${x.opts.seed} })\` generated in ${(x.estate.worldMs / 1000).toFixed(1)} s, ` +
        `${n(x.estate.nodes)} impact nodes, ${n(x.estate.edges)} impact edges; ${n(x.estate.failed)} components located in DC${FAILED_DATA_CENTRE} fail`,
    );
  }
  out.push('', x.table, '');
  for (const r of x.results) {
    out.push(`### ${r.case.name}`, '', r.case.measures, '');
    const label = r.case.baseline?.label ?? '';
    out.push(`- answer: ${r.answer}`);
    if (r.baselineAnswer) out.push(`- ${label}: ${r.baselineAnswer}`);
    out.push(`- ms: min ${ms(r.subject.min)}, p50 ${ms(r.subject.p50)}, p95 ${ms(r.subject.p95)}, max ${ms(r.subject.max)}, mean ${ms(r.subject.mean)}`);
    if (r.baseline) out.push(`- ${label} ms: min ${ms(r.baseline.min)}, p50 ${ms(r.baseline.p50)}, p95 ${ms(r.baseline.p95)}, max ${ms(r.baseline.max)}, mean ${ms(r.baseline.mean)}`);
    out.push('');
  }
  if (!x.estate) out.push('### recoveryPlan, one data centre', '', '- not run: `--components 0`', '');
  out.push(NETWORK_END);
  return out.join('\n');
}

/** Replaces the section between the network markers, or appends it. */
async function writeSection(file: string, section: string): Promise<void> {
  const existing = await fsp.readFile(file, 'utf8').catch(() => '');
  const start = existing.indexOf(NETWORK_START);
  const end = existing.indexOf(NETWORK_END);
  const next =
    start >= 0 && end > start ? existing.slice(0, start) + section + existing.slice(end + NETWORK_END.length) : `${existing.trimEnd()}\n\n${section}\n`;
  await fsp.writeFile(file, next);
}

/** The commit measured, and whether src/ differed from it (read without taking git's locks). */
function codeVersion(): string {
  const git = (...args: string[]) => spawnSync('git', ['--no-optional-locks', ...args], { cwd: ROOT, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return 'unknown (no git)';
  const changed = git('status', '--porcelain', '--', 'src').stdout.split('\n').filter((l) => l.trim()).length;
  return `commit ${head.stdout.trim()}${changed > 0 ? ` plus uncommitted changes in ${changed} files under src/` : ' (src/ as committed)'}`;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`[bench:network] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
