import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { TestServer, startTestServer } from '../helpers/testServer';

let server: TestServer;
let client: Client;
/** The operator key the tests write statuses with: its subject is the recorded author. */
let jest_: { headers: Record<string, string>; subject: string };

beforeAll(async () => {
  server = await startTestServer();
  jest_ = await server.apiKey('jest', 'OPERATOR');
  client = createClient({ url: server.url.replace('http', 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
});
afterAll(async () => {
  await client.dispose();
  await server.gateway.write('setStatusesUp');
  await server.close();
});

/** Subscribes over a real WebSocket and collects results; resolves once `count` have arrived. */
function collect<T>(query: string, count: number): { done: Promise<T[]>; stop: () => void } {
  const results: T[] = [];
  let stop = () => {};
  const done = new Promise<T[]>((resolve, reject) => {
    stop = client.subscribe<T>({ query }, {
      next: (result) => {
        if (result.errors) return reject(new Error(JSON.stringify(result.errors)));
        results.push(result.data as T);
        if (results.length === count) resolve(results);
      },
      error: reject,
      complete: () => resolve(results),
    });
  });
  return { done, stop: () => stop() };
}

async function setStatus(id: string, status: string) {
  const res = await server.query(`mutation($input: SetStatusInput!) { setStatus(input: $input) { state } }`, {
    input: { id, status, reason: `test ${status}` },
  }, jest_.headers);
  expect(res.errors).toBeUndefined();
}

/** Lets the subscription reach the server before the first event. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('subscriptions over WebSocket (graphql-ws)', () => {
  test('statusChanged pushes each change of the watched nodes only', async () => {
    const sub = collect<any>(`subscription { statusChanged(ids: ["bank.web-1"]) { node { id } state previous by } }`, 2);
    await settle();
    await setStatus('bank.web-2', 'DOWN');
    await setStatus('bank.web-1', 'DEGRADED');
    await setStatus('bank.web-1', 'UP');
    const events = await sub.done;
    sub.stop();
    expect(events).toEqual([
      { statusChanged: { node: { id: 'bank.web-1' }, state: 'DEGRADED', previous: 'UP', by: jest_.subject } },
      { statusChanged: { node: { id: 'bank.web-1' }, state: 'UP', previous: 'DEGRADED', by: jest_.subject } },
    ]);
    await setStatus('bank.web-2', 'UP');
  });

  test('impactChanged pushes when the watched service changes state, not on changes that leave it alone', async () => {
    const sub = collect<any>(`subscription { impactChanged(target: "bank.netbanking") {
      impact { summary { peopleDown peopleDegraded } }
      surprises { node { id } }
    } }`, 2);
    await settle();
    await setStatus('bank.web-1', 'DOWN'); // cluster keeps 2 of 3: net banking DEGRADED -> push
    await setStatus('isp.pe-rtr-1', 'DEGRADED'); // net banking already DEGRADED: no push
    await setStatus('bank.web-2', 'DOWN'); // cluster below quorum: net banking DOWN -> push
    const [degraded, down] = await sub.done;
    sub.stop();
    expect(degraded.impactChanged.surprises).toEqual([{ node: { id: 'bank.web-1' } }]);
    expect(degraded.impactChanged.impact.summary.peopleDown).toBe(0);
    expect(down.impactChanged.impact.summary.peopleDown).toBe(2585000);
    expect(down.impactChanged.surprises.map((s: { node: { id: string } }) => s.node.id).sort()).toEqual(['bank.web-1', 'bank.web-2', 'isp.pe-rtr-1']);
  });

  test('changes written through another API process reach this one\'s subscribers, once; local ones are not repeated', async () => {
    const other = await startTestServer();
    try {
      // Written before anyone here listens: not theirs, although the relay looks back a little.
      const before = await other.query(`mutation($input: SetStatusInput!) { setStatus(input: $input) { state } }`, {
        input: { id: 'bank.web-2', status: 'DEGRADED', reason: 'before the subscription', by: 'other-process' },
      });
      expect(before.errors).toBeUndefined();
      const sub = collect<any>(`subscription { statusChanged(ids: ["bank.web-3", "bank.web-2"]) { node { id } state by } }`, 2);
      await settle();
      const res = await other.query(`mutation($input: SetStatusInput!) { setStatus(input: $input) { state } }`, {
        input: { id: 'bank.web-3', status: 'DEGRADED', reason: 'written elsewhere', by: 'other-process' },
      });
      expect(res.errors).toBeUndefined();
      await setStatus('bank.web-2', 'MAINTENANCE');
      const events = await sub.done;
      // Several relay rounds later nothing more has come: neither change twice.
      const extra: unknown[] = [];
      const late = client.subscribe({ query: `subscription { statusChanged(ids: ["bank.web-3", "bank.web-2"]) { node { id } } }` }, {
        next: (r) => extra.push(r),
        error: () => undefined,
        complete: () => undefined,
      });
      await new Promise((resolve) => setTimeout(resolve, 600));
      late();
      sub.stop();
      expect(events.map((e) => e.statusChanged).sort((a: any, b: any) => a.node.id.localeCompare(b.node.id))).toEqual([
        { node: { id: 'bank.web-2' }, state: 'MAINTENANCE', by: jest_.subject },
        { node: { id: 'bank.web-3' }, state: 'DEGRADED', by: 'admin-token' },
      ]);
      expect(extra).toEqual([]);
    } finally {
      await other.close();
    }
  });

  test('an unknown target is an error with its code', async () => {
    const error = await new Promise<any>((resolve) => {
      client.subscribe({ query: `subscription { impactChanged(target: "nope") { statuses { state } } }` }, {
        next: (result) => resolve(result.errors?.[0]),
        // graphql-ws reports a failed subscribe as the list of its errors.
        error: (errors) => resolve(Array.isArray(errors) ? errors[0] : errors),
        complete: () => undefined,
      });
    });
    expect(error.extensions?.code).toBe('NOT_FOUND');
  });
});
