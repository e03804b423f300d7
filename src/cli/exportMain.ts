import { writeFile } from 'node:fs/promises';
import { readConfig } from '../config';
import { connectDatabase } from '../neo4j/connectDatabase';
import { ImportService } from '../services/importService';

/** `npm run export -- [FILE]`: the whole graph as a topology document (stdout without FILE). */
async function main(): Promise<void> {
  const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const log = (msg: string) => process.stderr.write(`[cascade export] ${msg}\n`);
  const database = await connectDatabase(readConfig(process.env), log);
  try {
    const document = await new ImportService(database.gateway).export();
    const text = `${JSON.stringify(document, null, 2)}\n`;
    if (file) {
      await writeFile(file, text);
      log(`wrote ${document.nodes.length} nodes and ${document.relationships.length} relationships to ${file}`);
    } else {
      process.stdout.write(text);
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[cascade export] failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
