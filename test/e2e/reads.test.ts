import { TestServer, startTestServer } from '../helpers/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('reading the example world over HTTP', () => {
  test('an entity comes by id with its fields', async () => {
    const res = await server.query(`{ consumerGroup(id: "bank.cg.retail-account-holders") { id name size role organization { id } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      consumerGroup: { id: 'bank.cg.retail-account-holders', name: expect.any(String), size: 2400000, role: 'USER', organization: { id: 'bank' } },
    });
  });

  test('every entity type is reachable by id', async () => {
    const ids: Record<string, string> = {
      organization: 'bank',
      consumerGroup: 'bank.cg.employees',
      component: 'isp.core-rtr-1',
      redundancyGroup: 'isp.core-routers',
      service: 'bank.netbanking',
      serviceInterface: 'bank.if.mobile-app',
      serviceOffering: 'bank.offering.retail-netbanking',
      serviceRelationship: 'sr.isp-bank',
    };
    for (const [field, id] of Object.entries(ids)) {
      const res = await server.query(`query($id: ID!) { ${field}(id: $id) { id name } }`, { id });
      expect(res.errors).toBeUndefined();
      expect((res.data as Record<string, { id: string }>)[field].id).toBe(id);
    }
  });

  test('the node query resolves any entity to its concrete type', async () => {
    const res = await server.query(`{ node(id: "isp.core-routers") { __typename id ... on RedundancyGroup { minUp members { id } } } }`);
    expect(res.data).toEqual({
      node: { __typename: 'RedundancyGroup', id: 'isp.core-routers', minUp: 1, members: [{ id: 'isp.core-rtr-1' }, { id: 'isp.core-rtr-2' }] },
    });
  });

  test('lists page through with cursors, each item exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 50; page += 1) {
      const res: { data?: Record<string, unknown> } = await server.query(
        `query($after: String) { components(first: 25, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      const conn = res.data!.components as { totalCount: number; nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      total = conn.totalCount;
      seen.push(...conn.nodes.map((n) => n.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(total).toBeGreaterThanOrEqual(60);
    expect([...seen].sort()).toEqual(seen);
  });

  test('lists filter by kind and by name', async () => {
    const res = await server.query(`{
      routers: components(filter: { kind: ROUTER }, first: 100) { nodes { kind } totalCount }
      core: components(filter: { nameContains: "core router" }) { nodes { id } }
      users: consumerGroups(filter: { role: USER }) { nodes { role } }
    }`);
    const data = res.data as Record<string, { nodes: Record<string, string>[]; totalCount?: number }>;
    expect(data.routers.totalCount).toBeGreaterThan(2);
    expect(data.routers.nodes.every((n) => n.kind === 'ROUTER')).toBe(true);
    expect(data.core.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['isp.core-rtr-1', 'isp.core-rtr-2']));
    expect(data.users.nodes.length).toBeGreaterThan(0);
    expect(data.users.nodes.every((n) => n.role === 'USER')).toBe(true);
  });

  test('navigation works both ways along relationships', async () => {
    const res = await server.query(`{
      organization(id: "bank") {
        services { id }
        offerings { id }
        relationshipsAsConsumer { id provider { id } }
        relationshipsAsProvider { id }
      }
      service(id: "bank.netbanking") {
        provider { id }
        interfaces { id channel }
        offerings { id consumerGroups { id } }
        components { id }
        dependsOn { strength node { id } }
      }
      component(id: "isp.core-rtr-1") { memberOf { id dependants { node { id } } } owner { id } product { id maker { id } } }
    }`);
    expect(res.errors).toBeUndefined();
    const data = res.data as any;
    expect(data.organization.services.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(['bank.netbanking', 'bank.hr-portal', 'bank.atm']));
    expect(data.organization.relationshipsAsConsumer).toEqual(expect.arrayContaining([{ id: 'sr.isp-bank', provider: { id: 'isp' } }]));
    expect(data.service.provider).toEqual({ id: 'bank' });
    expect(data.service.interfaces).toEqual(expect.arrayContaining([{ id: 'bank.if.netbanking-web', channel: 'WEB' }, { id: 'bank.if.mobile-app', channel: 'MOBILE_APP' }]));
    expect(data.service.offerings).toEqual(
      expect.arrayContaining([{ id: 'bank.offering.retail-netbanking', consumerGroups: expect.arrayContaining([{ id: 'bank.cg.retail-account-holders' }]) }]),
    );
    expect(data.service.components.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(['bank.web-1', 'bank.web-2', 'bank.web-3', 'bank.san-1']));
    expect(data.service.dependsOn).toEqual(expect.arrayContaining([{ strength: 'HARD', node: { id: 'bank.internet-connectivity' } }, { strength: 'SOFT', node: { id: 'rim.infrastructure-monitoring' } }]));
    expect(data.component.memberOf[0].id).toBe('isp.core-routers');
    expect(data.component.memberOf[0].dependants.map((d: { node: { id: string } }) => d.node.id)).toEqual(expect.arrayContaining(['isp.business-internet']));
    expect(data.component.owner).toEqual({ id: 'isp' });
    expect(data.component.product.maker.id).toMatch(/^vendor\./);
  });

  test('utility, warranty, costs and risks of the HR portal are readable', async () => {
    const res = await server.query(`{ service(id: "bank.hr-portal") {
      utility { features } warranty { availability capacity security continuity }
      costs { effect name } risks { effect nature } outcomes { beneficiaries { id } }
    } }`);
    const service = (res.data as any).service;
    expect(service.utility.features).toEqual(expect.arrayContaining(['online leave and travel claim submission']));
    expect(service.warranty.availability).toBe(99.5);
    expect(service.costs.map((c: { effect: string }) => c.effect)).toEqual(expect.arrayContaining(['INTRODUCED', 'REMOVED']));
    expect(service.risks.map((r: { effect: string }) => r.effect)).toEqual(expect.arrayContaining(['INTRODUCED', 'REMOVED']));
    expect(service.outcomes[0].beneficiaries).toEqual(expect.arrayContaining([{ id: 'bank.cg.employees' }]));
  });
});
