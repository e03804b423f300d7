import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { ApiKeyService } from '../services/apiKeyService';
import { ApiKeyStore } from '../store/apiKeyStore';
import { Authenticator } from './authenticator';

/**
 * For a newcomer with nothing configured (no CASCADE_ADMIN_TOKEN, no JWT): makes sure there is an
 * admin key whose token is in `file` (mode 600), so `npm start` then the guides' writes just work.
 * The token is printed once, when made; it is an ordinary API key (hashed in Neo4j, revocable).
 */
export async function bootstrapAdminToken(
  store: ApiKeyStore,
  file: string,
  log: (msg: string) => void,
  /** Shows the new token to the person at the terminal; never through the logger. */
  reveal: (token: string) => void,
): Promise<'kept' | 'created' | 'not-needed'> {
  const existing = await readToken(file);
  if (existing !== null) {
    const check = new Authenticator(store, { adminToken: null, jwt: null });
    const identity = await check.authenticate(`Bearer ${existing}`).catch(() => null);
    if (identity?.role === 'admin') {
      log(`admin token: in ${file} (use it as "Authorization: Bearer $(cat ${file})")`);
      return 'kept';
    }
  }
  if (existing === null && (await store.activeAdminCount()) > 0) {
    log(`admin keys exist but ${file} holds none: create keys with an admin token or \`npm run keys\` (docs/operations.md)`);
    return 'not-needed';
  }
  const name = `bootstrap-admin-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}`;
  const { token } = await new ApiKeyService(store, 'cascade-start').create({ name, role: 'admin' });
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await fsp.writeFile(file, `${token}\n`, { mode: 0o600 });
  log(`admin token created (API key "${name}") and kept in ${file}; use it as "Authorization: Bearer $(cat ${file})"`);
  reveal(token);
  return 'created';
}

async function readToken(file: string): Promise<string | null> {
  try {
    const text = (await fsp.readFile(file, 'utf8')).trim();
    return text === '' ? null : text;
  } catch {
    return null;
  }
}
