import { readConfig } from '../config';
import { CascadeError } from '../domain/errors';
import { isRole } from '../domain/identity';
import { connectDatabase } from '../neo4j/connectDatabase';
import { ApiKeyService } from '../services/apiKeyService';
import { ApiKeyStore } from '../store/apiKeyStore';

const USAGE =
  'usage: npm run keys -- create --name NAME --role viewer|operator|editor|admin [--expires-in-days N]  |  npm run keys -- list  |  npm run keys -- revoke ID';

/**
 * API keys from the command line, straight to the database (like `npm run import`): the way to a
 * first key on a server where CASCADE_ADMIN_TOKEN is not wanted. Keys made here are authored "cli".
 */
async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  if (!['create', 'list', 'revoke'].includes(command ?? '')) throw new Error(USAGE);
  const log = (msg: string) => process.stderr.write(`[cascade keys] ${msg}\n`);
  const database = await connectDatabase(readConfig(process.env), log);
  try {
    const keys = new ApiKeyService(new ApiKeyStore(database.gateway), 'cli');
    if (command === 'create') {
      const name = option('--name');
      const role = option('--role')?.toLowerCase();
      const days = option('--expires-in-days');
      if (!name || !isRole(role)) throw new Error(USAGE);
      const { key, token } = await keys.create({ name, role, expiresInDays: days === undefined ? null : Number(days) });
      log(`created key "${key.name}" (${key.role}, id ${key.id}, ${key.expiresAt ? `expires ${key.expiresAt}` : 'does not expire'}); its token, shown this once:`);
      // The token alone on stdout, so `TOKEN=$(npm run --silent keys -- create ...)` works.
      process.stdout.write(`${token}\n`);
    } else if (command === 'list') {
      for (const k of await keys.list()) {
        process.stdout.write(`${k.id}  ${k.name}  ${k.role}  ${k.active ? 'active' : k.revokedAt ? `revoked ${k.revokedAt}` : `expired ${k.expiresAt}`}\n`);
      }
    } else {
      const id = args[0];
      if (!id) throw new Error(USAGE);
      const key = await keys.revoke(id);
      log(`revoked key "${key.name}" (${key.id})`);
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof CascadeError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`[cascade keys] ${message}\n`);
  process.exit(1);
});
