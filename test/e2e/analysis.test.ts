import { TestServer, startTestServer } from '../helpers/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/** Shorthand for server.ok: the data of a query that must succeed. */
const data = <T = any>(query: string, variables: Record<string, unknown> = {}) => server.ok<T>(query, variables);

describe('explanations in impact answers', () => {
  test('two web servers down: the cluster verdict explains why net banking is DOWN', async () => {
    const { impact } = await data(`{ impact(failures: [{ id: "bank.web-1" }, { id: "bank.web-2" }]) {
      redundancyVerdicts { group { id } members down available required margin state summary }
      nodes(kinds: [Service]) { nodes { id state chain { id via } verdicts { summary } } }
    } }`);
    expect(impact.redundancyVerdicts).toEqual([
      {
        group: { id: 'bank.web-cluster' },
        members: 3,
        down: 2,
        available: 1,
        required: 2,
        margin: -1,
        state: 'DOWN',
        summary: 'bank.web-cluster: 2 of 3 members down, needs 2 -> DOWN',
      },
    ]);
    expect(impact.nodes.nodes).toEqual([
      {
        id: 'bank.netbanking',
        state: 'DOWN',
        chain: [
          { id: 'bank.web-1', via: null },
          { id: 'bank.web-cluster', via: 'HAS_MEMBER' },
          { id: 'bank.netbanking', via: 'DEPENDS_ON' },
        ],
        verdicts: [{ summary: 'bank.web-cluster: 2 of 3 members down, needs 2 -> DOWN' }],
      },
    ]);
  });

  test('affected nodes page through with cursors', async () => {
    const first = await data(`{ impact(failures: [{ id: "isp.core-rtr-1" }, { id: "isp.core-rtr-2" }]) {
      nodes(first: 10) { totalCount pageInfo { hasNextPage endCursor } nodes { id distance } } } }`);
    const page = first.impact.nodes;
    expect(page.nodes).toHaveLength(10);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await data(
      `query($after: String) { impact(failures: [{ id: "isp.core-rtr-1" }, { id: "isp.core-rtr-2" }]) { nodes(first: 1000, after: $after) { nodes { id distance } pageInfo { hasNextPage } } } }`,
      { after: page.pageInfo.endCursor },
    );
    const all = [...page.nodes, ...second.impact.nodes.nodes];
    expect(all).toHaveLength(page.totalCount);
    expect(new Set(all.map((n: { id: string }) => n.id)).size).toBe(page.totalCount);
    const distances = all.map((n: { distance: number }) => n.distance);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  test('the DNS and directory that hold each other up are flagged as a cold-start risk', async () => {
    const { impact } = await data(`{ impact(failures: [{ id: "bank.san-1", state: DEGRADED }]) {
      cyclicSupport { cycle { id } nodes { id } } } }`);
    expect(impact.cyclicSupport).toHaveLength(1);
    expect(impact.cyclicSupport[0].cycle).toEqual([{ id: 'bank.directory' }, { id: 'bank.dns' }]);
    expect(impact.cyclicSupport[0].nodes.map((n: { id: string }) => n.id)).toEqual(
      expect.arrayContaining(['bank.dns', 'bank.directory', 'bank.teller-workstations', 'bank.if.hr-portal']),
    );
  });
});

describe('singlePointsOfFailure', () => {
  test('net banking: the single points are the data centre, the bank\'s access circuit and the storage array', async () => {
    const { singlePointsOfFailure } = await data(`{ singlePointsOfFailure(target: "bank.netbanking") {
      target { id } sets { components { id } peopleDown } truncated } }`);
    expect(singlePointsOfFailure.sets).toEqual([
      { components: [{ id: 'bank.dc-main' }], peopleDown: 2597649 },
      { components: [{ id: 'isp.access-link.bank' }], peopleDown: 2597649 },
      { components: [{ id: 'bank.san-1' }], peopleDown: 2585000 },
    ]);
    expect(singlePointsOfFailure.truncated).toBe(false);
  });

  test('pairs include the ISP core routers and two of the three web servers', async () => {
    const { singlePointsOfFailure } = await data(`{ singlePointsOfFailure(target: "bank.netbanking", maxSetSize: 2) {
      sets { components { id } } } }`);
    const sets = singlePointsOfFailure.sets.map((s: { components: { id: string }[] }) => s.components.map((c) => c.id).join('+'));
    expect(sets).toEqual(
      expect.arrayContaining(['isp.core-rtr-1+isp.core-rtr-2', 'bank.web-1+bank.web-2', 'bank.web-1+bank.web-3', 'bank.web-2+bank.web-3', 'bank.san-1']),
    );
    expect(sets).not.toContain('bank.san-1+bank.web-1');
  });

  test('maxSetSize other than 1 or 2 is BAD_USER_INPUT', async () => {
    const res = await server.query(`{ singlePointsOfFailure(target: "bank.netbanking", maxSetSize: 3) { candidates } }`);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('rootCauses', () => {
  test('net banking, ATM and counters all down point at the shared storage array first', async () => {
    const { rootCauses } = await data(`{ rootCauses(symptoms: ["bank.netbanking", "bank.atm", "bank.branch-counter"], limit: 3) {
      causes { component { id } explains { id } wronglyPredicts { id } } truncated } }`);
    expect(rootCauses.causes[0]).toEqual({
      component: { id: 'bank.san-1' },
      explains: [{ id: 'bank.netbanking' }, { id: 'bank.atm' }, { id: 'bank.branch-counter' }],
      wronglyPredicts: [],
    });
    expect(rootCauses.causes[1].component.id).toBe('bank.dc-main');
    expect(rootCauses.causes[1].wronglyPredicts.map((n: { id: string }) => n.id)).toEqual(
      expect.arrayContaining(['bank.hr-portal', 'rim.infrastructure-monitoring']),
    );
  });

  test('an unknown symptom is NOT_FOUND', async () => {
    const res = await server.query(`{ rootCauses(symptoms: ["nope"]) { candidates } }`);
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('exposure', () => {
  test('net banking rests on the ISP and the power utility, with its zero-margin points named', async () => {
    const { exposure } = await data(`{ exposure(target: "bank.netbanking") {
      organizations { id }
      zeroMargin { node { id kind } margin groupMargin }
      entries(first: 500) { totalCount nodes { node { id } hops margin singlePointOfFailure } }
    } }`);
    expect(exposure.organizations.map((o: { id: string }) => o.id)).toEqual(['bank', 'isp', 'power-utility', 'rim']);
    const zero = exposure.zeroMargin.map((e: { node: { id: string } }) => e.node.id);
    expect(zero).toEqual(expect.arrayContaining(['bank.dc-main', 'bank.san-1', 'isp.access-link.bank']));
    expect(zero).not.toContain('bank.web-1');
    const entries = Object.fromEntries(exposure.entries.nodes.map((e: { node: { id: string } }) => [e.node.id, e]));
    expect(entries['bank.web-1']).toEqual({ node: { id: 'bank.web-1' }, hops: 2, margin: 1, singlePointOfFailure: false });
    // Path-wise the access circuit sits behind the border-router pair; exactly, it is a single point.
    expect(entries['isp.access-link.bank']).toMatchObject({ margin: 1, singlePointOfFailure: true });
    expect(entries['isp.core-rtr-1'].margin).toBe(1);
    expect(entries['rim.infrastructure-monitoring'].margin).toBeNull();
  });

  test('an organisation\'s exposure covers everything it provides', async () => {
    const { exposure } = await data(`{ exposure(target: "rim") { target { id kind } organizations { id } entries { totalCount } } }`);
    expect(exposure.target).toEqual({ id: 'rim', kind: 'Organization' });
    expect(exposure.organizations.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining(['rim', 'isp']));
    expect(exposure.entries.totalCount).toBeGreaterThan(5);
  });
});
