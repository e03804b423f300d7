/**
 * singlePointsOfFailure (maxSetSize 2) over the API beside SCRAM 0.16.2 on the same fault tree
 * (issue 11): for each target, the fault tree of "target DOWN" that Cascade's rules imply
 * (bench/scramFaultTree.ts) is written as Open-PSA MEF beforehand (not timed), then the API question
 * and a whole `scram --bdd --limit-order 2` process alternate. Both answers must list the same cut
 * sets of size 1 and 2; a difference is reported with the tree file that shows it.
 *
 * SCRAM's BDD can need more memory than the machine has on a large tree, so a first, limited run
 * (SCRAM_LIMITS) decides: when it does not finish, the row says so and times SCRAM's MOCUS instead,
 * marked as such. Targets whose runs are slow get fewer iterations (PER_TARGET_BUDGET_MS).
 */
import { promises as fsp } from 'node:fs';
import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadCypherFiles } from '../src/neo4j/cypherFiles';
import { Gateway, createDriver } from '../src/neo4j/gateway';
import { startEmbeddedNeo4j } from '../src/neo4j/localNeo4j';
import { exampleWorld } from '../src/seed/exampleWorld';
import { seedExampleWorld } from '../src/services/seedService';
import { createApp } from '../src/server';
import type { World } from '../src/domain/world';
import { postGraphQL } from './postGraphQL';
import { FaultModel, FaultTree, faultTree } from './scramFaultTree';
import { ScramAlgorithm, ScramLimits, readScramReport, runScram, scramArgs, scramVersion } from './scramRun';
import { Summary, alternate, medianRatio, summarize } from './stats';

const QUERY = `query ($id: ID!) { singlePointsOfFailure(target: $id, maxSetSize: 2) {
  candidates pairChecks truncated sets { components { id } } } }`;
const SCRAM_LIMITS: ScramLimits = { timeoutMs: 60_000, memoryBytes: 4 * 2 ** 30 };
/** Iterations of a target are cut down to fit this (at least 3) when one pair of runs is slow. */
const PER_TARGET_BUDGET_MS = 60_000;
const MIN_ITERATIONS = 3;

/** The targets, in order; those absent from a small estate are left out. */
const SYNTHETIC_TARGETS: { id: string; why: string }[] = [
  { id: 'syn.ent1.digital-channels', why: 'the top service of the first enterprise (the bench probe)' },
  { id: 'syn.ent1.offering-1', why: 'an offering (INCLUDES a business service)' },
  { id: 'syn.ent1.dns', why: 'DNS, which needs the directory that needs it (a cycle)' },
  { id: 'syn.ent2.svc-1', why: "a technical service resting on another enterprise's payments" },
  { id: 'syn.ent2.digital-channels', why: 'the top service of the second enterprise' },
];
const EXAMPLE_TARGETS: { id: string; why: string }[] = [
  { id: 'bank.netbanking', why: 'example world: net banking, over a mesh connectivity (Abilene backbone)' },
  { id: 'bank.atm', why: 'example world: the ATM network' },
];

export interface ScramTargetResult {
  id: string;
  why: string;
  world: string;
  tree: Omit<FaultTree, 'xml' | 'componentOf'> & { file: string; bytes: number };
  /** Which SCRAM algorithm was timed, and why when it is not BDD. */
  algorithm: ScramAlgorithm | null;
  bddProblem: string | null;
  cascade: { candidates: number; pairChecks: number; truncated: boolean; singles: number; pairs: number; firstMs: number };
  scramSets: { singles: number; pairs: number } | null;
  agree: boolean | null;
  /** Sets one side lists and the other does not ("a + b"), the first 10 of each. */
  onlyCascade: string[];
  onlyScram: string[];
  iterations: number;
  api: Summary | null;
  scram: Summary | null;
  /** SCRAM's own reported analysis time ("products" of the top gate), over the timed runs. */
  scramOwn: Summary | null;
  pairedRatio: number | null;
  error: string | null;
}

export interface ScramCaseResult {
  /** Null when SCRAM is not installed: then nothing was run. */
  version: string | null;
  workDir: string;
  targets: ScramTargetResult[];
}

interface Context {
  url: string;
  world: World;
  iterations: number;
  warmup: number;
  log: (msg: string) => void;
  /** Whether to start a small second Neo4j with the example world for its targets. */
  example: boolean;
}

export async function runScramCase(ctx: Context): Promise<ScramCaseResult> {
  const workDir = path.join(os.tmpdir(), 'cascade-bench-scram');
  const version = scramVersion();
  if (!version) {
    ctx.log('case "singlePointsOfFailure vs SCRAM": skipped, scram is not installed (apt-get install scram)');
    return { version: null, workDir, targets: [] };
  }
  await fsp.mkdir(workDir, { recursive: true });
  ctx.log(`case "singlePointsOfFailure size 2 vs SCRAM" (${version}; trees in ${workDir})`);
  const targets: ScramTargetResult[] = [];
  const ids = new Set(ctx.world.nodes.map((n) => n.id));
  const model = new FaultModel(ctx.world);
  for (const t of SYNTHETIC_TARGETS.filter((x) => ids.has(x.id))) {
    targets.push(await runTarget({ ...ctx, model, workDir, worldName: 'synthetic' }, t));
  }
  if (ctx.example) {
    const example = await startExampleApi(ctx.log);
    try {
      const exampleModel = new FaultModel(exampleWorld);
      for (const t of EXAMPLE_TARGETS) targets.push(await runTarget({ ...ctx, url: example.url, model: exampleModel, workDir, worldName: 'example' }, t));
    } finally {
      await example.stop();
    }
  }
  return { version, workDir, targets };
}

type Sets = { singles: number; pairs: number; keys: Set<string> };

async function runTarget(ctx: Context & { model: FaultModel; workDir: string; worldName: string }, t: { id: string; why: string }): Promise<ScramTargetResult> {
  const log = ctx.log;
  log(`  target ${t.id}`);
  const tree = faultTree(ctx.model, t.id);
  const file = path.join(ctx.workDir, `${ctx.worldName}-${t.id}.xml`);
  const out = `${file}.report.xml`;
  await fsp.writeFile(file, tree.xml);
  const { xml: _xml, componentOf, ...treeFigures } = tree;
  const result: ScramTargetResult = {
    ...t,
    world: ctx.worldName,
    tree: { ...treeFigures, file, bytes: Buffer.byteLength(tree.xml) },
    algorithm: null,
    bddProblem: null,
    cascade: { candidates: 0, pairChecks: 0, truncated: false, singles: 0, pairs: 0, firstMs: 0 },
    scramSets: null,
    agree: null,
    onlyCascade: [],
    onlyScram: [],
    iterations: 0,
    api: null,
    scram: null,
    scramOwn: null,
    pairedRatio: null,
    error: null,
  };
  log(`    fault tree: ${tree.gates} gates, ${tree.events} basic events, ${tree.cyclicNodes.length} nodes on cycles, ${tree.connectivities} connectivities (${tree.pathSets} path sets)`);

  const api = async (): Promise<{ ms: number; sets: Sets; answer: ScramTargetResult['cascade'] }> => {
    const t0 = performance.now();
    const body = await postGraphQL(ctx.url, QUERY, { id: t.id });
    const ms = performance.now() - t0;
    if (body.errors?.length) throw new Error(`API: ${body.errors[0].extensions?.code ?? 'error'}: ${body.errors[0].message}`);
    const r = body.data!.singlePointsOfFailure as { candidates: number; pairChecks: number; truncated: boolean; sets: { components: { id: string }[] }[] };
    const sets = setsOf(r.sets.map((s) => s.components.map((c) => c.id)));
    return { ms, sets, answer: { candidates: r.candidates, pairChecks: r.pairChecks, truncated: r.truncated, singles: sets.singles, pairs: sets.pairs, firstMs: ms } };
  };
  const scram = async (algorithm: ScramAlgorithm, limits?: ScramLimits): Promise<{ ms: number; sets: Sets; ownMs: number | null }> => {
    const ms = await runScram(algorithm, file, out, limits);
    const report = await readScramReport(out);
    return { ms, sets: setsOf(report.products.map((p) => p.map((name) => componentOf.get(name) ?? `?${name}`))), ownMs: report.analysisMs };
  };

  try {
    const first = await api();
    result.cascade = first.answer;
    log(`    Cascade: ${first.sets.singles} singles, ${first.sets.pairs} pairs, ${first.answer.pairChecks} pair checks${first.answer.truncated ? ' (truncated)' : ''}, first call ${first.ms.toFixed(0)} ms`);
    if (!tree.canFail) {
      result.agree = first.sets.keys.size === 0;
      log(`    nothing can take ${t.id} DOWN: no tree for SCRAM; Cascade ${result.agree ? 'agrees' : 'disagrees'}`);
      return result;
    }
    let probe: Awaited<ReturnType<typeof scram>>;
    try {
      probe = await scram('bdd', SCRAM_LIMITS);
      result.algorithm = 'bdd';
    } catch (e) {
      result.bddProblem = `${(e as Error).message} (limits: ${SCRAM_LIMITS.timeoutMs / 1000} s, ${SCRAM_LIMITS.memoryBytes / 2 ** 30} GiB address space)`;
      log(`    SCRAM BDD: ${result.bddProblem}; timing MOCUS instead`);
      probe = await scram('mocus', SCRAM_LIMITS);
      result.algorithm = 'mocus';
    }
    const algorithm = result.algorithm;
    log(`    SCRAM ${algorithm}: ${probe.sets.singles} singles, ${probe.sets.pairs} pairs, ${probe.ms.toFixed(0)} ms (own ${probe.ownMs?.toFixed(1) ?? '?'} ms)`);
    result.scramSets = { singles: probe.sets.singles, pairs: probe.sets.pairs };
    result.onlyCascade = [...first.sets.keys].filter((k) => !probe.sets.keys.has(k)).sort();
    result.onlyScram = [...probe.sets.keys].filter((k) => !first.sets.keys.has(k)).sort();
    result.agree = result.onlyCascade.length === 0 && result.onlyScram.length === 0;
    if (!result.agree) log(`    DISAGREE: only Cascade ${result.onlyCascade.slice(0, 5).join('; ')}; only SCRAM ${result.onlyScram.slice(0, 5).join('; ')}`);
    result.onlyCascade = result.onlyCascade.slice(0, 10);
    result.onlyScram = result.onlyScram.slice(0, 10);

    // The first API call may include loading the topology: one warm pair sizes the iterations.
    const t0 = performance.now();
    await api();
    await scram(algorithm);
    const perPair = performance.now() - t0;
    const iterations = Math.min(ctx.iterations, Math.max(MIN_ITERATIONS, Math.floor(PER_TARGET_BUDGET_MS / perPair)));
    const warmup = perPair * (ctx.warmup + iterations) > 2 * PER_TARGET_BUDGET_MS ? 0 : Math.max(0, ctx.warmup - 1);
    for (let i = 0; i < warmup; i += 1) {
      await api();
      await scram(algorithm);
    }
    const apiMs: number[] = [];
    const scramMs: number[] = [];
    const ownMs: number[] = [];
    await alternate(
      iterations,
      async () => apiMs.push((await api()).ms),
      async () => {
        const r = await scram(algorithm);
        scramMs.push(r.ms);
        if (r.ownMs !== null) ownMs.push(r.ownMs);
      },
    );
    result.iterations = iterations;
    result.api = summarize(apiMs);
    result.scram = summarize(scramMs);
    result.scramOwn = ownMs.length > 0 ? summarize(ownMs) : null;
    result.pairedRatio = medianRatio(apiMs, scramMs);
    log(
      `    ${iterations} iterations: API p50 ${result.api.p50.toFixed(1)} ms, SCRAM ${algorithm} p50 ${result.scram.p50.toFixed(1)} ms ` +
        `(own ${result.scramOwn?.p50.toFixed(1) ?? '?'} ms); ratio p50 ${(result.api.p50 / result.scram.p50).toFixed(2)}`,
    );
  } catch (e) {
    result.error = (e as Error).message;
    log(`    error: ${result.error}`);
  }
  return result;
}

/** Cut sets of size 1 and 2 as "a" and "a + b" (ids sorted); larger ones are not compared. */
function setsOf(sets: string[][]): Sets {
  const keys = new Set<string>();
  let singles = 0;
  let pairs = 0;
  for (const s of sets) {
    if (s.length > 2) continue;
    if (s.length === 1) singles += 1;
    else pairs += 1;
    keys.add([...s].sort().join(' + '));
  }
  return { singles, pairs, keys };
}

/** A small Neo4j with the example world and an app over it (the data folder is kept between runs). */
async function startExampleApi(log: (msg: string) => void): Promise<{ url: string; stop: () => Promise<void> }> {
  const dataDir = path.join(os.tmpdir(), 'cascade-bench-example');
  log(`    starting a second embedded Neo4j (heap 512m) with the example world on ${dataDir}`);
  const db = await startEmbeddedNeo4j({ dataDir, heap: '512m', pageCache: '128m', log });
  const gateway = new Gateway(createDriver(db.uri, 'neo4j', 'cascade-password'), 'neo4j', loadCypherFiles());
  const quiet = { error: (fields: object, message?: string) => log(`example server error: ${message ?? ''} ${JSON.stringify(fields)}`), warn: () => undefined, info: () => undefined, debug: () => undefined };
  try {
    await gateway.applySchema('constraints');
    const seeded = await seedExampleWorld(gateway, { whenEmpty: true });
    if (seeded.seeded) log(`    seeded the example world: ${seeded.nodes} nodes, ${seeded.relationships} relationships`);
    const { app, stop } = await createApp(gateway, quiet, { security: { rateLimitPerMinute: 1_000_000 } });
    const server: Server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
      stop: async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await stop();
        await gateway.close();
        await db.stop();
      },
    };
  } catch (e) {
    await gateway.close();
    await db.stop();
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------------
// Reporting
// ---------------------------------------------------------------------------------------------------

const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

export function renderScramTable(r: ScramCaseResult): string {
  if (!r.version) return '| singlePointsOfFailure size 2 vs SCRAM | skipped: `scram` is not installed (`apt-get install scram`, 0.16.2) |\n|---|---|';
  const lines = [
    `| singlePointsOfFailure size 2 vs ${r.version} | SCRAM run | sets (1 + 2) | agree | n | API p50 ms | SCRAM p50 ms | SCRAM own p50 ms | ratio p50 | paired ratio (median) |`,
    '|---|---|---:|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const t of r.targets) {
    const sets = `${t.cascade.singles} + ${t.cascade.pairs}`;
    const agree = t.agree === null ? 'n/a' : t.agree ? 'yes' : '**no**';
    const run = t.algorithm === 'bdd' ? 'BDD' : t.algorithm === 'mocus' ? 'MOCUS (BDD did not finish)' : t.tree.canFail ? 'none' : 'none (cannot go down)';
    if (!t.api || !t.scram) {
      lines.push(`| \`${t.id}\` | ${t.error ? `error: ${t.error}` : run} | ${sets} | ${agree} | | | | | | |`);
      continue;
    }
    lines.push(
      `| \`${t.id}\` | ${run} | ${sets} | ${agree} | ${t.iterations} | ${ms(t.api.p50)} | ${ms(t.scram.p50)} | ${t.scramOwn ? ms(t.scramOwn.p50) : ''} | ` +
        `${(t.api.p50 / t.scram.p50).toFixed(2)} | ${t.pairedRatio!.toFixed(2)} |`,
    );
  }
  return lines.join('\n');
}

export function renderScramSection(r: ScramCaseResult): string {
  const out = ['### singlePointsOfFailure size 2 vs SCRAM', ''];
  if (!r.version) {
    out.push('Skipped: `scram` is not installed (`apt-get install scram` gives 0.16.2). Nothing else depends on it.', '');
    return out.join('\n');
  }
  out.push(
    `API: \`singlePointsOfFailure(target, maxSetSize: 2)\` (default maxPairChecks) over HTTP; SCRAM: the whole process \`scram ${scramArgs('bdd', 'TREE.xml', 'REPORT.xml').join(' ')}\` ` +
      'on the fault tree of "target DOWN" that Cascade\'s rules imply (bench/scramFaultTree.ts), written beforehand (not timed); alternating. ' +
      '"SCRAM own" is the analysis time SCRAM reports (`calculation-time` of the top gate\'s products), without its start, XML parsing and report. ' +
      `Cycles are broken exactly as the least fixpoint does (a need already on the path being expanded counts as not DOWN). A first run under ${SCRAM_LIMITS.timeoutMs / 1000} s and ` +
      `${SCRAM_LIMITS.memoryBytes / 2 ** 30} GiB decides whether BDD is timed; otherwise MOCUS is. Trees and reports are kept in \`${r.workDir}\`.`,
    '',
  );
  for (const t of r.targets) {
    out.push(`- \`${t.id}\` (${t.why}): tree ${t.tree.gates} gates, ${t.tree.events} basic events, ${(t.tree.bytes / 1024).toFixed(0)} KiB` +
      (t.tree.cyclicNodes.length ? `, cycle broken at ${t.tree.cyclicNodes.map((c) => `\`${c}\``).join(', ')}` : '') +
      (t.tree.connectivities ? `, ${t.tree.connectivities} connectivity (${t.tree.pathSets} minimal path sets)` : '') + '.');
    out.push(`  Cascade: ${t.cascade.candidates} candidates, ${t.cascade.singles} single components and ${t.cascade.pairs} pairs, ${t.cascade.pairChecks} pair checks${t.cascade.truncated ? ' (**truncated**)' : ''}, first call ${ms(t.cascade.firstMs)} ms.`);
    if (t.bddProblem) out.push(`  SCRAM BDD: ${t.bddProblem}.`);
    if (t.scramSets) out.push(`  SCRAM ${t.algorithm}: ${t.scramSets.singles} + ${t.scramSets.pairs} sets; ${t.agree ? 'the same sets as Cascade' : `**different**: only Cascade ${t.onlyCascade.join('; ') || 'none'}; only SCRAM ${t.onlyScram.join('; ') || 'none'}`}.`);
    if (t.api && t.scram) {
      out.push(`  API ms: p50 ${ms(t.api.p50)}, p95 ${ms(t.api.p95)}; SCRAM ms: p50 ${ms(t.scram.p50)}, p95 ${ms(t.scram.p95)}` + (t.scramOwn ? `; SCRAM own ms: p50 ${ms(t.scramOwn.p50)}` : '') + ` (${t.iterations} iterations).`);
    }
    if (t.error) out.push(`  error: ${t.error}`);
  }
  out.push('');
  return out.join('\n');
}
