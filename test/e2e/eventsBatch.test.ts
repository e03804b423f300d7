import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { TestServer, startTestServer } from '../helpers/testServer';

/**
 * A notification that changes many statuses at once (an alert storm grouped by Alertmanager): the
 * batch's changes are written together, and each must still be what a setStatus is: recorded in
 * the history with the monitoring key and the source, pushed to subscribers once, in currentImpact.
 */
let server: TestServer;
let client: Client;
let monitor: { headers: Record<string, string>; subject: string };
/** Fingerprints unique to this run: alerts outlive a test run's entities. */
const run = Math.random().toString(36).slice(2, 8);
let components: string[];

beforeAll(async () => {
  server = await startTestServer();
  monitor = await server.apiKey('alertmanager', 'OPERATOR');
  client = createClient({ url: server.url.replace('http', 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
  components = (await server.ok<any>(`{ components(first: 500) { nodes { id } } }`)).components.nodes.map((c: any) => c.id);
});
afterAll(async () => {
  await client.dispose();
  await server.gateway.write('setStatusesUp');
  await server.close();
});

async function post(status: 'firing' | 'resolved'): Promise<any> {
  const alerts = components.map((id) => ({
    status,
    labels: { alertname: 'PowerLost', cascade_id: id, severity: 'critical' },
    annotations: { summary: `${id} lost power` },
    startsAt: '2026-12-01T09:58:00Z',
    endsAt: status === 'firing' ? '0001-01-01T00:00:00Z' : '2026-12-01T10:20:00Z',
    fingerprint: `${run}-${id}`,
  }));
  const response = await fetch(server.url.replace('/graphql', '/events/alertmanager'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...monitor.headers },
    body: JSON.stringify({ version: '4', status, receiver: 'cascade', groupKey: '{}:{alertname="PowerLost"}', alerts }),
  });
  expect(response.status).toBe(200);
  return response.json();
}

/** Collects statusChanged pushes over a real WebSocket until `count` have come. */
function collect(count: number): { done: Promise<any[]>; stop: () => void } {
  const seen: any[] = [];
  let stop = () => {};
  const done = new Promise<any[]>((resolve, reject) => {
    stop = client.subscribe<any>({ query: `subscription { statusChanged { node { id } state by onBehalfOf } }` }, {
      next: (result) => {
        if (result.errors) return reject(new Error(JSON.stringify(result.errors)));
        seen.push(result.data!.statusChanged);
        if (seen.length === count) resolve(seen);
      },
      error: reject,
      complete: () => reject(new Error('completed early')),
    });
  });
  return { done, stop: () => stop() };
}

const sorted = (items: any[]) => [...items].sort((a, b) => a.node.id.localeCompare(b.node.id));
/** This run's changes in the history, per state. */
async function history(): Promise<Record<string, any[]>> {
  const { statusHistory } = await server.ok<any>(`{ statusHistory(first: 1000) { node { id } state by onBehalfOf reason } }`);
  const mine = statusHistory.filter((c: any) => c.reason?.includes(`[alertmanager:${run}-`));
  return { DOWN: sorted(mine.filter((c: any) => c.state === 'DOWN')), UP: sorted(mine.filter((c: any) => c.state === 'UP')) };
}

test.each([
  ['firing', 'DOWN'],
  ['resolved', 'UP'],
] as const)('a notification %s on every component changes each one once: answered, pushed, in the history with the source and in currentImpact', async (status, state) => {
  expect(components.length).toBeGreaterThan(50);
  const pushes = collect(components.length);
  await new Promise((resolve) => setTimeout(resolve, 300));

  const answer = await post(status);
  expect(answer).toMatchObject({ received: components.length, applied: components.length, duplicates: 0, unbound: 0 });
  expect(answer.statusChanges.map((c: any) => c.entityId).sort()).toEqual([...components].sort());
  expect(new Set(answer.statusChanges.map((c: any) => c.state))).toEqual(new Set([state]));

  const pushed = await pushes.done;
  pushes.stop();
  const expected = [...components].sort().map((id) => ({ node: { id }, state, by: monitor.subject, onBehalfOf: 'alertmanager' }));
  expect(sorted(pushed)).toEqual(expected);

  const recorded = await history();
  expect(recorded[state].map(({ reason: _reason, ...change }: any) => change)).toEqual(expected);
  expect(recorded[state][0].reason).toBe(`alertmanager: ${recorded[state][0].node.id} lost power (critical) ${status} [alertmanager:${run}-${recorded[state][0].node.id}]`);

  const { currentImpact } = await server.ok<any>(`{ currentImpact { statuses { node { id } state by } impact { summary { peopleDown } } } }`);
  if (state === 'DOWN') {
    expect(sorted(currentImpact.statuses)).toEqual([...components].sort().map((id) => ({ node: { id }, state, by: monitor.subject })));
    expect(currentImpact.impact.summary.peopleDown).toBeGreaterThan(2_400_000);
  } else {
    expect(currentImpact.statuses).toEqual([]);
    expect(currentImpact.impact.summary.peopleDown).toBe(0);
  }
});
