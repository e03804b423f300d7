/**
 * Availability of every service of the synthetic estate (issue 14), in memory: for each service,
 * computeAvailability with the engine's budget and with the API's (EXACT or ESTIMATE, time); where
 * it is exact, the Monte Carlo estimate the API would fall back to, and how far it lies from the
 * exact figure; for every `--scram-every`-th of them, SCRAM 0.16.2's BDD probability of the same
 * fault tree (bench/scramFaultTree.ts), its time beside Cascade's and the agreement.
 *
 *   npm run build && node dist/bench/availabilityEstate.js --components 100000 --every 10 --scram-every 10
 *
 * Writes its section of bench/RESULTS.md between the availability markers (runBench keeps it).
 */
import { spawnSync } from 'node:child_process';
import { promises as fsp, mkdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AvailabilityAnswer, DEFAULT_LIMITS, DEFAULT_SEED, computeAvailability } from '../src/domain/availability/computeAvailability';
import { API_LIMITS, API_SAMPLES } from '../src/services/availabilityService';
import { AVAILABILITY_END, AVAILABILITY_START } from './availabilityMarkers';
import { figuresFor, scramProbability } from './availabilityTrees';
import { estateGraph } from './estateGraph';
import { FaultModel, faultTree } from './scramFaultTree';
import { scramVersion } from './scramRun';
import { Summary, summarize } from './stats';
import { syntheticWorld } from './syntheticWorld';

const ROOT = path.resolve(__dirname, '..', '..');
const WORK_DIR = '/tmp/cascade-bench-availability-estate';
const TOLERANCE = 1e-9;

interface Options {
  components: number;
  seed: number;
  /** Every n-th service in id order (1: all of them). */
  every: number;
  /** SCRAM on every n-th of the services measured (0: none). */
  scramEvery: number;
  scramTimeoutMs: number;
  scramMemoryBytes: number;
  samples: number;
  out: string;
}

interface Row {
  service: string;
  components: number;
  engine: AvailabilityAnswer;
  engineMs: number;
  api: AvailabilityAnswer;
  apiMs: number;
  /** Where the engine's answer is exact: the estimate with the API's samples and seed, and its time. */
  estimate: AvailabilityAnswer | null;
  estimateMs: number | null;
  scram: { availability: number | null; ms: number; agrees: boolean | null; why: string | null } | null;
}

function parseArgs(argv: string[]): Options {
  const value = (name: string, fallback: number) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? Number(argv[at + 1]) : fallback;
  };
  const out = argv.indexOf('--out');
  return {
    components: value('components', 100_000),
    seed: value('seed', 42),
    every: Math.max(1, value('every', 1)),
    scramEvery: value('scram-every', 10),
    scramTimeoutMs: value('scram-timeout', 30) * 1000,
    scramMemoryBytes: value('scram-memory-gib', 4) * 2 ** 30,
    samples: value('samples', API_SAMPLES),
    out: out >= 0 ? argv[out + 1] : path.join(ROOT, 'bench', 'RESULTS.md'),
  };
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const startedAt = new Date();
  const loadAverage = os.loadavg();
  const log = (msg: string) => process.stdout.write(`[bench:availability] ${msg}\n`);
  const t0 = performance.now();
  const world = syntheticWorld({ components: opts.components, seed: opts.seed });
  const graph = estateGraph(world);
  const model = new FaultModel(world);
  const figures = figuresFor(world);
  const all = world.nodes.filter((n) => n.label === 'Service').map((n) => n.id).sort();
  const services = all.filter((_, i) => i % opts.every === 0);
  log(`estate of ${opts.components} components: ${all.length} services, measuring ${services.length}; built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const version = opts.scramEvery > 0 ? scramVersion() : null;
  if (opts.scramEvery > 0 && !version) log('SCRAM is not installed: no SCRAM column');
  mkdirSync(WORK_DIR, { recursive: true });

  const rows: Row[] = [];
  for (const [k, service] of services.entries()) {
    const timed = <T>(run: () => T): [T, number] => {
      const s = performance.now();
      const answer = run();
      return [answer, performance.now() - s];
    };
    const [engine, engineMs] = timed(() => computeAvailability(graph, service, figures, { samples: opts.samples }));
    const [api, apiMs] = timed(() => computeAvailability(graph, service, figures, { limits: API_LIMITS, samples: opts.samples }));
    const [estimate, estimateMs] =
      engine.method === 'EXACT' ? timed(() => computeAvailability(graph, service, figures, { method: 'ESTIMATE', samples: opts.samples, seed: DEFAULT_SEED })) : [null, null];
    let scram: Row['scram'] = null;
    if (version && k % opts.scramEvery === 0) {
      const tree = faultTree(model, service);
      if (!tree.canFail) scram = { availability: 1, ms: 0, agrees: engine.availability === 1, why: 'nothing can take it DOWN' };
      else {
        const file = path.join(WORK_DIR, `${service.replace(/[^A-Za-z0-9.-]+/g, '_')}.xml`);
        const result = scramProbability(tree, figures, file, opts.scramTimeoutMs, opts.scramMemoryBytes);
        if (!result.ok) scram = { availability: null, ms: result.ms, agrees: null, why: result.why };
        else {
          const availability = 1 - result.top;
          const agrees = engine.method === 'EXACT' ? Math.abs(engine.availability! - availability) <= Math.max(TOLERANCE, result.rounding) : null;
          scram = { availability, ms: result.ms, agrees, why: null };
        }
      }
    }
    rows.push({ service, components: engine.components.length, engine, engineMs, api, apiMs, estimate, estimateMs, scram });
    if ((k + 1) % 20 === 0 || k + 1 === services.length) log(`${k + 1} of ${services.length}`);
  }

  const section = render(rows, { opts, startedAt, loadAverage, totalServices: all.length, scramVersion: version });
  process.stdout.write(`${section}\n`);
  await writeSection(opts.out, section);
  log(`wrote ${opts.out}`);
  if (rows.some((r) => r.scram?.agrees === false)) process.exitCode = 1;
}

function render(rows: Row[], x: { opts: Options; startedAt: Date; loadAverage: number[]; totalServices: number; scramVersion: string | null }): string {
  const ms = (s: Summary) => `p50 ${s.p50.toFixed(1)}, p95 ${s.p95.toFixed(1)}, max ${s.max.toFixed(1)}, mean ${s.mean.toFixed(1)}`;
  const count = (pick: (r: Row) => AvailabilityAnswer, method: string) => rows.filter((r) => pick(r).method === method).length;
  const why = (pick: (r: Row) => AvailabilityAnswer) => {
    const reasons = new Map<string, number>();
    for (const r of rows) if (pick(r).method === 'ESTIMATE') reasons.set(pick(r).whyEstimate!, (reasons.get(pick(r).whyEstimate!) ?? 0) + 1);
    return [...reasons].map(([reason, n]) => `${n}: ${reason}`).join('; ') || 'none';
  };
  const cpus = os.cpus();
  const { opts } = x;
  const out: string[] = [AVAILABILITY_START, '## Availability of the services of the estate (in memory)', ''];
  out.push('Written by `bench/availabilityEstate.ts` (see bench/README.md). Do not edit by hand: rerun.', '');
  out.push('```sh', `npm run build && node dist/bench/availabilityEstate.js ${process.argv.slice(2).join(' ')}`.trimEnd(), '```', '');
  out.push(`- date: ${x.startedAt.toISOString()}`);
  out.push(`- machine: ${cpus[0]?.model ?? 'unknown'} x ${cpus.length}; node ${process.version}; load average at start ${x.loadAverage.map((l) => l.toFixed(2)).join(', ')}`);
  out.push(`- code: ${codeVersion()}`);
  out.push(
    `- estate: syntheticWorld({ components: ${opts.components}, seed: ${opts.seed} }), ${x.totalServices} services; measured every ${opts.every === 1 ? '' : `${opts.every}th, in id order, `}${rows.length} services. ` +
      'Figures: seeded, 0.9999 to 0.999999 per component (bench/availabilityTrees.ts).',
  );
  out.push(
    `- budgets: engine ${DEFAULT_LIMITS.maxNodes.toLocaleString('en')} nodes / ${DEFAULT_LIMITS.maxSteps.toLocaleString('en')} steps; ` +
      `API ${API_LIMITS.maxNodes.toLocaleString('en')} nodes / ${API_LIMITS.maxSteps.toLocaleString('en')} steps; estimates of ${opts.samples.toLocaleString('en')} samples, seed ${DEFAULT_SEED}. ` +
      'Times are one call each (`performance.now()`), estimates included where the budget was exceeded.',
    '',
  );

  out.push('| budget | EXACT | ESTIMATE | ms per service | why estimates |', '|---|---:|---:|---|---|');
  out.push(`| engine | ${count((r) => r.engine, 'EXACT')} | ${count((r) => r.engine, 'ESTIMATE')} | ${ms(summarize(rows.map((r) => r.engineMs)))} | ${why((r) => r.engine)} |`);
  out.push(`| API | ${count((r) => r.api, 'EXACT')} | ${count((r) => r.api, 'ESTIMATE')} | ${ms(summarize(rows.map((r) => r.apiMs)))} | ${why((r) => r.api)} |`, '');

  const both = rows.filter((r) => r.estimate);
  const distance = both.map((r) => Math.abs(r.estimate!.availability! - r.engine.availability!));
  const halfWidth = both.map((r) => (r.estimate!.interval!.upper - r.estimate!.interval!.lower) / 2);
  const held = both.filter((r) => r.estimate!.interval!.lower <= r.engine.availability! && r.engine.availability! <= r.estimate!.interval!.upper).length;
  const d = summarize(distance);
  out.push(`### The estimate beside the exact figure (${both.length} services where the engine is exact)`, '');
  out.push(
    `- |estimate - exact|: p50 ${d.p50.toExponential(2)}, p95 ${d.p95.toExponential(2)}, max ${d.max.toExponential(2)}, mean ${d.mean.toExponential(2)}; ` +
      `the interval's half-width: p50 ${summarize(halfWidth).p50.toExponential(2)}, max ${summarize(halfWidth).max.toExponential(2)}`,
  );
  out.push(`- the 95 % interval held the exact figure for ${held} of ${both.length} (${both.length ? ((100 * held) / both.length).toFixed(1) : '-'} %)`);
  out.push(`- estimate ms per service: ${ms(summarize(both.map((r) => r.estimateMs!)))}`, '');

  const scrammed = rows.filter((r) => r.scram);
  out.push(`### Beside SCRAM on the same fault trees (${scrammed.length} services${x.scramVersion ? `, ${x.scramVersion}` : ''})`, '');
  if (scrammed.length > 0) {
    const finished = scrammed.filter((r) => r.scram!.availability !== null);
    const agree = scrammed.filter((r) => r.scram!.agrees === true).length;
    out.push(
      `- SCRAM (\`--bdd --probability true\`, a whole process, ${opts.scramTimeoutMs / 1000} s and ${opts.scramMemoryBytes / 2 ** 30} GiB each): finished ${finished.length} of ${scrammed.length}; ` +
        `agrees with Cascade's exact figure within ${TOLERANCE} (or its six printed digits) on ${agree} of ${scrammed.filter((r) => r.scram!.agrees !== null).length} where both are exact`,
    );
    out.push(`- ms per service where SCRAM finished: Cascade ${ms(summarize(finished.map((r) => r.engineMs)))}; SCRAM ${ms(summarize(finished.map((r) => r.scram!.ms)))}`, '');
    out.push('| service | components | Cascade | Cascade ms | SCRAM ms | difference | |', '|---|---:|---|---:|---:|---:|---|');
    for (const r of scrammed) {
      const diff = r.scram!.availability !== null && r.engine.method === 'EXACT' ? Math.abs(r.scram!.availability - r.engine.availability!).toExponential(1) : '-';
      out.push(
        `| ${r.service} | ${r.components} | ${r.engine.method} ${r.engine.availability?.toFixed(9) ?? '-'} | ${r.engineMs.toFixed(1)} | ${r.scram!.ms.toFixed(0)} | ${diff} | ${r.scram!.why ?? ''} |`,
      );
    }
    out.push('');
  }
  const slowest = [...rows].sort((a, b) => b.engineMs - a.engineMs).slice(0, 10);
  out.push('### The ten slowest services (engine budget)', '', '| service | components | method | diagram nodes | ms |', '|---|---:|---|---:|---:|');
  for (const r of slowest) out.push(`| ${r.service} | ${r.components} | ${r.engine.method} | ${r.engine.decisionDiagramNodes ?? '-'} | ${r.engineMs.toFixed(1)} |`);
  out.push('', AVAILABILITY_END);
  return out.join('\n');
}

/** Replaces the section between the availability markers, or appends it. */
async function writeSection(file: string, section: string): Promise<void> {
  const existing = await fsp.readFile(file, 'utf8').catch(() => '');
  const start = existing.indexOf(AVAILABILITY_START);
  const end = existing.indexOf(AVAILABILITY_END);
  const next =
    start >= 0 && end > start ? existing.slice(0, start) + section + existing.slice(end + AVAILABILITY_END.length) : `${existing.trimEnd()}\n\n${section}\n`;
  await fsp.writeFile(file, next);
}

/** The commit measured, and whether src/ differed from it (read without taking git's locks). */
function codeVersion(): string {
  const git = (...args: string[]) => spawnSync('git', ['--no-optional-locks', ...args], { cwd: ROOT, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return 'unknown (no git)';
  const changed = git('status', '--porcelain', '--', 'src/domain/availability').stdout.split('\n').filter((l) => l.trim()).length;
  return `commit ${head.stdout.trim()}${changed > 0 ? ` plus uncommitted changes in ${changed} files under src/domain/availability/` : ' (src/domain/availability/ as committed)'}`;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`[bench:availability] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
