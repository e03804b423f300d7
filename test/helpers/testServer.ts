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

export interface TestServer {
  url: string;
  gateway: Gateway;
  /** Errors the server logged (unexpected ones are masked for clients but logged). */
  logged: unknown[][];
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** The data of a query that must succeed (fails the test with the errors otherwise). */
  ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/** The real app on a real HTTP port, talking to the run's Neo4j. */
export async function startTestServer(gateway: Gateway = testGateway(), options: AppOptions = { statusPollMs: 100 }): Promise<TestServer> {
  const logged: unknown[][] = [];
  const logger = { error: (...args: unknown[]) => logged.push(args), warn: () => undefined, info: () => undefined };
  const { app, stop, attachSubscriptions } = await createApp(gateway, logger, options);
  const server: Server = createServer(app);
  attachSubscriptions(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const query: TestServer['query'] = async (text, variables = {}, headers = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: text, variables }),
    });
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
    async close() {
      await stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await gateway.close();
    },
  };
}
