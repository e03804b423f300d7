import { TestServer, startTestServer } from '../helpers/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const GRAPH = `query($root: ID!, $direction: GraphDirection, $depth: Int, $collapseKinds: [DependencyNodeKind!], $maxNodes: Int) {
  dependencyGraph(root: $root, direction: $direction, depth: $depth, collapseKinds: $collapseKinds, maxNodes: $maxNodes) {
    root { id kind depth }
    nodes { id kind name depth }
    edges { from to type strength via }
    truncated
    truncatedBy
  }
}`;

interface Graph {
  root: { id: string; kind: string; depth: number };
  nodes: { id: string; kind: string; name: string; depth: number }[];
  edges: { from: string; to: string; type: string; strength: string | null; via: string[] }[];
  truncated: boolean;
  truncatedBy: string[];
}

async function graph(variables: Record<string, unknown>): Promise<Graph> {
  const res = await server.query<{ dependencyGraph: Graph }>(GRAPH, variables);
  expect(res.errors).toBeUndefined();
  return res.data!.dependencyGraph;
}

/** Nodes as `id@depth`, edges as `from -> to TYPE [STRENGTH] [via x,y]`, in answer order. */
const nodes = (g: Graph) => g.nodes.map((n) => `${n.id}@${n.depth}`);
const edges = (g: Graph) =>
  g.edges.map((e) => [`${e.from} -> ${e.to} ${e.type}`, e.strength, e.via.length > 0 ? `via ${e.via.join(',')}` : null].filter(Boolean).join(' '));

describe('dependencyGraph over the example world', () => {
  test('what the mobile app needs, two hops out', async () => {
    const answer = await graph({ root: 'bank.if.mobile-app', depth: 2 });
    expect(answer.root).toEqual({ id: 'bank.if.mobile-app', kind: 'ServiceInterface', depth: 0 });
    expect(nodes(answer)).toEqual([
      'bank.if.mobile-app@0',
      'bank.api-gateways@1',
      'bank.netbanking@1',
      'bank.public-dns@1',
      'bank.accounts-db@2',
      'bank.api-gw-1@2',
      'bank.api-gw-2@2',
      'bank.app-servers@2',
      'bank.core-switches@2',
      'bank.dc-main@2',
      'bank.firewalls@2',
      'bank.internet-connectivity@2',
      'bank.load-balancers@2',
      'bank.public-dns-1@2',
      'bank.public-dns-2@2',
      'bank.reporting@2',
      'bank.san-1@2',
      'bank.web-cluster@2',
      'rim.infrastructure-monitoring@2',
    ]);
    expect(edges(answer)).toEqual([
      'bank.api-gateways -> bank.api-gw-1 HAS_MEMBER',
      'bank.api-gateways -> bank.api-gw-2 HAS_MEMBER',
      'bank.api-gw-1 -> bank.firewalls DEPENDS_ON HARD',
      'bank.api-gw-2 -> bank.firewalls DEPENDS_ON HARD',
      'bank.if.mobile-app -> bank.api-gateways DEPENDS_ON HARD',
      'bank.if.mobile-app -> bank.netbanking INTERFACE_OF',
      'bank.if.mobile-app -> bank.public-dns DEPENDS_ON HARD',
      'bank.netbanking -> bank.accounts-db DEPENDS_ON HARD',
      'bank.netbanking -> bank.app-servers DEPENDS_ON HARD',
      'bank.netbanking -> bank.core-switches DEPENDS_ON HARD',
      'bank.netbanking -> bank.dc-main DEPENDS_ON HARD',
      'bank.netbanking -> bank.firewalls DEPENDS_ON HARD',
      'bank.netbanking -> bank.internet-connectivity DEPENDS_ON HARD',
      'bank.netbanking -> bank.load-balancers DEPENDS_ON HARD',
      'bank.netbanking -> bank.reporting DEPENDS_ON SOFT',
      'bank.netbanking -> bank.san-1 DEPENDS_ON HARD',
      'bank.netbanking -> bank.web-cluster DEPENDS_ON HARD',
      'bank.netbanking -> rim.infrastructure-monitoring DEPENDS_ON SOFT',
      'bank.public-dns -> bank.public-dns-1 HAS_MEMBER',
      'bank.public-dns -> bank.public-dns-2 HAS_MEMBER',
      'bank.public-dns-1 -> bank.firewalls DEPENDS_ON HARD',
      'bank.public-dns-2 -> bank.firewalls DEPENDS_ON HARD',
      'bank.reporting -> bank.accounts-db DEPENDS_ON HARD',
    ]);
    expect(answer).toMatchObject({ truncated: true, truncatedBy: ['depth'] });
    expect(answer.nodes.find((n) => n.id === 'bank.netbanking')).toEqual({ id: 'bank.netbanking', kind: 'Service', name: 'Net Banking', depth: 1 });
  });

  test('collapsing redundancy groups joins business internet straight to the routers behind them', async () => {
    const answer = await graph({ root: 'isp.business-internet', collapseKinds: ['RedundancyGroup'] });
    expect(nodes(answer)).toEqual([
      'isp.business-internet@0',
      'isp.noc-monitoring@1',
      'isp.noc-team@1',
      'isp.core-rtr-1@2',
      'isp.core-rtr-2@2',
      'isp.dns-resolver-1@2',
      'isp.dns-resolver-2@2',
      'isp.pe-rtr-1@2',
      'isp.pe-rtr-2@2',
      'isp.pop-crac-1@2',
      'isp.pop-crac-2@2',
      'isp.pop-generator@2',
      'isp.pop-ups@2',
      'isp.transit-link-1@2',
      'isp.transit-link-2@2',
      'isp.pop-grid-feed@3',
      'power-utility.grid-supply@4',
      'power-utility.control-centre@5',
      'power-utility.substation-east@6',
      'power-utility.substation-north@6',
    ]);
    expect(edges(answer).filter((e) => e.startsWith('isp.business-internet ') || e.startsWith('isp.pe-rtr-1 '))).toEqual([
      'isp.business-internet -> isp.core-rtr-1 COLLAPSED HARD via isp.core-routers',
      'isp.business-internet -> isp.core-rtr-2 COLLAPSED HARD via isp.core-routers',
      'isp.business-internet -> isp.dns-resolver-1 COLLAPSED HARD via isp.dns-resolvers',
      'isp.business-internet -> isp.dns-resolver-2 COLLAPSED HARD via isp.dns-resolvers',
      'isp.business-internet -> isp.noc-monitoring DEPENDS_ON SOFT',
      'isp.business-internet -> isp.noc-team DEPENDS_ON SOFT',
      'isp.business-internet -> isp.pe-rtr-1 COLLAPSED HARD via isp.pe-routers',
      'isp.business-internet -> isp.pe-rtr-2 COLLAPSED HARD via isp.pe-routers',
      'isp.business-internet -> isp.pop-crac-1 COLLAPSED HARD via isp.pop-cooling',
      'isp.business-internet -> isp.pop-crac-2 COLLAPSED HARD via isp.pop-cooling',
      'isp.business-internet -> isp.pop-generator COLLAPSED HARD via isp.pop-power',
      'isp.business-internet -> isp.pop-ups COLLAPSED HARD via isp.pop-power',
      'isp.business-internet -> isp.transit-link-1 COLLAPSED HARD via isp.transit-links',
      'isp.business-internet -> isp.transit-link-2 COLLAPSED HARD via isp.transit-links',
      'isp.pe-rtr-1 -> isp.core-rtr-1 COLLAPSED HARD via isp.core-routers',
      'isp.pe-rtr-1 -> isp.core-rtr-2 COLLAPSED HARD via isp.core-routers',
      'isp.pe-rtr-1 -> isp.pop-generator COLLAPSED HARD via isp.pop-power',
      'isp.pe-rtr-1 -> isp.pop-ups COLLAPSED HARD via isp.pop-power',
    ]);
    expect(answer.edges).toHaveLength(39);
    expect(answer.nodes.some((n) => n.kind === 'RedundancyGroup')).toBe(false);
    // Six hops reach the substations, the end of this walk: nothing was left out.
    expect(answer).toMatchObject({ truncated: false, truncatedBy: [] });
  });

  test('what needs net banking: its interfaces, its offerings and the account holders they are for', async () => {
    const answer = await graph({ root: 'bank.netbanking', direction: 'DOWNSTREAM', depth: 2 });
    expect(nodes(answer)).toEqual([
      'bank.netbanking@0',
      'bank.if.mobile-app@1',
      'bank.if.netbanking-web@1',
      'bank.offering.business-netbanking@1',
      'bank.offering.retail-netbanking@1',
      'bank.cg.business-account-holders@2',
      'bank.cg.retail-account-holders@2',
    ]);
    expect(edges(answer)).toEqual([
      'bank.if.mobile-app -> bank.netbanking INTERFACE_OF',
      'bank.if.netbanking-web -> bank.netbanking INTERFACE_OF',
      'bank.offering.business-netbanking -> bank.cg.business-account-holders TARGETS',
      'bank.offering.business-netbanking -> bank.netbanking INCLUDES',
      'bank.offering.retail-netbanking -> bank.cg.retail-account-holders TARGETS',
      'bank.offering.retail-netbanking -> bank.netbanking INCLUDES',
    ]);
    expect(answer.truncated).toBe(false);
  });

  test('a consumer group rests on the offerings that target it', async () => {
    const answer = await graph({ root: 'bank.cg.employees', depth: 2 });
    expect(nodes(answer)).toEqual(['bank.cg.employees@0', 'bank.offering.hr-self-service@1', 'bank.hr-portal@2']);
    expect(edges(answer)).toEqual([
      'bank.offering.hr-self-service -> bank.cg.employees TARGETS',
      'bank.offering.hr-self-service -> bank.hr-portal INCLUDES',
    ]);
    expect(answer.truncatedBy).toEqual(['depth']);
  });

  test('maxNodes keeps the nearest nodes and says it cut', async () => {
    const answer = await graph({ root: 'isp.core-routers', direction: 'DOWNSTREAM', depth: 2, maxNodes: 5 });
    expect(nodes(answer)).toEqual(['isp.core-routers@0', 'isp.business-internet@1', 'isp.mpls-vpn@1', 'isp.pe-rtr-1@1', 'isp.pe-rtr-2@1']);
    expect(edges(answer)).toEqual([
      'isp.business-internet -> isp.core-routers DEPENDS_ON HARD',
      'isp.mpls-vpn -> isp.core-routers DEPENDS_ON HARD',
      'isp.pe-rtr-1 -> isp.core-routers DEPENDS_ON HARD',
      'isp.pe-rtr-2 -> isp.core-routers DEPENDS_ON HARD',
    ]);
    expect(answer.truncatedBy).toEqual(['depth', 'maxNodes']);
  });

  test('the AD and DNS cycle terminates', async () => {
    const answer = await graph({ root: 'bank.directory', depth: 50 });
    expect(edges(answer)).toEqual(expect.arrayContaining(['bank.directory -> bank.dns DEPENDS_ON HARD', 'bank.dns -> bank.directory DEPENDS_ON HARD']));
    expect(new Set(answer.nodes.map((n) => n.id)).size).toBe(answer.nodes.length);
    expect(answer.truncated).toBe(false);
  });

  test('each node gives the full entity through the request\'s loader', async () => {
    const res = await server.query<any>(`{
      dependencyGraph(root: "bank.web-cluster", depth: 1) {
        nodes { id node { __typename ... on Component { kind } ... on RedundancyGroup { minUp } } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.dependencyGraph.nodes).toEqual([
      { id: 'bank.web-cluster', node: { __typename: 'RedundancyGroup', minUp: 2 } },
      { id: 'bank.web-1', node: { __typename: 'Component', kind: 'SERVER' } },
      { id: 'bank.web-2', node: { __typename: 'Component', kind: 'SERVER' } },
      { id: 'bank.web-3', node: { __typename: 'Component', kind: 'SERVER' } },
    ]);
  });

  test('arguments given as null take their defaults', async () => {
    const explicit = await graph({ root: 'bank.netbanking', direction: null, depth: null, collapseKinds: null, maxNodes: null });
    const omitted = await graph({ root: 'bank.netbanking' });
    expect(explicit).toEqual(omitted);
    expect(Math.max(...omitted.nodes.map((n) => n.depth))).toBe(6);
  });

  test('one statement fetches the graph, however deep', async () => {
    for (const depth of [1, 50]) {
      const before = server.gateway.statementCount;
      await graph({ root: 'isp.core-routers', direction: 'DOWNSTREAM', depth });
      expect(server.gateway.statementCount - before).toBe(1);
    }
  });
});

describe('dependencyGraph errors', () => {
  const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

  test('an unknown root is NOT_FOUND and named', async () => {
    const res = await server.query(GRAPH, { root: 'no.such.node' });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', ids: ['no.such.node'] } });
  });

  test.each([
    ['depth 0', { depth: 0 }, 'BAD_USER_INPUT'],
    ['depth 51', { depth: 51 }, 'BAD_USER_INPUT'],
    ['maxNodes 0', { maxNodes: 0 }, 'BAD_USER_INPUT'],
    // A page of 20,000 nodes with their fields is over the default cost limit already, so the
    // request is refused before the service's own range check sees it.
    ['maxNodes 20001', { maxNodes: 20001 }, 'QUERY_TOO_COSTLY'],
  ])('%s is %s', async (_case, caps, code) => {
    const res = await server.query(GRAPH, { root: 'bank.netbanking', ...caps });
    expect(codeOf(res)).toBe(code);
  });

  test('an organisation is no root of a dependency graph', async () => {
    const res = await server.query(GRAPH, { root: 'bank' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('Organization');
  });

  test('an unknown kind to collapse is a validation error', async () => {
    const res = await server.query(GRAPH, { root: 'bank.netbanking', collapseKinds: ['Organization'] });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });
});
