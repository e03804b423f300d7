import { planOperators } from '../helpers/planOperators';
import { TestServer, startTestServer } from '../helpers/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  // Live state is test data here: put every status back to UP so other tests see a quiet estate.
  await server.gateway.write('setStatusesUp');
  await server.close();
});

/** Shorthand for server.ok: the data of a query that must succeed. */
const ok = <T = any>(query: string, variables: Record<string, unknown> = {}) => server.ok<T>(query, variables);

const SET = `mutation($input: SetStatusInput!) { setStatus(input: $input) { node { id kind } state previous reason by at incident { id } } }`;
const CURRENT = `{ currentImpact {
  statuses { node { id } state }
  maintenance { node { id } reason }
  surprises { node { id } state reason by incident { id title } }
  impact { summary { peopleDown peopleDegraded services { down degraded } } consumerGroups { consumerGroup { id } state } }
} }`;

const STATES_ONLY = `{ currentImpact {
  statuses { node { id } state }
  surprises { node { id } state }
  impact { summary { peopleDown peopleDegraded services { down degraded } } }
} }`;

describe('live status and current impact', () => {
  test('a quiet estate has no current impact', async () => {
    const { currentImpact } = await ok(CURRENT);
    expect(currentImpact.statuses).toEqual([]);
    expect(currentImpact.impact.summary).toEqual({ peopleDown: 0, peopleDegraded: 0, services: { down: 0, degraded: 0 } });
  });

  test('an incident with a router outage and planned maintenance: impact from both, maintenance apart', async () => {
    const { openIncident } = await ok(`mutation { openIncident(input: { id: "INC-1042", title: "Core router outage at HBC-1", by: "noc.alice" }) { id state openedAt } }`);
    expect(openIncident).toMatchObject({ id: 'INC-1042', state: 'OPEN' });

    const down = await ok(SET, { input: { id: 'isp.core-rtr-1', status: 'DOWN', reason: 'line card failure', by: 'noc.alice', incidentId: 'INC-1042' } });
    expect(down.setStatus).toMatchObject({ node: { id: 'isp.core-rtr-1', kind: 'Component' }, state: 'DOWN', previous: 'UP', incident: { id: 'INC-1042' } });
    await ok(SET, { input: { id: 'isp.core-rtr-2', status: 'MAINTENANCE', reason: 'IOS XR upgrade, change CHG-311', by: 'noc.bob' } });

    const { currentImpact } = await ok(CURRENT);
    expect(currentImpact.maintenance).toEqual([{ node: { id: 'isp.core-rtr-2' }, reason: 'IOS XR upgrade, change CHG-311' }]);
    expect(currentImpact.surprises).toEqual([
      // The author is who authenticated (the admin token here); `by` in the input is only a note.
      { node: { id: 'isp.core-rtr-1' }, state: 'DOWN', reason: 'line card failure', by: 'admin-token', incident: { id: 'INC-1042', title: 'Core router outage at HBC-1' } },
    ]);
    // Both routers of the pair are out: the maintenance counts for the dependants.
    expect(currentImpact.impact.summary.peopleDown).toBe(2599769);
    expect(currentImpact.impact.consumerGroups).toContainEqual({ consumerGroup: { id: 'bank.cg.retail-account-holders' }, state: 'DOWN' });
  });

  test('back to UP: the impact goes, the history stays, newest first', async () => {
    await ok(SET, { input: { id: 'isp.core-rtr-1', status: 'UP', reason: 'line card replaced', by: 'noc.alice', incidentId: 'INC-1042' } });
    const { currentImpact } = await ok(CURRENT);
    expect(currentImpact.statuses).toEqual([{ node: { id: 'isp.core-rtr-2' }, state: 'MAINTENANCE' }]);
    expect(currentImpact.impact.summary.peopleDown).toBe(0);
    expect(currentImpact.impact.summary.peopleDegraded).toBe(2599769);

    // The newest two: other suites sharing the database (the docs' examples) may have set this
    // router's status before, and their history stays too.
    const { statusHistory } = await ok(`{ statusHistory(id: "isp.core-rtr-1", first: 2) { state previous reason by onBehalfOf } }`);
    expect(statusHistory).toEqual([
      { state: 'UP', previous: 'DOWN', reason: 'line card replaced', by: 'admin-token', onBehalfOf: 'noc.alice' },
      { state: 'DOWN', previous: 'UP', reason: 'line card failure', by: 'admin-token', onBehalfOf: 'noc.alice' },
    ]);
    const { resolveIncident } = await ok(`mutation { resolveIncident(id: "INC-1042", by: "noc.alice") { state resolvedBy resolvedOnBehalfOf changes { state } } }`);
    expect(resolveIncident).toEqual({ state: 'RESOLVED', resolvedBy: 'admin-token', resolvedOnBehalfOf: 'noc.alice', changes: [{ state: 'UP' }, { state: 'DOWN' }] });
  });

  test.each([
    ['an unknown node', { id: 'nope', status: 'DOWN', reason: 'r', by: 'b' }, 'NOT_FOUND'],
    ['something without a state', { id: 'bank', status: 'DOWN', reason: 'r', by: 'b' }, 'BAD_USER_INPUT'],
    ['no reason', { id: 'bank.web-1', status: 'DOWN', reason: ' ', by: 'b' }, 'BAD_USER_INPUT'],
    ['a resolved incident', { id: 'bank.web-1', status: 'DOWN', reason: 'r', by: 'b', incidentId: 'INC-1042' }, 'BAD_USER_INPUT'],
    ['an unknown incident', { id: 'bank.web-1', status: 'DOWN', reason: 'r', by: 'b', incidentId: 'INC-0' }, 'NOT_FOUND'],
  ])('setting a status on %s is refused and records nothing', async (_case, input, code) => {
    const history = async () => (await ok(`{ statusHistory(first: 1000) { id } }`)).statusHistory.length;
    const before = await history();
    const res = await server.query(SET, { input });
    expect(res.errors?.[0].extensions?.code).toBe(code);
    expect(await history()).toBe(before);
  });

  test.each([
    // [what happens, the statuses set in order, the statuses listed after]: UP ones are never listed,
    // an entity set back to UP drops out, and the rest come in id order whatever order they were set in.
    ['three set, none back', [['bank.web-3', 'DEGRADED'], ['bank.web-1', 'DOWN'], ['bank.web-2', 'MAINTENANCE']], [['bank.web-1', 'DOWN'], ['bank.web-2', 'MAINTENANCE'], ['bank.web-3', 'DEGRADED'], ['isp.core-rtr-2', 'MAINTENANCE']]],
    ['one back to UP, one set UP that was UP', [['bank.web-2', 'UP'], ['isp.core-rtr-1', 'UP']], [['bank.web-1', 'DOWN'], ['bank.web-3', 'DEGRADED'], ['isp.core-rtr-2', 'MAINTENANCE']]],
    ['a state changed, not UP either side', [['bank.web-1', 'MAINTENANCE'], ['bank.san-1', 'DOWN']], [['bank.san-1', 'DOWN'], ['bank.web-1', 'MAINTENANCE'], ['bank.web-3', 'DEGRADED'], ['isp.core-rtr-2', 'MAINTENANCE']]],
    ['all back to UP but the maintenance', [['bank.web-1', 'UP'], ['bank.web-3', 'UP'], ['bank.san-1', 'UP']], [['isp.core-rtr-2', 'MAINTENANCE']]],
  ])('current statuses, %s: only the not-UP ones, in id order, maintenance and surprises apart', async (_case, steps, listed) => {
    for (const [id, status] of steps) await ok(SET, { input: { id, status, reason: 'table step' } });
    const { currentImpact } = await ok(CURRENT);
    expect(currentImpact.statuses).toEqual(listed.map(([id, state]) => ({ node: { id }, state })));
    expect(currentImpact.maintenance.map((s: { node: { id: string } }) => s.node.id)).toEqual(listed.filter(([, state]) => state === 'MAINTENANCE').map(([id]) => id));
    expect(currentImpact.surprises.map((s: { node: { id: string }; state: string }) => [s.node.id, s.state])).toEqual(listed.filter(([, state]) => state === 'DOWN' || state === 'DEGRADED'));
    // A dashboard's question asks only ids and states, and reads only those (currentStates.cypher): the same answer.
    const states = await ok(STATES_ONLY);
    expect(states.currentImpact.statuses).toEqual(currentImpact.statuses);
    expect(states.currentImpact.surprises).toEqual(currentImpact.surprises.map((s: { node: { id: string }; state: string }) => ({ node: s.node, state: s.state })));
    expect(states.currentImpact.impact.summary).toEqual(currentImpact.impact.summary);
  });

  test.each(['currentStatuses', 'currentStates'])('the current statuses are read through the state index, not from every status node (%s)', async (statement) => {
    // Nearly every entity is UP: reading them all was what a currentImpact cost at 100k components.
    const operators = await planOperators(statement);
    expect(operators.filter((op) => /^NodeIndexSeekByRange .*CurrentStatus\(state\)/.test(op))).toHaveLength(2);
    expect(operators.filter((op) => /^(NodeByLabelScan|NodeIndexScan|AllNodesScan)/.test(op))).toEqual([]);
  });
});
