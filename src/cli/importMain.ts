import { readFile } from 'node:fs/promises';
import { readConfig } from '../config';
import { CascadeError } from '../domain/errors';
import { connectDatabase } from '../neo4j/connectDatabase';
import { ImportService } from '../services/importService';
import { fileDocument } from './fileDocument';

const USAGE = 'usage: npm run import -- FILE.json [--dry-run]  |  npm run import -- --components C.csv [--dependencies D.csv] [--dry-run]';

/**
 * `npm run import -- FILE.json` (a topology document) or `--components C.csv --dependencies D.csv`:
 * validates everything, then writes all of it or nothing.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const csv = { components: option('--components'), dependencies: option('--dependencies') };
  const file = args.find((a, i) => !a.startsWith('--') && !['--components', '--dependencies'].includes(args[i - 1]));
  if (!file && !csv.components && !csv.dependencies) throw new Error(USAGE);
  const dryRun = args.includes('--dry-run');
  const started = Date.now();
  const read = async (path: string) => {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      throw new Error(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const components = csv.components ? { name: csv.components, text: await read(csv.components) } : null;
  const dependencies = csv.dependencies ? { name: csv.dependencies, text: await read(csv.dependencies) } : null;
  const log = (msg: string) => process.stderr.write(`[cascade import] ${msg}\n`);
  let lastLine = 0;
  const progress = (phase: string, done: number) => {
    // One updating line on a terminal; a line every 50,000 items in a log.
    if (process.stderr.isTTY) process.stderr.write(`\r[cascade import] ${phase}: ${done.toLocaleString('en')}   `);
    else if (done - lastLine >= 50_000 || done < lastLine) {
      lastLine = done;
      log(`${phase}: ${done.toLocaleString('en')}`);
    }
  };
  const database = await connectDatabase(readConfig(process.env), log);
  try {
    const service = new ImportService(database.gateway);
    // A JSON document streams from the file (validated whole first, then written): memory stays flat.
    const result = file ? await service.importStream(fileDocument(file), dryRun, progress) : await service.importCsv(components, dependencies, dryRun);
    if (process.stderr.isTTY) process.stderr.write('\n');
    const { nodeCounts: n, relationshipCounts: r } = result;
    log(
      result.dryRun
        ? `${file ?? 'the CSV files'} is valid: ${result.nodes} nodes, ${result.relationships} relationships (dry run, nothing written)`
        : `imported ${file ?? 'the CSV files'} in ${((Date.now() - started) / 1000).toFixed(1)} s: nodes ${n.created} created, ${n.updated} updated, ${n.unchanged} unchanged; ` +
            `relationships ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged; ` +
            `peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof CascadeError && Array.isArray(error.details.problems)) {
    process.stderr.write(`[cascade import] refused, nothing written:\n`);
    for (const p of error.details.problems as { path: string; message: string }[]) process.stderr.write(`  ${p.path}: ${p.message}\n`);
  } else {
    process.stderr.write(`[cascade import] failed, nothing written: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
