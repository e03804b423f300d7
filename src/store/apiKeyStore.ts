import { Role } from '../domain/identity';
import { Gateway } from '../neo4j/gateway';

/** An API key as stored; `hash` is present only when read to check a token. */
export interface ApiKeyRecord {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  createdBy: string;
  expiresAt: string | null;
  revokedAt: string | null;
  hash?: string | null;
}

/** API keys: who may call the API with a bearer token (kept apart from the estate's entities). */
export class ApiKeyStore {
  constructor(private readonly gateway: Gateway) {}

  async create(key: { id: string; name: string; role: Role; hash: string; by: string; expiresAt: string | null }): Promise<ApiKeyRecord> {
    const [row] = await this.gateway.write('createApiKey', key);
    return recordOf(row.key);
  }

  async byId(id: string): Promise<ApiKeyRecord | null> {
    const [row] = await this.gateway.read('apiKeyById', { id });
    return row ? recordOf(row.key) : null;
  }

  async list(): Promise<ApiKeyRecord[]> {
    return (await this.gateway.read('apiKeys')).map((row) => recordOf(row.key));
  }

  async revoke(id: string): Promise<ApiKeyRecord | null> {
    const [row] = await this.gateway.write('revokeApiKey', { id });
    return row ? recordOf(row.key) : null;
  }

  async activeAdminCount(): Promise<number> {
    const [row] = await this.gateway.read('activeAdminKeyCount');
    return Number(row.total);
  }
}

/** Neo4j drops null properties: absent ones come back as null here. */
function recordOf(value: unknown): ApiKeyRecord {
  return { expiresAt: null, revokedAt: null, ...(value as object) } as ApiKeyRecord;
}
