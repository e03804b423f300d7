import { readFile } from 'node:fs/promises';
import { readConfig } from '../config';
import { CascadeError, relocateProblems } from '../domain/errors';
import { connectDatabase } from '../neo4j/connectDatabase';
import { ImportResult, ImportService, NetworkFormat } from '../services/importService';
import { fileDocument } from './fileDocument';

const USAGE =
  'usage: npm run import -- FILE.json [--dry-run]  |  npm run import -- --components C.csv [--dependencies D.csv] [--dry-run]' +
  '  |  npm run import -- --graphml F.graphml (or --gml F.gml) --network ID --name NAME --prefix PREFIX [--owner ORG] [--dry-run]';

/**
 * `npm run import -- FILE.json` (a topology document) or `--components C.csv --dependencies D.csv`:
 * validates everything and writes all of it or nothing.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const csv = { components: option('--components'), dependencies: option('--dependencies') };
  const networkFile = option('--graphml') ?? option('--gml');
  const valued = ['--components', '--dependencies', '--graphml', '--gml', '--network', '--name', '--prefix', '--owner'];
  const file = args.find((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1]));
  if (!file && !csv.components && !csv.dependencies && !networkFile) throw new Error(USAGE);
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
    // A JSON document streams from the file (validated whole while written, committed only when valid): memory stays flat.
    const result = networkFile
      ? await importNetworkFile(service, networkFile, args.includes('--gml') ? 'GML' : 'GRAPHML', option, dryRun)
      : file
        ? await service.importStream(fileDocument(file), dryRun, progress)
        : await service.importCsv(components, dependencies, dryRun);
    for (const note of result.notes ?? []) log(`note: ${note}`);
    if (process.stderr.isTTY) process.stderr.write('\n');
    const { nodeCounts: n, relationshipCounts: r } = result;
    log(
      result.dryRun
        ? `${networkFile ?? file ?? 'the CSV files'} is valid: ${result.nodes} nodes, ${result.relationships} relationships (dry run, nothing written)`
        : `imported ${networkFile ?? file ?? 'the CSV files'} in ${((Date.now() - started) / 1000).toFixed(1)} s: nodes ${n.created} created, ${n.updated} updated, ${n.unchanged} unchanged; ` +
            `relationships ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged; ` +
            `peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
    );
  } finally {
    await database.close();
  }
}

/** A GraphML or GML file as a network: --network ID --name NAME --prefix PREFIX [--owner ORG]. */
async function importNetworkFile(
  service: ImportService,
  path: string,
  format: NetworkFormat,
  option: (name: string) => string | undefined,
  dryRun: boolean,
): Promise<ImportResult> {
  const networkId = option('--network');
  const idPrefix = option('--prefix');
  if (!networkId || !idPrefix) throw new Error(USAGE);
  const owner = option('--owner');
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw new Error(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  });
  try {
    return await service.importNetwork(format, text, { networkId, networkName: option('--name') ?? networkId, idPrefix, ...(owner ? { ownerId: owner } : {}) }, dryRun);
  } catch (error) {
    // Problems name the line; on the command line they name the file too.
    throw relocateProblems(error, (line) => line.replace(/^line /, `${path}:`));
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
