import { TestServer, startTestServer } from '../helpers/testServer';

/**
 * Requests that arrive while others are being applied wait, and are applied together (one read, one
 * transaction for the lot): each must still come out as if applied alone, in arrival order, with
 * its own author. Posted at once from two monitoring keys, with a repeated notification and an
 * alert naming no entity sent twice; whether the server joins them or not, the answers, the history,
 * the alerts and the unbound list are those of one request after the other.
 */
let server: TestServer;
let prometheus: { headers: Record<string, string>; subject: string };
let synthetics: { headers: Record<string, string>; subject: string };
const run = Math.random().toString(36).slice(2, 8);
let components: string[];

beforeAll(async () => {
  server = await startTestServer();
  prometheus = await server.apiKey(`prometheus-${run}`, 'OPERATOR');
  synthetics = await server.apiKey(`synthetics-${run}`, 'OPERATOR');
  components = (await server.ok<any>(`{ components(first: 500) { nodes { id } } }`)).components.nodes.map((c: any) => c.id).slice(0, 40);
});
afterAll(async () => {
  // Alerts left open would hold these components' statuses for the next test file: resolve them.
  const ids = components.slice(0, 40);
  await post('/events/alertmanager', alertmanager(ids, 'resolved'), prometheus);
  await post('/events', JSON.stringify(ids.map((id) => ({ action: 'resolve', dedupKey: `${run}-g-${id}` }))), synthetics);
  await server.gateway.write('setStatusesUp');
  await server.close();
});

function alertmanager(ids: string[], status: 'firing' | 'resolved'): string {
  const alerts = ids.map((id) => ({
    status,
    labels: { alertname: 'Together', cascade_id: id, severity: 'critical' },
    annotations: { summary: `${id} down` },
    startsAt: '2026-12-01T09:58:00Z',
    endsAt: status === 'firing' ? '0001-01-01T00:00:00Z' : '2026-12-01T10:20:00Z',
    fingerprint: `${run}-${id}`,
  }));
  return JSON.stringify({ version: '4', status, receiver: 'cascade', groupKey: '{}:{alertname="Together"}', alerts });
}

function generic(ids: string[]): string {
  return JSON.stringify(ids.map((id) => ({ source: 'synthetics', dedupKey: `${run}-g-${id}`, action: 'trigger', severity: 'warning', summary: `${id} slow`, resource: { id }, timestamp: '2026-12-01T10:00:00Z' })));
}

async function post(path: string, body: string, key: { headers: Record<string, string> }): Promise<{ status: number; body: any }> {
  const response = await fetch(server.url.replace('/graphql', path), { method: 'POST', headers: { 'content-type': 'application/json', ...key.headers }, body });
  return { status: response.status, body: await response.json() };
}

test('requests posted at once are each applied as if alone: answers, authors, history, alerts and unbound events', async () => {
  const [a, b, c] = [components.slice(0, 10), components.slice(10, 20), components.slice(20, 30)];
  const ghost = `${run}-no-such-entity`;
  const answers = await Promise.all([
    post('/events/alertmanager', alertmanager(a, 'firing'), prometheus),
    post('/events', generic(b), synthetics),
    post('/events/alertmanager', alertmanager(a, 'firing'), prometheus),
    post('/events/alertmanager', alertmanager(c, 'firing'), prometheus),
    post('/events/alertmanager', alertmanager([ghost], 'firing'), synthetics),
    post('/events/alertmanager', alertmanager([ghost], 'firing'), synthetics),
  ]);
  expect(answers.map((x) => x.status)).toEqual([200, 200, 200, 200, 200, 200]);
  // The repeat finds the first already applied, whichever order they took.
  const [first, , repeat] = answers.map((x) => x.body);
  const once = [first, repeat].find((x) => x.applied === 10);
  const again = [first, repeat].find((x) => x.duplicates === 10);
  expect(once?.statusChanges).toHaveLength(10);
  expect(again?.statusChanges).toEqual([]);
  expect(answers[1].body).toMatchObject({ applied: 10, statusChanges: expect.arrayContaining([expect.objectContaining({ entityId: b[0], state: 'DEGRADED' })]) });
  expect(answers[3].body).toMatchObject({ applied: 10 });
  expect(answers.slice(4).map((x) => x.body.unbound)).toEqual([1, 1]);

  const { statusHistory } = await server.ok<any>(`{ statusHistory(first: 1000) { node { id } state by onBehalfOf reason } }`);
  const mine = statusHistory.filter((h: any) => h.reason.includes(run));
  const byEntity = (ids: string[]) => ids.map((id) => mine.filter((h: any) => h.node.id === id).map((h: any) => `${h.state} by ${h.by} for ${h.onBehalfOf}`));
  expect(byEntity(a)).toEqual(a.map(() => [`DOWN by ${prometheus.subject} for alertmanager`]));
  expect(byEntity(b)).toEqual(b.map(() => [`DEGRADED by ${synthetics.subject} for synthetics`]));
  expect(byEntity(c)).toEqual(c.map(() => [`DOWN by ${prometheus.subject} for alertmanager`]));

  const { openAlerts, unboundEvents } = await server.ok<any>(`{ openAlerts(first: 1000) { key } unboundEvents(first: 1000) { key count } }`);
  expect(openAlerts.filter((x: any) => x.key.includes(run)).length).toBe(30);
  expect(unboundEvents.filter((x: any) => x.key.includes(run))).toEqual([{ key: `alertmanager:${run}-${ghost}`, count: 2 }]);
});

test('a firing and its resolution posted at once leave the entity as they left it one after the other', async () => {
  const ids = components.slice(30, 40);
  const [fired, resolved] = await Promise.all([post('/events/alertmanager', alertmanager(ids, 'firing'), prometheus), post('/events/alertmanager', alertmanager(ids, 'resolved'), prometheus)]);
  expect([fired.status, resolved.status]).toEqual([200, 200]);
  const { statusHistory, currentImpact } = await server.ok<any>(`{ statusHistory(first: 1000) { node { id } state reason } currentImpact { statuses { node { id } } } }`);
  const states = ids.map((id) => statusHistory.filter((h: any) => h.node.id === id && h.reason.includes(run)).map((h: any) => h.state).reverse());
  // Firing first: DOWN then UP. Resolution first: nothing open to close, then the firing (older than nothing) opens it.
  expect(new Set(states.map((s) => s.join(',')))).toEqual(new Set([fired.body.applied === 10 && resolved.body.applied === 10 ? 'DOWN,UP' : 'DOWN']));
  expect(currentImpact.statuses.filter((s: any) => ids.includes(s.node.id)).length).toBe(states[0].length === 2 ? 0 : 10);
});
