import express from 'express';
import { Client, createClient } from 'graphql-ws';
import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { drainAndClose } from '../../src/http/drainAndClose';
import { createApp } from '../../src/server';
import { ADMIN, TEST_ADMIN_TOKEN } from '../helpers/testServer';
import { testGateway } from '../helpers/testDatabase';

/** The real app on a real port, with one extra route that answers when the test says so. */
async function startApp() {
  const gateway = testGateway();
  const quiet = { error: () => undefined, warn: () => undefined, info: () => undefined, debug: () => undefined };
  const cascade = await createApp(gateway, quiet, { statusPollMs: 100, security: { adminToken: TEST_ADMIN_TOKEN } });
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const outer = express();
  outer.get('/slow', async (_req, res) => {
    await released;
    res.json({ finished: true });
  });
  outer.use(cascade.app);
  const server: Server = createServer(outer);
  cascade.attachSubscriptions(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { cascade, server, base, release, gateway };
}

describe('shutdown (SIGTERM) drains within a bound', () => {
  test('a request in flight finishes, a subscriber is told the server is going away, new connections are refused', async () => {
    const { cascade, server, base, release, gateway } = await startApp();
    const client: Client = createClient({ url: `${base.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    const closedWith = new Promise<number>((resolve) => {
      client.on('closed', (event) => resolve((event as { code: number }).code));
    });
    client.subscribe({ query: 'subscription { statusChanged { state } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    await new Promise((resolve) => client.on('connected', resolve));
    const inFlight = fetch(`${base}/slow`);
    await new Promise((resolve) => setTimeout(resolve, 100));

    const shutdown = drainAndClose(server, cascade, 30_000);
    expect(await closedWith).toBe(1001);
    await expect(fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...ADMIN }, body: '{"query":"{ whoami { subject } }"}' })).rejects.toThrow();
    release();
    const res = await inFlight;
    expect(await res.json()).toEqual({ finished: true });
    expect(await shutdown).toBe('drained');
    await client.dispose();
    await gateway.close();
  });

  test('a request that outlives the bound is cut, and shutdown still ends', async () => {
    const { cascade, server, base, release, gateway } = await startApp();
    const inFlight = fetch(`${base}/slow`).then(
      () => 'answered',
      () => 'cut',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await drainAndClose(server, cascade, 200)).toBe('cut');
    expect(await inFlight).toBe('cut');
    release();
    await gateway.close();
  });
});
