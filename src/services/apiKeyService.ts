import { InvalidInputError, NotFoundError, Problem } from '../domain/errors';
import { Role } from '../domain/identity';
import { newApiKeyToken } from '../auth/apiKeyToken';
import { ApiKeyRecord, ApiKeyStore } from '../store/apiKeyStore';

const NAME = /^[A-Za-z0-9._-]{1,64}$/;

export interface ApiKeyView extends ApiKeyRecord {
  active: boolean;
}

/** Creating, listing and revoking API keys (admin mutations and the `npm run keys` CLI). */
export class ApiKeyService {
  constructor(
    private readonly store: ApiKeyStore,
    private readonly actor: string,
    /** Called after a revocation, so this process refuses the key at once. */
    private readonly onRevoke: (id: string) => void = () => undefined,
  ) {}

  async create(input: { name: string; role: Role; expiresInDays?: number | null }): Promise<{ key: ApiKeyView; token: string }> {
    const problems: Problem[] = [];
    if (!NAME.test(input.name)) problems.push({ path: 'name', message: 'must be 1-64 characters: letters, digits and . _ -' });
    const days = input.expiresInDays;
    if (days !== undefined && days !== null && (!Number.isInteger(days) || days < 1 || days > 3650)) {
      problems.push({ path: 'expiresInDays', message: 'must be between 1 and 3650' });
    }
    if (problems.length === 0 && (await this.store.list()).some((k) => k.name === input.name)) {
      problems.push({ path: 'name', message: `a key named "${input.name}" exists already (names stay unique, also after revocation, so histories stay unambiguous)` });
    }
    if (problems.length > 0) throw new InvalidInputError(problems);
    const { id, token, hash } = newApiKeyToken();
    const expiresAt = days ? new Date(Date.now() + days * 86_400_000).toISOString() : null;
    const record = await this.store.create({ id, name: input.name, role: input.role, hash, by: this.actor, expiresAt });
    return { key: viewOf(record), token };
  }

  async list(): Promise<ApiKeyView[]> {
    return (await this.store.list()).map(viewOf);
  }

  async revoke(id: string): Promise<ApiKeyView> {
    const record = await this.store.revoke(id);
    if (!record) throw new NotFoundError(`No API key has the id "${id}"`, { ids: [id] });
    this.onRevoke(id);
    return viewOf(record);
  }
}

export function viewOf(record: ApiKeyRecord): ApiKeyView {
  const expired = record.expiresAt !== null && Date.parse(record.expiresAt) <= Date.now();
  return { ...record, hash: undefined, active: record.revokedAt === null && !expired };
}
