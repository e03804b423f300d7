/**
 * Import benchmark: writes the synthetic estate as a topology document file, then imports it with
 * the real CLI (`dist/src/cli/importMain.js`, streamed, validated whole, one transaction) into a
 * fresh embedded Neo4j with the default memory (sized to the machine, as `npm start` does), and
 * beside it loads the same rows bare into another fresh database (batched UNWIND, 5,000 rows per
 * transaction, no validation, no history: bench/loadWorld.ts). Records both wall times, their
 * ratio and the CLI's peak memory in bench/RESULTS.md (between the import markers, which runBench
 * keeps). Run: `npm run bench:import -- --components 100000` (`--heap 3g` to set the heap).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { loadCypherFiles } from '../src/neo4j/cypherFiles';
import { Gateway, createDriver } from '../src/neo4j/gateway';
import { memoryFor, startEmbeddedNeo4j } from '../src/neo4j/localNeo4j';
import { loadWorld } from './loadWorld';
import { IMPORT_END, IMPORT_START } from './importMarkers';
import { syntheticWorld } from './syntheticWorld';


/** Writes the document item by item, so the file can be far larger than what the bench holds as text. */
async function writeDocument(file: string, world: ReturnType<typeof syntheticWorld>): Promise<number> {
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('{"format":"cascade-topology","version":1,\n"nodes":[\n');
  for (const [i, node] of world.nodes.entries()) await write(`${i ? ',\n' : ''}${JSON.stringify(node)}`);
  await write('\n],\n"relationships":[\n');
  for (const [i, rel] of world.relationships.entries()) await write(`${i ? ',\n' : ''}${JSON.stringify(rel)}`);
  await write('\n]}\n');
  out.end();
  await once(out, 'finish');
  return (await fsp.stat(file)).size;
}

export interface ImportBenchOptions {
  components: number;
  seed: number;
  /** Neo4j's heap for both databases; the default memory for this machine unless given. */
  heap?: string;
  /** The RESULTS file whose import section is (re)written. */
  out: string;
  /** The command the section names (the run's own, e.g. `npm run bench -- ...`). */
  command?: string;
  log: (msg: string) => void;
}

export interface ImportBenchResult {
  /** Whether `npm run import` succeeded. */
  ok: boolean;
  seconds: number;
  bareSeconds: number;
}

/**
 * The import row: the CLI's wall time on the synthetic estate's document against a bare batched
 * load of the same rows, each into a fresh database, written into `out` between the import markers.
 * `npm run bench:import` and `npm run bench` (unless `--skip import`) both run it.
 */
export async function runImportBench(options: ImportBenchOptions): Promise<ImportBenchResult> {
  const { components, seed, log } = options;
  const heap = options.heap ?? memoryFor(os.totalmem(), process.env).heap;
  const pageCache = memoryFor(os.totalmem(), process.env).pageCache;
  const root = projectRoot();

  const world = syntheticWorld({ components, seed });
  const file = path.join(os.tmpdir(), `cascade-import-c${components}-s${seed}.json`);
  const bytes = await writeDocument(file, world);
  log(`document ${file}: ${world.nodes.length} nodes, ${world.relationships.length} relationships, ${(bytes / 1e6).toFixed(1)} MB`);

  const dataDir = path.join(os.tmpdir(), `cascade-import-bench-c${components}`);
  await fsp.rm(dataDir, { recursive: true, force: true });
  let neo4j = await startEmbeddedNeo4j({ dataDir, heap, pageCache, log });
  let gateway = new Gateway(createDriver(neo4j.uri, 'neo4j', 'x'), 'neo4j', loadCypherFiles());
  try {
    await gateway.applySchema('constraints');
    const started = Date.now();
    const cli = spawn(process.execPath, [path.join(root, 'dist', 'src', 'cli', 'importMain.js'), file], {
      env: { ...process.env, NEO4J_URI: neo4j.uri },
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let output = '';
    cli.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stderr.write(chunk);
    });
    const [code] = (await once(cli, 'exit')) as [number];
    const seconds = (Date.now() - started) / 1000;
    // Others share this machine: the 1-minute load average at the end of each side says how much.
    const importLoad = os.loadavg()[0].toFixed(1);
    const summary = /imported .*/.exec(output)?.[0] ?? `failed (exit ${code}): ${output.trim().split('\n').slice(-3).join(' / ')}`;
    const peak = /peak memory (\d+) MB/.exec(output)?.[1];

    // The floor: the same rows into a fresh database of the same size, batched, without validation or history.
    await gateway.close();
    await neo4j.stop();
    await fsp.rm(dataDir, { recursive: true, force: true });
    neo4j = await startEmbeddedNeo4j({ dataDir, heap, pageCache, log });
    gateway = new Gateway(createDriver(neo4j.uri, 'neo4j', 'x'), 'neo4j', loadCypherFiles());
    await gateway.applySchema('constraints');
    const bareStarted = Date.now();
    await loadWorld(gateway, world, log);
    const bareSeconds = (Date.now() - bareStarted) / 1000;
    const bareLoad = os.loadavg()[0].toFixed(1);
    log(`import ${seconds.toFixed(1)} s, bare batched load ${bareSeconds.toFixed(1)} s: ${(seconds / bareSeconds).toFixed(2)}x`);
    const section = [
      IMPORT_START,
      '## Import of the synthetic estate (streamed, validated whole, one transaction)',
      '',
      '```sh',
      options.command ?? `npm run bench:import -- --components ${components} --seed ${seed}`,
      '```',
      '',
      `- date: ${new Date().toISOString()}; machine: ${os.cpus()[0]?.model} x ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; Neo4j embedded with the default memory for this machine (heap ${heap}, page cache ${pageCache}), empty database`,
      `- document: ${world.nodes.length} nodes, ${world.relationships.length} relationships, ${(bytes / 1e6).toFixed(1)} MB of JSON`,
      `- wall time of \`npm run import\` (CLI process: the validation reads the file beside the write, which commits once it found nothing): ${seconds.toFixed(1)} s (machine load ${importLoad})`,
      `- bare batched load of the same rows into a fresh database (\`mergeNodes\` + \`benchCreateRelationships\`, 5,000 rows per transaction, no validation, no history, not all-or-nothing): ${bareSeconds.toFixed(1)} s (machine load ${bareLoad})`,
      `- **import / bare: ${(seconds / bareSeconds).toFixed(2)}x**`,
      `- peak memory of the CLI process (maxRSS): ${peak ? `${peak} MB` : 'not reported'}`,
      `- CLI said: ${summary}`,
      IMPORT_END,
    ].join('\n');
    const existing = await fsp.readFile(options.out, 'utf8').catch(() => '');
    const start = existing.indexOf(IMPORT_START);
    const end = existing.indexOf(IMPORT_END);
    const next = start >= 0 && end > start ? existing.slice(0, start) + section + existing.slice(end + IMPORT_END.length) : `${existing.trimEnd()}\n\n${section}\n`;
    await fsp.writeFile(options.out, next);
    log(`wrote the import figures to ${options.out}`);
    return { ok: code === 0, seconds, bareSeconds };
  } finally {
    await gateway.close();
    await neo4j.stop();
    await fsp.rm(dataDir, { recursive: true, force: true });
  }
}

function projectRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'cypher'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no project root above ${__dirname}`);
  }
}

async function main(): Promise<void> {
  const option = (name: string, fallback?: string): string | undefined => {
    const at = process.argv.indexOf(`--${name}`);
    return at >= 0 ? process.argv[at + 1] : fallback;
  };
  const result = await runImportBench({
    components: Number(option('components', '100000')),
    seed: Number(option('seed', '42')),
    heap: option('heap'),
    out: path.join(projectRoot(), 'bench', 'RESULTS.md'),
    log: (msg) => process.stderr.write(`[bench:import] ${msg}\n`),
  });
  if (!result.ok) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`[bench:import] failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
