import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestServer, startTestServer } from '../helpers/testServer';

let server: TestServer;
const FIXTURES = join(__dirname, '..', 'fixtures', 'networks');
const imported: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.gateway.write('deleteEntitiesByIds', { ids: imported });
  await server.close();
});

const ok = <T = any>(query: string, variables: Record<string, unknown> = {}) => server.ok<T>(query, variables);

const IMPACT = `query($failures: [FailureInput!]!) { impact(failures: $failures) {
  summary { networks { down degraded } connectivities { down degraded } peopleDown }
  consumerGroups { consumerGroup { id } state people chain { id via } }
} }`;
const failing = (...ids: string[]) => ({ failures: ids.map((id) => ({ id })) });

describe('networks: the ISP backbone (Abilene) in the example world', () => {
  test('one backbone router fails: the network is DEGRADED, nobody is cut off', async () => {
    for (const router of ['isp.bb.chicago', 'isp.bb.new-york', 'isp.bb.washington-dc', 'isp.bb.seattle']) {
      const { impact } = await ok(IMPACT, failing(router));
      expect(impact.summary).toEqual({ networks: { down: 0, degraded: 1 }, connectivities: { down: 0, degraded: 0 }, peopleDown: 0 });
    }
  });

  test('both bank PoPs fail: the transit connectivity is DOWN and the chain runs through it to the account holders', async () => {
    const { impact } = await ok(IMPACT, failing('isp.bb.new-york', 'isp.bb.washington-dc'));
    expect(impact.summary.connectivities).toEqual({ down: 1, degraded: 0 });
    const retail = impact.consumerGroups.find((g: any) => g.consumerGroup.id === 'bank.cg.retail-account-holders');
    expect(retail).toMatchObject({ state: 'DOWN', people: 2400000 });
    expect(retail.chain.slice(0, 3)).toEqual([
      { id: 'isp.bb.new-york', via: null },
      { id: 'isp.connectivity.harbour-bank', via: 'THROUGH' },
      { id: 'bank.internet-connectivity', via: 'DEPENDS_ON' },
    ]);
  });

  test('tolerance: survives any single failure; a named pair cuts it; after one failure, single cuts are named', async () => {
    const TOLERANCE = `query($failures: [FailureInput!]) { tolerance(connectivity: "isp.connectivity.harbour-bank", failures: $failures) {
      state tolerance cut { id } singleCuts { id } bestPath { id } routable summary network { id } } }`;
    const healthy = (await ok(TOLERANCE)).tolerance;
    expect(healthy).toEqual({
      state: 'UP',
      tolerance: 2,
      cut: [{ id: 'isp.bb.new-york' }, { id: 'isp.bb.washington-dc' }],
      singleCuts: [],
      bestPath: [{ id: 'isp.bb.new-york' }, { id: 'isp.bb.new-york--chicago' }, { id: 'isp.bb.chicago' }],
      routable: true,
      summary: 'isp.connectivity.harbour-bank is UP; survives any single failure; these 2 together take it DOWN: isp.bb.new-york, isp.bb.washington-dc',
      network: { id: 'isp.backbone' },
    });
    const afterOne = (await ok(TOLERANCE, { failures: [{ id: 'isp.bb.new-york' }] })).tolerance;
    expect(afterOne).toMatchObject({ state: 'UP', tolerance: 1, singleCuts: [{ id: 'isp.bb.washington-dc' }, { id: 'isp.bb.washington-dc--atlanta' }, { id: 'isp.bb.atlanta' }] });
    const cut = (await ok(TOLERANCE, { failures: [{ id: 'isp.bb.new-york' }, { id: 'isp.bb.atlanta' }] })).tolerance;
    expect(cut).toMatchObject({ state: 'DOWN', tolerance: 0, cut: [], bestPath: [] });
    const notConnectivity = await server.query(`{ tolerance(connectivity: "bank.netbanking") { state } }`);
    expect(notConnectivity.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('singlePointsOfFailure sees through the mesh: no backbone router alone, the pairs that cut with people counts', async () => {
    const { singlePointsOfFailure } = await ok(`{ singlePointsOfFailure(target: "bank.offering.retail-netbanking", maxSetSize: 2) {
      truncated sets { components { id } peopleDown } } }`);
    expect(singlePointsOfFailure.truncated).toBe(false);
    const sets = singlePointsOfFailure.sets.map((s: any) => s.components.map((c: { id: string }) => c.id));
    const backbone = sets.filter((ids: string[]) => ids.some((id) => id.startsWith('isp.bb.')));
    expect(backbone.filter((ids: string[]) => ids.length === 1)).toEqual([]);
    expect(backbone).toContainEqual(['isp.bb.new-york', 'isp.bb.washington-dc']);
    expect(backbone).toContainEqual(['isp.bb.chicago', 'isp.bb.seattle']);
    // Exactly the pairs that separate {New York, Washington DC} from {Chicago, Seattle} in Abilene.
    expect(backbone).toHaveLength(10);
    const pair = singlePointsOfFailure.sets.find((s: any) => s.components.map((c: { id: string }) => c.id).join() === 'isp.bb.new-york,isp.bb.washington-dc');
    expect(pair.peopleDown).toBe(2597649);
  });

  test('exposure: a backbone router has margin 1 (one more failure needed), the connectivity tolerance - 1', async () => {
    const { exposure } = await ok(`{ exposure(target: "bank.netbanking") { entries(first: 1000) { nodes { node { id } margin groupMargin } } } }`);
    const byId = Object.fromEntries(exposure.entries.nodes.map((e: any) => [e.node.id, e]));
    expect(byId['isp.connectivity.harbour-bank']).toMatchObject({ margin: 0, groupMargin: 1 });
    expect(byId['isp.bb.denver']).toMatchObject({ margin: 1 });
    expect(byId['isp.bb.new-york']).toMatchObject({ margin: 1 });
  });

  test('recoveryPlan: the PoPs first, then the connectivity, then what rests on it', async () => {
    const { recoveryPlan } = await ok(`{ recoveryPlan(down: ["isp.bb.new-york", "isp.bb.washington-dc"]) {
      failed down layerCount layers { index ids forcedCycle } cycles blocked } }`);
    expect(recoveryPlan.layers.slice(0, 3)).toEqual([
      { index: 0, ids: ['isp.bb.new-york', 'isp.bb.washington-dc'], forcedCycle: null },
      { index: 1, ids: ['isp.connectivity.harbour-bank'], forcedCycle: null },
      { index: 2, ids: ['bank.internet-connectivity'], forcedCycle: null },
    ]);
    expect(recoveryPlan).toMatchObject({ down: 16, layerCount: 6, cycles: [], blocked: [] });
  });

  test('recoveryPlan of a whole site: every DOWN node once, power before what it feeds; bad arguments are BAD_USER_INPUT', async () => {
    const { recoveryPlan } = await ok(`{ recoveryPlan(site: "Harbour Bank DC1, Harbour City") { failed down layers(first: 100) { index ids forcedCycle } blocked } }`);
    const all = recoveryPlan.layers.flatMap((l: { ids: string[] }) => l.ids);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(recoveryPlan.down);
    const layerOf = (id: string) => recoveryPlan.layers.findIndex((l: { ids: string[] }) => l.ids.includes(id));
    expect(layerOf('bank.dc-grid-feed')).toBeLessThan(layerOf('bank.dc-ups-a'));
    expect(layerOf('bank.san-1')).toBeLessThan(layerOf('bank.accounts-db-primary'));
    expect(recoveryPlan.failed).toContain('bank.dc-main');
    for (const args of ['', 'down: ["isp.bb.chicago"], site: "x"', 'site: "Nowhere"']) {
      const res = await server.query(`{ recoveryPlan(${args}) { down } }`.replace('()', ''));
      expect(res.errors?.[0].extensions?.code).toBe(args === '' ? 'BAD_USER_INPUT' : 'BAD_USER_INPUT');
    }
  });
});

describe('networks in dependency graphs and deletes', () => {
  test('the dependency graph of the bank transit reaches through its network to every router and link', async () => {
    const { dependencyGraph } = await ok(`{ dependencyGraph(root: "isp.connectivity.harbour-bank", depth: 2) {
      nodes { id kind depth } edges { from to type } truncated } }`);
    expect(dependencyGraph.truncated).toBe(false);
    expect(dependencyGraph.nodes.filter((n: { kind: string }) => n.kind === 'Network')).toEqual([{ id: 'isp.backbone', kind: 'Network', depth: 1 }]);
    // 11 routers and 14 links, all at depth 2, each reached over HAS_ELEMENT.
    expect(dependencyGraph.nodes.filter((n: { depth: number }) => n.depth === 2)).toHaveLength(25);
    expect(dependencyGraph.edges).toContainEqual({ from: 'isp.connectivity.harbour-bank', to: 'isp.backbone', type: 'THROUGH' });
    expect(dependencyGraph.edges).toContainEqual({ from: 'isp.backbone', to: 'isp.bb.denver', type: 'HAS_ELEMENT' });
  });

  test('a router is not deleted without cascade while its network, its links or a connectivity rest on it', async () => {
    const res = await server.query(`mutation { deleteEntity(id: "isp.bb.denver") { deleted { id } } }`);
    expect(res.errors?.[0].extensions).toEqual({
      code: 'HAS_DEPENDANTS',
      dependants: ['isp.backbone', 'isp.bb.denver--kansas-city', 'isp.bb.seattle--denver', 'isp.bb.sunnyvale--denver'],
    });
    const pop = await server.query(`mutation { deleteEntity(id: "isp.bb.new-york") { deleted { id } } }`);
    expect(pop.errors?.[0].extensions?.dependants).toContain('isp.connectivity.harbour-bank');
  });
});

describe('networkProblems', () => {
  test('the example world has none; a connectivity attached outside its network is named', async () => {
    expect((await ok(`{ networkProblems { id kind message } }`)).networkProblems).toEqual([]);
    imported.push('test.net.stray');
    await ok(`mutation { upsertConnectivity(input: { id: "test.net.stray", name: "Stray" }) { id } }`);
    await ok(`mutation { connect(input: { type: THROUGH, from: "test.net.stray", to: "isp.backbone" }) { created } }`);
    await ok(`mutation { connect(input: { type: ATTACHED_AT, from: "test.net.stray", to: "bank.web-1" }) { created } }`);
    await ok(`mutation { connect(input: { type: REACHES, from: "test.net.stray", to: "isp.bb.chicago" }) { created } }`);
    expect((await ok(`{ networkProblems { id kind message } }`)).networkProblems).toEqual([
      { id: 'test.net.stray', kind: 'NO_POINTS', message: 'connectivity test.net.stray has no attachment point (ATTACHED_AT) in isp.backbone: it constrains nothing' },
      { id: 'test.net.stray', kind: 'POINT_NOT_IN_NETWORK', message: 'connectivity test.net.stray names bank.web-1, which is not a router of isp.backbone' },
    ]);
    await server.gateway.write('deleteEntitiesByIds', { ids: ['test.net.stray'] });
  });
});

describe('importNetwork: GraphML and GML from the Internet Topology Zoo', () => {
  const IMPORT = `mutation($format: NetworkFormat!, $text: String!, $network: NetworkImportInput!, $dryRun: Boolean) {
    importNetwork(format: $format, text: $text, network: $network, dryRun: $dryRun) { dryRun nodes { created updated unchanged } relationships { created updated unchanged } notes } }`;

  test('GML of Abilene imports as a network whose mesh drives impact; importing again changes nothing', async () => {
    const text = readFileSync(join(FIXTURES, 'abilene.gml'), 'utf8');
    const network = { id: 'test.net.abilene', name: 'Abilene (test)', idPrefix: 'test.ab', owner: 'isp' };
    const first = (await ok(IMPORT, { format: 'GML', text, network })).importNetwork;
    // 1 network + 11 routers + 14 links; 25 HAS_ELEMENT + 28 link ends + 25 OWNED_BY.
    expect(first).toEqual({ dryRun: false, nodes: { created: 26, updated: 0, unchanged: 0 }, relationships: { created: 78, updated: 0, unchanged: 0 }, notes: [] });
    const { components } = await ok(`{ components(filter: { nameContains: "Chicago" }, first: 50) { nodes { id kind attributes networks { id } } } }`);
    const chicago = components.nodes.find((c: { id: string }) => c.id === 'test.ab.chicago');
    expect(chicago).toMatchObject({ kind: 'ROUTER', networks: [{ id: 'test.net.abilene' }] });
    expect(JSON.parse(chicago.attributes)).toMatchObject({ label: 'Chicago' });
    imported.push('test.net.abilene', ...(await ok(`{ network(id: "test.net.abilene") { elements { id } } }`)).network.elements.map((e: { id: string }) => e.id));
    const again = (await ok(IMPORT, { format: 'GML', text, network })).importNetwork;
    expect(again.nodes).toEqual({ created: 0, updated: 0, unchanged: 26 });
  });

  test('a broken GraphML file lists every problem by line and writes nothing', async () => {
    const before = (await ok(`{ exportTopology }`)).exportTopology;
    const text = readFileSync(join(FIXTURES, 'abilene.graphml'), 'utf8')
      .replace('<edge source="0" target="1">', '<edge source="0" target="99">')
      .replace('<node id="2">', '<node id="1">');
    const res = await server.query(IMPORT, { format: 'GRAPHML', text, network: { id: 'test.net.broken', name: 'Broken', idPrefix: 'test.broken' } });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const problems = res.errors?.[0].extensions?.problems as { path: string; message: string }[];
    expect(problems.length).toBeGreaterThanOrEqual(2);
    for (const p of problems) expect(p.path).toMatch(/^line \d+$/);
    expect((await ok(`{ exportTopology }`)).exportTopology).toEqual(before);
  });
});
