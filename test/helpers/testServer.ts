import { AddressInfo } from 'node:net';
import { Server, createServer } from 'node:http';
import { Gateway } from '../../src/neo4j/gateway';
import { AppOptions, createApp } from '../../src/server';
import { testGateway } from './testDatabase';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[];
}

/** The admin bearer token every test server accepts (CASCADE_ADMIN_TOKEN in production). */
export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
export const ADMIN = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };

export interface TestServer {
  url: string;
  gateway: Gateway;
  /** Errors the server logged (unexpected ones are masked for clients but logged): [fields, message]. */
  logged: unknown[][];
  /**
   * A request as the admin unless `headers` says otherwise: pass `{ authorization: '' }` to ask
   * anonymously, or another bearer token.
   */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** The data of a query that must succeed (fails the test with the errors otherwise). */
  ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /**
   * A new API key with this role (its name made unique with a suffix, since names stay unique):
   * the headers to use it and the author it is recorded as.
   */
  apiKey(name: string, role: 'VIEWER' | 'OPERATOR' | 'EDITOR' | 'ADMIN'): Promise<{ headers: Record<string, string>; token: string; subject: string; id: string }>;
  close(): Promise<void>;
}

/** The real app on a real HTTP port, talking to the run's Neo4j. */
export async function startTestServer(gateway: Gateway = testGateway(), options: AppOptions = { statusPollMs: 100 }): Promise<TestServer> {
  const logged: unknown[][] = [];
  const logger = { error: (...args: unknown[]) => logged.push(args), warn: () => undefined, info: () => undefined, debug: () => undefined };
  const { app, stop, attachSubscriptions } = await createApp(gateway, logger, {
    ...options,
    security: { adminToken: TEST_ADMIN_TOKEN, rateLimitPerMinute: 1_000_000, ...options.security },
  });
  const server: Server = createServer(app);
  attachSubscriptions(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const query: TestServer['query'] = async (text, variables = {}, headers = {}) => {
    const all: Record<string, string> = { 'content-type': 'application/json', ...ADMIN, ...headers };
    if (all.authorization === '') delete all.authorization;
    const response = await fetch(url, { method: 'POST', headers: all, body: JSON.stringify({ query: text, variables }) });
    const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
    return { status: response.status, ...body } as never;
  };
  return {
    url,
    gateway,
    logged,
    query,
    async ok(text, variables = {}) {
      const res = await query(text, variables);
      expect(res.errors).toBeUndefined();
      return res.data as never;
    },
    async apiKey(name, role) {
      const unique = `${name}-${Math.random().toString(36).slice(2, 8)}`;
      const res = await query(`mutation($input: ApiKeyInput!) { createApiKey(input: $input) { token key { id name } } }`, { input: { name: unique, role } });
      expect(res.errors).toBeUndefined();
      const created = (res.data as { createApiKey: { token: string; key: { id: string } } }).createApiKey;
      return { headers: { authorization: `Bearer ${created.token}` }, token: created.token, subject: `apikey:${unique}`, id: created.key.id };
    },
    async close() {
      await stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await gateway.close();
    },
  };
}
