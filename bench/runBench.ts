/**
 * The API against bare Cypher on a synthetic estate: `npm run bench -- --components 100000 --iterations 30`.
 *
 * Starts its own embedded Neo4j on a data folder named after scale and seed (reused while its load
 * marker matches), loads the synthetic world when needed, serves the real app on a loopback port and
 * times each case's GraphQL call and its bare-Cypher counterpart in one interleaved loop, so machine
 * noise hits both alike. Prints a table and writes bench/RESULTS.md. See bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fsp } from 'node:fs';
import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { loadCypherFiles } from '../src/neo4j/cypherFiles';
import { Gateway, createDriver } from '../src/neo4j/gateway';
import { EmbeddedNeo4j, ensureLauncherBuilt, startEmbeddedNeo4j } from '../src/neo4j/localNeo4j';
import { AVAILABILITY_END, AVAILABILITY_START } from './availabilityMarkers';
import { IMPORT_END, IMPORT_START } from './importMarkers';
import { ImportBenchResult, runImportBench } from './importBench';
import { NETWORK_END, NETWORK_START } from './networkMarkers';
import { toNeo4jProperties } from '../src/neo4j/toNeo4jProperties';
import { createApp } from '../src/server';
import { LOAD_BATCH, LoadReport, RelationshipStatement, loadWorld } from './loadWorld';
import { Summary, medianRatio, summarize } from './stats';
import { GraphQLBody, postGraphQL } from './postGraphQL';
import { SyntheticProbes, SyntheticWorld, syntheticWorld } from './syntheticWorld';
import { WriteCaseResult, runCyclicSupportCases, runWriteCases } from './writeCases';
import { LookupResult, runLookupCase } from './lookupCase';
import { ScramCaseResult, renderScramSection, renderScramTable, runScramCase } from './scramCase';
import { MemoryRecord } from './memoryRecord';
import { EventCaseResult, renderEventSection, renderEventTable, runEventCases } from './eventCases';

/** Bump when syntheticWorld changes shape: data folders loaded by an older generator are reloaded. */
const GENERATOR_VERSION = 'syn-1';
/** Neo4j's memory unless `--heap` / `--page-cache` say otherwise (the 1M run needs more). */
const HEAP = '3g';
const PAGE_CACHE = '1g';
const DATABASE = 'neo4j';

// ---------------------------------------------------------------------------------------------------
// Cases: append an entry to add one. A case whose query the API does not know yet (a GraphQL
// validation error) is reported as "not available yet" and the run goes on.
// ---------------------------------------------------------------------------------------------------

export interface BenchCase {
  name: string;
  /** One line for the report: what the two sides compute. */
  measures: string;
  query: string;
  variables(p: SyntheticProbes): Record<string, unknown>;
  /** A cypher/ statement name, read through the same gateway the API uses. */
  bare: string;
  params(p: SyntheticProbes): Record<string, unknown>;
  /** A short description of an answer, for the report (also a sanity check). */
  describe?(data: Record<string, unknown>, p: SyntheticProbes): string;
}

const UPSTREAM_MEASURE = 'bare: count of everything upstream (DEPENDS_ON|HAS_MEMBER|INTERFACE_OF|INCLUDES*0.. outwards, DISTINCT)';

export const CASES: BenchCase[] = [
  {
    name: 'impact of a core router',
    measures:
      'API: `impact(failures: [{id: coreRouter}]) { summary }` over HTTP (one of a pair: its data centre DEGRADED); ' +
      'bare: count of every dependant (`benchReachability`, the pruning BFS)',
    query: `query ($id: ID!) { impact(failures: [{ id: $id }]) { summary {
      components { down degraded } redundancyGroups { down degraded } services { down degraded }
      serviceInterfaces { down degraded } offerings { down degraded } consumerGroups { down degraded }
      organizations { down degraded } peopleDown peopleDegraded } } }`,
    variables: (p) => ({ id: p.coreRouter }),
    bare: 'benchReachability',
    params: (p) => ({ id: p.coreRouter }),
    describe: (data) => {
      const s = (data.impact as { summary: Record<string, { down: number; degraded: number } | number> }).summary;
      const counts = (k: string) => {
        const c = s[k] as { down: number; degraded: number };
        return `${c.down}/${c.degraded}`;
      };
      return (
        `down/degraded: components ${counts('components')}, groups ${counts('redundancyGroups')}, services ${counts('services')}, ` +
        `interfaces ${counts('serviceInterfaces')}, offerings ${counts('offerings')}, consumer groups ${counts('consumerGroups')}; ` +
        `peopleDown ${String(s.peopleDown)}, peopleDegraded ${String(s.peopleDegraded)}`
      );
    },
  },
  {
    name: 'impact of a top-of-rack switch',
    measures:
      'API: `impact(failures: [{id: torSwitch}]) { summary }` over HTTP (one of a pair: a small blast radius); ' +
      'bare: count of every dependant (`benchReachability`)',
    query: `query ($id: ID!) { impact(failures: [{ id: $id }]) { summary {
      components { down degraded } redundancyGroups { down degraded } services { down degraded }
      offerings { down degraded } consumerGroups { down degraded } peopleDown peopleDegraded } } }`,
    variables: (p) => ({ id: p.torSwitch }),
    bare: 'benchReachability',
    params: (p) => ({ id: p.torSwitch }),
    describe: (data) => {
      const s = (data.impact as { summary: { components: { down: number; degraded: number }; peopleDegraded: number } }).summary;
      return `components down/degraded ${s.components.down}/${s.components.degraded}, peopleDegraded ${s.peopleDegraded}`;
    },
  },
  {
    name: 'root causes of 5 symptoms',
    measures: `API: \`rootCauses(symptoms: [5 ids downed together by one storage array])\`; ${UPSTREAM_MEASURE} of the 5 symptoms`,
    query: `query ($symptoms: [ID!]!) { rootCauses(symptoms: $symptoms) {
      candidates truncated causes { component { id } explains { id } wronglyPredicts { id } } } }`,
    variables: (p) => ({ symptoms: p.symptoms }),
    bare: 'benchUpstream',
    params: (p) => ({ ids: p.symptoms }),
    describe: (data, p) => {
      const r = data.rootCauses as { candidates: number; truncated: boolean; causes: { component: { id: string }; explains: unknown[] }[] };
      const rank = r.causes.findIndex((c) => c.component.id === p.symptomCause);
      const top = r.causes[0];
      return (
        `${r.candidates} candidates${r.truncated ? ' (truncated)' : ''}; top cause ${top ? `${top.component.id} explains ${top.explains.length}/5` : 'none'}; ` +
        `the true cause ${p.symptomCause} ${rank >= 0 ? `ranks ${rank + 1}` : 'is not listed'}`
      );
    },
  },
  spofCase(1),
  spofCase(2),
];

function spofCase(size: 1 | 2): BenchCase {
  return {
    name: `single points of failure, size ${size}, of the top service`,
    measures: `API: \`singlePointsOfFailure(target: topService, maxSetSize: ${size})\`; ${UPSTREAM_MEASURE} of the top service`,
    query: `query ($id: ID!) { singlePointsOfFailure(target: $id, maxSetSize: ${size}) {
      candidates pairChecks truncated sets { components { id } peopleDown } } }`,
    variables: (p) => ({ id: p.topService }),
    bare: 'benchUpstream',
    params: (p) => ({ ids: [p.topService] }),
    describe: (data) => {
      const r = data.singlePointsOfFailure as { candidates: number; pairChecks: number; truncated: boolean; sets: { components: unknown[] }[] };
      const singles = r.sets.filter((s) => s.components.length === 1).length;
      return `${r.candidates} candidates, ${singles} single components and ${r.sets.length - singles} pairs, ${r.pairChecks} pair checks${r.truncated ? ' (truncated)' : ''}`;
    },
  };
}

// ---------------------------------------------------------------------------------------------------

interface Options {
  components: number;
  iterations: number;
  warmup: number;
  seed: number;
  dataDir: string;
  out: string;
  relationshipStatement: RelationshipStatement;
  /** `--only scram`, `--only events`, `--only writes` or `--only cyclic`: only that comparison (a quick look at a few rows). */
  only: 'scram' | 'events' | 'writes' | 'cyclic' | null;
  /** `--skip import,events,scram`: rows left out (the import row starts two databases of its own). */
  skip: Set<SkippableRow>;
  /** Neo4j's heap and page cache (`--heap 8g --page-cache 6g`). */
  heap: string;
  pageCache: string;
}

const SKIPPABLE = ['import', 'events', 'scram'] as const;
type SkippableRow = (typeof SKIPPABLE)[number];

type CaseResult =
  | { case: BenchCase; status: 'not available yet'; reason: string }
  | { case: BenchCase; status: 'error'; reason: string }
  | {
      case: BenchCase;
      status: 'ok';
      firstApiMs: number;
      api: Summary;
      bare: Summary;
      pairedRatio: number;
      apiAnswer: string;
      bareAnswer: string;
    };

const log = (msg: string): void => {
  process.stdout.write(`[bench] ${msg}\n`);
};

function projectRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'cypher'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no project root above ${__dirname}`);
  }
}

function parseArgs(argv: string[]): Options {
  const raw = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new Error(`unexpected argument "${argv[i]}" (see bench/README.md)`);
    if (m[1] === 'merge-relationships') raw.set(m[1], 'yes');
    else raw.set(m[1], m[2] ?? argv[++i]);
  }
  const num = (key: string, fallback: number): number => {
    const value = raw.has(key) ? Number(raw.get(key)) : fallback;
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${key} must be a whole number, got "${raw.get(key)}"`);
    raw.delete(key);
    return value;
  };
  const components = num('components', 100_000);
  const seed = num('seed', 42);
  const iterations = Math.max(1, num('iterations', 30));
  const warmup = num('warmup', 5);
  const dataDir = raw.get('data-dir') ?? path.join(os.tmpdir(), `cascade-bench-c${components}-s${seed}`);
  const out = raw.get('out') ?? path.join(projectRoot(), 'bench', 'RESULTS.md');
  const relationshipStatement: RelationshipStatement = raw.has('merge-relationships') ? 'mergeRelationships' : 'benchCreateRelationships';
  raw.delete('data-dir');
  raw.delete('out');
  raw.delete('merge-relationships');
  const only = raw.get('only') ?? null;
  if (only !== null && only !== 'scram' && only !== 'events' && only !== 'writes' && only !== 'cyclic') throw new Error(`--only takes "scram", "events", "writes" or "cyclic", got "${only}"`);
  raw.delete('only');
  const skip = new Set<SkippableRow>();
  for (const row of (raw.get('skip') ?? '').split(',').filter((r) => r !== '')) {
    if (!(SKIPPABLE as readonly string[]).includes(row)) throw new Error(`--skip takes ${SKIPPABLE.map((r) => `"${r}"`).join(', ')}, got "${row}"`);
    skip.add(row as SkippableRow);
  }
  raw.delete('skip');
  const memory = (key: string, fallback: string): string => {
    const value = raw.get(key) ?? fallback;
    if (!/^\d+[mg]$/.test(value)) throw new Error(`--${key} takes a size such as 3g or 512m, got "${value}"`);
    raw.delete(key);
    return value;
  };
  const heap = memory('heap', HEAP);
  const pageCache = memory('page-cache', PAGE_CACHE);
  if (raw.size > 0) throw new Error(`unknown option(s): ${[...raw.keys()].map((k) => `--${k}`).join(', ')}`);
  return { components, iterations, warmup, seed, dataDir, out, relationshipStatement, only, skip, heap, pageCache };
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
  // First, in databases of its own (bench/importBench.ts); the report below keeps its section.
  let importRow: ImportBenchResult | null = null;
  if (opts.only === null && !opts.skip.has('import')) {
    importRow = await runImportBench({ components: opts.components, seed: opts.seed, out: opts.out, command, log: (msg) => log(`import: ${msg}`) });
  }
  const startedAt = new Date();

  const t = performance.now();
  const world = syntheticWorld({ components: opts.components, seed: opts.seed });
  const generationSeconds = (performance.now() - t) / 1000;
  log(`synthetic world: ${world.nodes.length} nodes, ${world.relationships.length} relationships, generated in ${generationSeconds.toFixed(1)} s`);
  log(`probes: ${JSON.stringify(world.probes)}`);

  const cleanup: (() => Promise<void>)[] = [];
  const runCleanup = async () => {
    while (cleanup.length > 0) {
      try {
        await cleanup.pop()!();
      } catch (e) {
        log(`cleanup: ${(e as Error).message}`);
      }
    }
  };
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: stopping Neo4j`);
    void runCleanup().then(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    // --- Neo4j and the data -----------------------------------------------------------------------
    // Built (and its class archive trained) before the clock starts: Neo4j's start is the row, not Maven's.
    const launcher = await ensureLauncherBuilt(log);
    let neo4jStarted = performance.now();
    let db = await startNeo4j(opts);
    let neo4jStartMs = performance.now() - neo4jStarted;
    cleanup.push(() => db.stop());
    let driver = createDriver(db.uri, 'neo4j', 'cascade-password');
    let gateway = new Gateway(driver, DATABASE, loadCypherFiles());
    cleanup.push(() => gateway.close());
    await gateway.applySchema('constraints');

    const expected = { generator: GENERATOR_VERSION, components: opts.components, seed: opts.seed, nodes: world.nodes.length, relationships: world.relationships.length };
    let meta = await readMeta(gateway);
    let load: { report: LoadReport; reused: boolean; loadedAt: string; statement: string };
    if (meta && Object.entries(expected).every(([k, v]) => meta![k] === v)) {
      log(`data folder ${opts.dataDir} already holds this world (loaded ${String(meta.loadedAt)}): skipping the load`);
      load = { reused: true, loadedAt: String(meta.loadedAt), statement: String(meta.statement), report: metaToReport(meta) };
    } else {
      const [{ total }] = (await gateway.read('entityCountAll')) as { total: number }[];
      if (total > 0 || meta) {
        log(`data folder ${opts.dataDir} holds another or a partial load (${total} entities): starting afresh`);
        await gateway.close();
        await db.stop();
        await fsp.rm(opts.dataDir, { recursive: true, force: true });
        neo4jStarted = performance.now();
        db = await startNeo4j(opts);
        neo4jStartMs = performance.now() - neo4jStarted;
        driver = createDriver(db.uri, 'neo4j', 'cascade-password');
        gateway = new Gateway(driver, DATABASE, loadCypherFiles());
        await gateway.applySchema('constraints');
      }
      log(`loading into ${opts.dataDir} in batches...`);
      const report = await loadWorld(gateway, world, log, opts.relationshipStatement);
      const loadedAt = new Date().toISOString();
      const statement = opts.relationshipStatement;
      await gateway.write('benchMetaWrite', { meta: toNeo4jProperties({ ...expected, loadedAt, statement, ...report }) });
      load = { reused: false, loadedAt, statement, report };
      meta = await readMeta(gateway);
    }

    // Probes a write case left behind when a run was cut short (the synthetic world's ids start with "syn.").
    await gateway.write('benchDeleteProbes', { prefix: 'bench.' });
    const counts = await graphCounts(gateway);
    if (counts.nodes !== world.nodes.length || counts.relationships !== world.relationships.length) {
      throw new Error(
        `the graph holds ${counts.nodes} nodes and ${counts.relationships} relationships, the world ${world.nodes.length} and ${world.relationships.length}`,
      );
    }
    const machine = machineInfo(await neo4jVersion(gateway), opts, launcher.jvmFlags.length > 0);
    const profiles = await profileAll(driver, [
      ['benchReachability', { id: world.probes.coreRouter }],
      ['benchUpstream', { ids: world.probes.symptoms }],
      ['benchUpstream', { ids: [world.probes.topService] }],
    ]);
    for (const p of profiles) log(`PROFILE ${p.name} ${JSON.stringify(p.params)}: ${p.operators.join(' <- ')} (${p.dbHits} db hits)`);

    // --- The app --------------------------------------------------------------------------------------
    const quiet = {
      error: (fields: object, message?: string) => log(`server error: ${message ?? ''} ${JSON.stringify(fields)}`),
      warn: () => undefined,
      info: () => undefined,
      debug: () => undefined,
    };
    // The benchmark's own client must not be rate-limited like a stranger.
    const adminToken = `bench-admin-${randomBytes(16).toString('hex')}`;
    const { app, stop } = await createApp(gateway, quiet, { security: { rateLimitPerMinute: 1_000_000, adminToken } });
    const server: Server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanup.push(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stop();
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    log(`API at ${url}`);

    // --- The cases ------------------------------------------------------------------------------------
    const results: CaseResult[] = [];
    const all = opts.only === null;
    const memory = new MemoryRecord(() => db.pid);
    memory.take('before the app held a topology (the bench process: the generated world and the driver)');
    for (const c of all ? CASES : []) {
      if (interrupted) break;
      results.push(await runCase(c, world.probes, gateway, url, opts));
      if (results.length === 1) memory.take('after the first impact answer (the topology held in memory)');
    }
    const scram = interrupted || (!all && opts.only !== 'scram') || opts.skip.has('scram') ? null : await runScramCase({ url, world, iterations: opts.iterations, warmup: opts.warmup, log, example: true });
    const writeContext = { url, adminToken, gateway, probes: world.probes, iterations: opts.iterations, log };
    const writes =
      interrupted || (!all && opts.only !== 'writes' && opts.only !== 'cyclic')
        ? []
        : opts.only === 'cyclic'
          ? await runCyclicSupportCases(writeContext)
          : await runWriteCases(writeContext);
    const serviceIds = world.nodes.filter((n) => n.label === 'Service').map((n) => n.id).slice(0, 2000);
    const lookups =
      interrupted || !all
        ? null
        : await runLookupCase({ url, driver, database: DATABASE, ids: serviceIds, clients: 64, perClient: 10, rounds: Math.max(2, Math.round(opts.iterations / 5)), log });
    const events: EventCaseResult | null =
      interrupted || (!all && opts.only !== 'events') || opts.skip.has('events') ? null : await runEventCases({ url, adminToken, gateway, world, log, neo4jPid: () => db.pid });
    memory.take('after the cases but the start-ups');
    const startups = interrupted || !all ? [] : await measureStartups(gateway, quiet, world.probes, opts, neo4jStartMs);
    const table = [
      all ? renderTable(results) : '',
      scram ? renderScramTable(scram) : '',
      writes.length > 0 ? renderWriteTable(writes) : '',
      renderLookupTable(lookups),
      events ? renderEventTable(events) : '',
      all ? renderStartupTable(startups) : '',
      memory.render(),
    ]
      .filter((t) => t !== '')
      .join('\n\n');
    process.stdout.write(`\n${table}\n`);
    const report = renderReport({ opts, command, startedAt, machine, world, generationSeconds, counts, load, profiles, results, scram, writes, events, table });
    // The import and network figures (bench/importBench.ts, bench/runNetworkBench.ts) live in the same file: keep them.
    const previous = await fsp.readFile(opts.out, 'utf8').catch(() => '');
    const kept = [
      [IMPORT_START, IMPORT_END],
      [NETWORK_START, NETWORK_END],
      [AVAILABILITY_START, AVAILABILITY_END],
    ]
      .map(([startMarker, endMarker]) => {
        const start = previous.indexOf(startMarker);
        const end = previous.indexOf(endMarker);
        return start >= 0 && end > start ? `\n${previous.slice(start, end + endMarker.length)}\n` : '';
      })
      .join('');
    await fsp.writeFile(opts.out, `${report.trimEnd()}\n${kept}`);
    log(`wrote ${opts.out}`);
    return results.some((r) => r.status === 'error') || scram?.targets.some((t) => t.error !== null) || importRow?.ok === false ? 1 : 0;
  } finally {
    await runCleanup();
  }
}

interface Startup {
  how: string;
  /** From a new app object to its first impact answer over HTTP. */
  firstAnswerMs: number;
  neo4jStartMs: number;
}

/**
 * Start-up to the first impact answer, as a restarted API process sees it: a new app on the same
 * database asked about the core router at once, (1) with no snapshot (the whole graph read from
 * Neo4j) and (2) from the snapshot the first app wrote when it stopped (read, checked, caught up).
 * Neo4j's own start is the embedded launcher's time to Bolt-ready in this run.
 */
async function measureStartups(gateway: Gateway, logger: Parameters<typeof createApp>[1], probes: SyntheticProbes, opts: Options, neo4jStartMs: number): Promise<Startup[]> {
  const snapshot = path.join(os.tmpdir(), `cascade-bench-topology-c${opts.components}-s${opts.seed}.json`);
  await fsp.rm(snapshot, { force: true });
  const query = 'query ($id: ID!) { impact(failures: [{ id: $id }]) { summary { peopleDegraded } } }';
  const firstAnswer = async (file: string | null): Promise<number> => {
    const started = performance.now();
    const { app, stop } = await createApp(gateway, logger, { topologySnapshot: file });
    const server: Server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const body = await postGraphQL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, query, { id: probes.coreRouter });
    const elapsed = performance.now() - started;
    if (body.errors?.length) throw new Error(`start-up question failed: ${body.errors[0].message}`);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    // Stopping writes the snapshot (when there is one) that the next start reads.
    await stop();
    return elapsed;
  };
  log('start-up with no snapshot');
  const full = await firstAnswer(null);
  log(`  first answer after ${full.toFixed(0)} ms; writing a snapshot (a process that loads and stops)`);
  await firstAnswer(snapshot);
  log('start-up from the snapshot');
  const fromSnapshot = await firstAnswer(snapshot);
  log(`  first answer after ${fromSnapshot.toFixed(0)} ms`);
  await fsp.rm(snapshot, { force: true });
  return [
    { how: 'no snapshot: the whole graph read from Neo4j', firstAnswerMs: full, neo4jStartMs },
    { how: 'from the snapshot the previous process wrote at its stop (read, checked, caught up)', firstAnswerMs: fromSnapshot, neo4jStartMs },
  ];
}

function renderLookupTable(r: LookupResult | null): string {
  if (!r) return '';
  return [
    `| lookups (${r.clients} clients at once, ${r.lookups} each side) | per second | p50 ms | p95 ms | p99 ms |`,
    '|---|---:|---:|---:|---:|',
    `| API: \`service(id) { dependsOn { node } }\` over HTTP | ${r.apiPerSecond.toFixed(0)} | ${ms(r.api.p50)} | ${ms(r.api.p95)} | ${ms(r.api.p99)} |`,
    `| bare driver: the same read, one statement | ${r.barePerSecond.toFixed(0)} | ${ms(r.bare.p50)} | ${ms(r.bare.p95)} | ${ms(r.bare.p99)} |`,
    `| API / bare | ${(r.apiPerSecond / r.barePerSecond).toFixed(2)}x throughput | | | ${(r.api.p99 / r.bare.p99).toFixed(2)}x p99 |`,
  ].join('\n');
}

function renderStartupTable(startups: Startup[]): string {
  const lines = ['| start-up | Neo4j ready ms | topology ready, first impact answer ms | total ms |', '|---|---:|---:|---:|'];
  for (const s of startups) lines.push(`| ${s.how} | ${ms(s.neo4jStartMs)} | ${ms(s.firstAnswerMs)} | ${ms(s.neo4jStartMs + s.firstAnswerMs)} |`);
  return lines.join('\n');
}

async function startNeo4j(opts: Options): Promise<EmbeddedNeo4j> {
  log(`starting embedded Neo4j (heap ${opts.heap}, page cache ${opts.pageCache}) on ${opts.dataDir}`);
  return startEmbeddedNeo4j({ dataDir: opts.dataDir, heap: opts.heap, pageCache: opts.pageCache, log });
}

async function readMeta(gateway: Gateway): Promise<Record<string, unknown> | null> {
  const [row] = await gateway.read('benchMetaRead');
  return (row?.meta as Record<string, unknown> | null) ?? null;
}

function metaToReport(meta: Record<string, unknown>): LoadReport {
  const n = (k: string) => Number(meta[k] ?? Number.NaN);
  return {
    nodes: n('nodes'),
    relationships: n('relationships'),
    nodeSeconds: n('nodeSeconds'),
    relationshipSeconds: n('relationshipSeconds'),
    nodesPerSecond: n('nodesPerSecond'),
    relationshipsPerSecond: n('relationshipsPerSecond'),
  };
}

async function graphCounts(gateway: Gateway): Promise<{ nodes: number; relationships: number; byType: Map<string, number> }> {
  const rows = (await gateway.read('benchCounts')) as { nodes: number; type: string; relationships: number }[];
  const byType = new Map(rows.map((r) => [r.type, r.relationships]));
  return { nodes: rows[0]?.nodes ?? 0, relationships: rows.reduce((sum, r) => sum + r.relationships, 0), byType };
}

async function neo4jVersion(gateway: Gateway): Promise<string> {
  const rows = (await gateway.read('benchVersion')) as { name: string; versions: string[]; edition: string }[];
  return rows.map((r) => `${r.name} ${r.versions.join(', ')} ${r.edition}`).join('; ');
}

function machineInfo(neo4jVersionText: string, opts: Options, classArchive: boolean): Record<string, string> {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: String(cpus.length),
    ram: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    // graphql-js checks types more slowly outside production (2.5x on a 4,530-node list, issue 11);
    // the Dockerfile runs the API with NODE_ENV=production, and so does `npm run bench`.
    'api NODE_ENV': process.env.NODE_ENV ?? '(unset)',
    java: (java.stderr || java.stdout || 'unknown').split('\n')[0].trim(),
    neo4j: `${neo4jVersionText} (embedded, heap ${opts.heap}, page cache ${opts.pageCache}, ${classArchive ? 'from its class archive' : 'no class archive'})`,
    code: codeVersion(),
  };
}

/** The commit measured, and whether the working tree differed from it (the API code is what runs). */
function codeVersion(): string {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: projectRoot(), encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return 'unknown (no git)';
  // The bench's own files do not change what is measured.
  const changed = git('status', '--porcelain', '--', 'src', 'schema', 'cypher')
    .stdout.split('\n')
    .filter((l) => l.trim() && !/ cypher\/bench/.test(l)).length;
  return `commit ${head.stdout.trim()}${changed > 0 ? ` plus uncommitted changes in ${changed} files under src/, schema/, cypher/` : ' (src/, schema/, cypher/ as committed)'}`;
}

interface Profile {
  name: string;
  params: Record<string, unknown>;
  operators: string[];
  dbHits: number;
  pruning: boolean;
}

/** PROFILEs bare statements once (outside the timed loop) and lists the plan's operators, leaves last. */
async function profileAll(driver: Driver, statements: [string, Record<string, unknown>][]): Promise<Profile[]> {
  const files = loadCypherFiles();
  const out: Profile[] = [];
  for (const [name, params] of statements) {
    const text = files.get(name)!.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n');
    const session = driver.session({ database: DATABASE, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(`PROFILE ${text}`, params);
      const operators: string[] = [];
      let dbHits = 0;
      const walk = (p: { operatorType: string; dbHits: number; children: unknown[] }) => {
        operators.push(p.operatorType);
        dbHits += p.dbHits;
        for (const c of p.children) walk(c as typeof p);
      };
      walk(result.summary.profile as unknown as { operatorType: string; dbHits: number; children: unknown[] });
      out.push({ name, params, operators, dbHits, pruning: operators.some((o) => /Pruning|BFS/i.test(o)) });
    } finally {
      await session.close();
    }
  }
  return out;
}

async function runCase(c: BenchCase, probes: SyntheticProbes, gateway: Gateway, url: string, opts: Options): Promise<CaseResult> {
  const variables = c.variables(probes);
  const params = c.params(probes);
  log(`case "${c.name}"`);

  const apiCall = async (): Promise<{ ms: number; body: GraphQLBody }> => {
    const t0 = performance.now();
    const body = await postGraphQL(url, c.query, variables);
    return { ms: performance.now() - t0, body };
  };
  const bareCall = async (): Promise<{ ms: number; rows: Record<string, unknown>[] }> => {
    const t0 = performance.now();
    const rows = await gateway.read(c.bare, params);
    return { ms: performance.now() - t0, rows };
  };
  const failure = (body: GraphQLBody): CaseResult | undefined => {
    const first = body.errors?.[0];
    if (!first) return undefined;
    const code = first.extensions?.code;
    if (code === 'GRAPHQL_VALIDATION_FAILED') {
      log(`  not available yet: ${first.message}`);
      return { case: c, status: 'not available yet', reason: first.message };
    }
    log(`  error: ${code ?? ''} ${first.message}`);
    return { case: c, status: 'error', reason: `${code ?? 'error'}: ${first.message}` };
  };

  const first = await apiCall();
  const firstFailure = failure(first.body);
  if (firstFailure) return firstFailure;
  log(`  first API call ${first.ms.toFixed(0)} ms`);
  const bareFirst = await bareCall();
  let apiAnswer: string;
  try {
    apiAnswer = c.describe ? c.describe(first.body.data ?? {}, probes) : JSON.stringify(first.body.data).slice(0, 300);
  } catch (e) {
    apiAnswer = `(answer not understood: ${(e as Error).message})`;
  }
  const bareAnswer = JSON.stringify(bareFirst.rows);
  log(`  API answer: ${apiAnswer}`);
  log(`  bare answer: ${bareAnswer}`);

  for (let i = 0; i < opts.warmup; i++) {
    const f = failure((await apiCall()).body);
    if (f) return f;
    await bareCall();
  }
  const api: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < opts.iterations; i++) {
    // Alternate which side goes first so neither always runs on a cache the other just warmed.
    if (i % 2 === 0) {
      const a = await apiCall();
      const f = failure(a.body);
      if (f) return f;
      api.push(a.ms);
      bare.push((await bareCall()).ms);
    } else {
      bare.push((await bareCall()).ms);
      const a = await apiCall();
      const f = failure(a.body);
      if (f) return f;
      api.push(a.ms);
    }
  }
  const result = { api: summarize(api), bare: summarize(bare), pairedRatio: medianRatio(api, bare) };
  log(
    `  API p50 ${result.api.p50.toFixed(1)} ms p95 ${result.api.p95.toFixed(1)} ms; bare p50 ${result.bare.p50.toFixed(1)} ms p95 ${result.bare.p95.toFixed(1)} ms; ` +
      `ratio p50 ${(result.api.p50 / result.bare.p50).toFixed(2)}`,
  );
  return { case: c, status: 'ok', firstApiMs: first.ms, ...result, apiAnswer, bareAnswer };
}

// ---------------------------------------------------------------------------------------------------
// Reporting
// ---------------------------------------------------------------------------------------------------

const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

function renderTable(results: CaseResult[]): string {
  const lines = [
    '| case | API p50 ms | API p95 ms | bare p50 ms | bare p95 ms | ratio p50 | ratio p95 | paired ratio (median) | first API call ms |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    if (r.status !== 'ok') {
      lines.push(`| ${r.case.name} | ${r.status} | | | | | | | |`);
      continue;
    }
    lines.push(
      `| ${r.case.name} | ${ms(r.api.p50)} | ${ms(r.api.p95)} | ${ms(r.bare.p50)} | ${ms(r.bare.p95)} | ` +
        `${(r.api.p50 / r.bare.p50).toFixed(2)} | ${(r.api.p95 / r.bare.p95).toFixed(2)} | ${r.pairedRatio.toFixed(2)} | ${ms(r.firstApiMs)} |`,
    );
  }
  return lines.join('\n');
}

function renderWriteTable(writes: WriteCaseResult[]): string {
  const lines = [
    '| write case | subject p50 ms | subject p95 ms | baseline p50 ms | baseline p95 ms | ratio p50 | ratio p95 | paired ratio (median) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const w of writes) {
    lines.push(
      `| ${w.name} | ${ms(w.subject.p50)} | ${ms(w.subject.p95)} | ${ms(w.baseline.p50)} | ${ms(w.baseline.p95)} | ` +
        `${(w.subject.p50 / w.baseline.p50).toFixed(2)} | ${(w.subject.p95 / w.baseline.p95).toFixed(2)} | ${w.pairedRatio.toFixed(2)} |`,
    );
  }
  return lines.join('\n');
}

function renderReport(x: {
  opts: Options;
  command: string;
  startedAt: Date;
  machine: Record<string, string>;
  world: SyntheticWorld;
  generationSeconds: number;
  counts: { nodes: number; relationships: number; byType: Map<string, number> };
  load: { report: LoadReport; reused: boolean; loadedAt: string; statement: string };
  profiles: Profile[];
  results: CaseResult[];
  scram: ScramCaseResult | null;
  writes: WriteCaseResult[];
  events: EventCaseResult | null;
  table: string;
}): string {
  const { opts, world, load } = x;
  const labels = new Map<string, number>();
  for (const n of world.nodes) labels.set(n.label, (labels.get(n.label) ?? 0) + 1);
  const sortDesc = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const needs = (x.counts.byType.get('DEPENDS_ON') ?? 0) + (x.counts.byType.get('HAS_MEMBER') ?? 0);
  const r = load.report;
  const loadLine =
    `${r.nodes.toLocaleString('en')} nodes in ${r.nodeSeconds.toFixed(1)} s (${Math.round(r.nodesPerSecond).toLocaleString('en')} nodes/s), ` +
    `${r.relationships.toLocaleString('en')} relationships in ${r.relationshipSeconds.toFixed(1)} s (${Math.round(r.relationshipsPerSecond).toLocaleString('en')} rels/s); ` +
    `total ${(r.nodeSeconds + r.relationshipSeconds).toFixed(1)} s; batches of ${LOAD_BATCH.toLocaleString('en')} rows, one write transaction each; ` +
    `nodes with \`mergeNodes\`, relationships with \`${load.statement}\``;
  const out: string[] = [];
  out.push('# Bench results', '');
  out.push('Written by `bench/runBench.ts` (see bench/README.md for what each case measures). Do not edit by hand: rerun.', '');
  out.push('```sh', x.command, '```', '');
  out.push(`- date: ${x.startedAt.toISOString()}`);
  for (const [k, v] of Object.entries(x.machine)) out.push(`- ${k}: ${v}`);
  out.push(`- method: ${opts.warmup} warm-up runs, then ${opts.iterations} timed iterations per case; each iteration runs the API call and its bare-Cypher counterpart back to back, alternating which goes first. API times are wall-clock HTTP round trips from this process (fetch, JSON parse); bare times are \`gateway.read\` of the named statement (session, Bolt round trip, rows). Percentiles interpolate linearly between ranks. "paired ratio" is the median over iterations of API/bare.`);
  out.push('');
  out.push('## Results', '', x.table, '');
  for (const res of x.results) {
    out.push(`### ${res.case.name}`, '', res.case.measures, '');
    if (res.status === 'ok') {
      out.push(`- API answer: ${res.apiAnswer}`);
      out.push(`- bare answer: \`${res.bareAnswer}\``);
      out.push(`- API ms: min ${ms(res.api.min)}, p50 ${ms(res.api.p50)}, p95 ${ms(res.api.p95)}, max ${ms(res.api.max)}, mean ${ms(res.api.mean)}`);
      out.push(`- bare ms: min ${ms(res.bare.min)}, p50 ${ms(res.bare.p50)}, p95 ${ms(res.bare.p95)}, max ${ms(res.bare.max)}, mean ${ms(res.bare.mean)}`);
    } else {
      out.push(`- ${res.status}: ${res.reason}`);
    }
    out.push('');
  }
  if (x.scram) out.push(renderScramSection(x.scram));
  for (const w of x.writes) {
    out.push(`### ${w.name}`, '', w.measures, '');
    out.push(`- ${w.subjectLabel} ms: min ${ms(w.subject.min)}, p50 ${ms(w.subject.p50)}, p95 ${ms(w.subject.p95)}, max ${ms(w.subject.max)}`);
    out.push(`- ${w.baselineLabel} ms: min ${ms(w.baseline.min)}, p50 ${ms(w.baseline.p50)}, p95 ${ms(w.baseline.p95)}, max ${ms(w.baseline.max)}`);
    if (w.note) out.push(`- ${w.note}`);
    out.push('');
  }
  if (x.events) out.push(renderEventSection(x.events));
  out.push('## PROFILE of the bare statements', '');
  for (const p of x.profiles) {
    out.push(
      `- \`${p.name}\` ${JSON.stringify(p.params)}: ${p.operators.join(' <- ')}; ${p.dbHits.toLocaleString('en')} db hits; ` +
        (p.pruning ? 'a pruning breadth-first expand (no path enumeration).' : '**not** a pruning expand: it enumerates paths.'),
    );
  }
  out.push('');
  out.push('## World', '');
  out.push(
    `\`syntheticWorld({ components: ${opts.components}, seed: ${opts.seed} })\`, generated in ${x.generationSeconds.toFixed(1)} s: ` +
      `${x.counts.nodes.toLocaleString('en')} nodes, ${x.counts.relationships.toLocaleString('en')} relationships ` +
      `(${needs.toLocaleString('en')} DEPENDS_ON + HAS_MEMBER, ${(needs / (labels.get('Component') ?? 1)).toFixed(2)} per component).`,
  );
  out.push('');
  out.push(`Probes: core router \`${world.probes.coreRouter}\`; top service \`${world.probes.topService}\`; symptoms ${world.probes.symptoms.map((s) => `\`${s}\``).join(', ')} (all DOWN when \`${world.probes.symptomCause}\` fails).`);
  out.push('');
  out.push('| label | nodes |', '|---|---:|');
  for (const [k, v] of sortDesc(labels)) out.push(`| ${k} | ${v.toLocaleString('en')} |`);
  out.push('', '| type | relationships |', '|---|---:|');
  for (const [k, v] of sortDesc(x.counts.byType)) out.push(`| ${k} | ${v.toLocaleString('en')} |`);
  out.push('', '## Load', '');
  out.push(load.reused ? `Reused the data folder \`${opts.dataDir}\` (marker matched). It was loaded on ${load.loadedAt}: ${loadLine}.` : `Loaded into \`${opts.dataDir}\`: ${loadLine}.`);
  out.push('');
  return out.join('\n');
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
