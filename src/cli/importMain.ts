import { readFile } from 'node:fs/promises';
import { readConfig } from '../config';
import { CascadeError } from '../domain/errors';
import { connectDatabase } from '../neo4j/connectDatabase';
import { ImportService } from '../services/importService';

/** `npm run import -- FILE [--dry-run]`: validates and writes a topology document, all or nothing. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new Error('usage: npm run import -- FILE.json [--dry-run]');
  const started = Date.now();
  let document: unknown;
  try {
    document = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not readable JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const log = (msg: string) => process.stderr.write(`[cascade import] ${msg}\n`);
  const database = await connectDatabase(readConfig(process.env), log);
  try {
    const result = await new ImportService(database.gateway).import(document, args.includes('--dry-run'));
    const { nodeCounts: n, relationshipCounts: r } = result;
    log(
      result.dryRun
        ? `${file} is valid: ${result.nodes} nodes, ${result.relationships} relationships (dry run, nothing written)`
        : `imported ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s: nodes ${n.created} created, ${n.updated} updated, ${n.unchanged} unchanged; ` +
            `relationships ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged`,
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
