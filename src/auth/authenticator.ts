import { UnauthenticatedError } from '../domain/errors';
import { ANONYMOUS, Identity, isRole } from '../domain/identity';
import { ApiKeyRecord, ApiKeyStore } from '../store/apiKeyStore';
import { hashSecret, looksLikeApiKey, parseApiKeyToken, sameSecret } from './apiKeyToken';
import { JwtVerifier } from './jwtVerifier';

/** How long a checked key is trusted without reading it again; a revocation here applies at once. */
const KEY_CACHE_MS = 5_000;

/**
 * Turns an Authorization header into an Identity: no header is anonymous; `Bearer <token>` is an
 * API key (cascade_...), the configured admin token, or a JWT; anything else is refused, never
 * downgraded to anonymous (a caller who sent a credential wants to know it failed).
 */
export class Authenticator {
  private readonly keys = new Map<string, { record: ApiKeyRecord | null; at: number }>();

  constructor(
    private readonly store: ApiKeyStore,
    private readonly options: { adminToken: string | null; jwt: JwtVerifier | null },
  ) {}

  async authenticate(authorization: unknown): Promise<Identity> {
    if (authorization === undefined || authorization === null || authorization === '') return ANONYMOUS;
    if (typeof authorization !== 'string') throw new UnauthenticatedError('Authorization must be "Bearer <token>"');
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw new UnauthenticatedError('Authorization must be "Bearer <token>"');
    const token = match[1];
    if (looksLikeApiKey(token)) return this.apiKey(token);
    if (this.options.adminToken !== null && sameSecret(token, this.options.adminToken)) {
      return { subject: 'admin-token', role: 'admin', via: 'admin-token' };
    }
    if (this.options.jwt && token.split('.').length === 3) return this.options.jwt.verify(token);
    throw new UnauthenticatedError('The bearer token is not valid');
  }

  /** Forgets a key at once (revoked here); other processes notice within KEY_CACHE_MS. */
  forget(id: string): void {
    this.keys.delete(id);
  }

  private async apiKey(token: string): Promise<Identity> {
    const parsed = parseApiKeyToken(token);
    if (!parsed) throw new UnauthenticatedError('The API key is malformed');
    const record = await this.record(parsed.id);
    if (!record?.hash || !sameSecret(hashSecret(parsed.secret), record.hash)) throw new UnauthenticatedError('The API key is not valid');
    if (record.revokedAt !== null) throw new UnauthenticatedError(`The API key "${record.name}" was revoked`);
    if (record.expiresAt !== null && Date.parse(record.expiresAt) <= Date.now()) {
      throw new UnauthenticatedError(`The API key "${record.name}" expired at ${record.expiresAt}`);
    }
    if (!isRole(record.role)) throw new UnauthenticatedError('The API key has no valid role');
    return { subject: `apikey:${record.name}`, role: record.role, via: 'api-key' };
  }

  private async record(id: string): Promise<ApiKeyRecord | null> {
    const cached = this.keys.get(id);
    if (cached && Date.now() - cached.at < KEY_CACHE_MS) return cached.record;
    const record = await this.store.byId(id);
    // Bounded: a flood of made-up ids must not grow the cache without end.
    if (this.keys.size >= 10_000) this.keys.clear();
    this.keys.set(id, { record, at: Date.now() });
    return record;
  }
}
