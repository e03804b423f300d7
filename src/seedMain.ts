import { readConfig } from './config';
import { connectDatabase } from './neo4j/connectDatabase';
import { seedExampleWorld } from './services/seedService';

/** `npm run seed`: writes the example world into the configured database (idempotent), then exits. */
async function seed(): Promise<void> {
  const log = (msg: string) => console.log(`[cascade seed] ${msg}`);
  const database = await connectDatabase(readConfig(process.env), log);
  try {
    const result = await seedExampleWorld(database.gateway, { whenEmpty: false });
    log(`example world written: ${result.nodes} nodes, ${result.relationships} relationships`);
  } finally {
    await database.close();
  }
}

seed().catch((error: unknown) => {
  console.error(`[cascade seed] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
