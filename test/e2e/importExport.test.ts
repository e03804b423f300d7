import { TestServer, startTestServer } from '../helpers/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const EXPORT = `{ exportTopology }`;
const IMPORT = `mutation($document: JSON!, $dryRun: Boolean) {
  importTopology(document: $document, dryRun: $dryRun) {
    dryRun nodes { created updated unchanged } relationships { created updated unchanged }
  }
}`;

async function exported(): Promise<any> {
  const res = await server.query<{ exportTopology: any }>(EXPORT);
  expect(res.errors).toBeUndefined();
  return res.data!.exportTopology;
}

describe('import and export of the topology document', () => {
  test('the export holds the example world in a stable order', async () => {
    const document = await exported();
    expect(document).toMatchObject({ format: 'cascade-topology', version: 1 });
    expect(document.nodes).toHaveLength(260);
    expect(document.relationships).toHaveLength(605);
    expect(document.nodes.find((n: { id: string }) => n.id === 'bank.cg.retail-account-holders')).toEqual({
      label: 'ConsumerGroup',
      id: 'bank.cg.retail-account-holders',
      properties: { description: expect.any(String), name: 'Retail account holders', role: 'USER', size: 2400000 },
    });
    expect(await exported()).toEqual(document);
  });

  test('re-importing the export changes nothing and says so', async () => {
    const document = await exported();
    const res = await server.query(IMPORT, { document });
    expect(res.errors).toBeUndefined();
    expect((res.data as any).importTopology).toEqual({
      dryRun: false,
      nodes: { created: 0, updated: 0, unchanged: 260 },
      relationships: { created: 0, updated: 0, unchanged: 605 },
    });
    expect(await exported()).toEqual(document);
  });

  test('a document with problems lists every one with its path and writes nothing', async () => {
    const before = await exported();
    const document = {
      format: 'cascade-topology',
      version: 1,
      nodes: [
        { label: 'Component', id: 'test.imp.ok', properties: { name: 'Fine', kind: 'SERVER' } },
        { label: 'Component', id: 'test.imp.bad', properties: { name: 'Bad', kind: 'TOASTER', colour: 'red' } },
        { label: 'ConsumerGroup', id: 'test.imp.cg', properties: { name: 'G', size: -1, role: 'USER' } },
        { label: 'Gizmo', id: 'test.imp.gizmo', properties: { name: 'G' } },
      ],
      relationships: [
        { type: 'DEPENDS_ON', from: 'test.imp.ok', to: 'bank.san-1', properties: { strength: 'HARD' } },
        { type: 'DEPENDS_ON', from: 'test.imp.ok', to: 'test.imp.nowhere', properties: { strength: 'HARD' } },
        { type: 'LIKES', from: 'test.imp.ok', to: 'bank' },
      ],
    };
    const res = await server.query(IMPORT, { document });
    expect(res.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [
        { path: 'nodes[1].properties.kind', message: expect.stringContaining('must be one of SERVER') },
        { path: 'nodes[1].properties.colour', message: 'is not a field of Component' },
        { path: 'nodes[2].properties.size', message: 'must be a whole number, 0 or more' },
        { path: 'nodes[3].label', message: '"Gizmo" is not a label of the model' },
        { path: 'relationships[2].type', message: '"LIKES" is not a relationship type of the model' },
        // Ends are checked against the graph in batches, after the local checks of the batch.
        { path: 'relationships[1].to', message: '"test.imp.nowhere" is neither in the document nor in the graph' },
      ],
    });
    expect(await exported()).toEqual(before);
  });

  test('references are checked against the document and the graph, with kinds', async () => {
    const before = await exported();
    const document = {
      format: 'cascade-topology',
      version: 1,
      nodes: [{ label: 'Component', id: 'test.imp.app', properties: { name: 'App', kind: 'APPLICATION' } }],
      relationships: [
        { type: 'DEPENDS_ON', from: 'test.imp.app', to: 'test.imp.nowhere', properties: { strength: 'HARD' } },
        { type: 'DEPENDS_ON', from: 'test.imp.app', to: 'bank', properties: { strength: 'HARD' } },
      ],
    };
    const res = await server.query(IMPORT, { document });
    expect(res.errors?.[0].extensions?.problems).toEqual([
      { path: 'relationships[0].to', message: '"test.imp.nowhere" is neither in the document nor in the graph' },
      { path: 'relationships[1].to', message: 'a Organization cannot be the end of DEPENDS_ON (expects Component or Service or RedundancyGroup or Connectivity)' },
    ]);
    expect(await exported()).toEqual(before);
  });

  test('an import may not leave a group with fewer members than its minUp: refused whole, nothing written', async () => {
    const before = JSON.stringify(await exported());
    const doc = (nodes: unknown[], relationships: unknown[]) => ({ format: 'cascade-topology', version: 1, nodes, relationships });
    // The example world's web cluster has 3 members.
    const raised = await server.query(IMPORT, { document: doc([{ label: 'RedundancyGroup', id: 'bank.web-cluster', properties: { name: 'Web cluster', minUp: 4 } }], []) });
    expect(raised.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', problems: [{ path: 'bank.web-cluster', message: expect.stringContaining('would have 3 members but needs 4') }] } });
    const short = await server.query(IMPORT, {
      document: doc(
        [
          { label: 'RedundancyGroup', id: 'test.imp.grp', properties: { name: 'Two needed', minUp: 2 } },
          { label: 'Component', id: 'test.imp.only', properties: { name: 'Only one', kind: 'SERVER' } },
        ],
        [{ type: 'HAS_MEMBER', from: 'test.imp.grp', to: 'test.imp.only' }],
      ),
    });
    expect(short.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(await exported())).toBe(before);
  });

  test('a dry run validates without writing', async () => {
    const document = {
      format: 'cascade-topology',
      version: 1,
      nodes: [{ label: 'Component', id: 'test.imp.dry', properties: { name: 'Dry', kind: 'SERVER' } }],
      relationships: [],
    };
    const before = JSON.stringify(await exported());
    const history = await server.query(`{ changeHistory(first: 5) { id } }`);
    const res = await server.query(IMPORT, { document, dryRun: true });
    // The counts are those of the real write, rolled back.
    expect(res.data).toEqual({
      importTopology: { dryRun: true, nodes: { created: 1, updated: 0, unchanged: 0 }, relationships: { created: 0, updated: 0, unchanged: 0 } },
    });
    const missing = await server.query(`{ component(id: "test.imp.dry") { id } }`);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(await exported())).toBe(before);
    expect(await server.query(`{ changeHistory(first: 5) { id } }`)).toEqual(history);

    // A dry run refuses what the import would refuse, quorums included.
    const raised = { ...document, nodes: [{ label: 'RedundancyGroup', id: 'bank.web-cluster', properties: { name: 'Web cluster', minUp: 4 } }] };
    const refused = await server.query(IMPORT, { document: raised, dryRun: true });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', problems: [{ path: 'bank.web-cluster', message: expect.stringContaining('would have 3 members but needs 4') }] } });
    expect(JSON.stringify(await exported())).toBe(before);
  });

  test('CSV components and dependencies import the same way, with problems by file and line', async () => {
    const CSV = `mutation($c: String, $d: String) { importCsv(components: $c, dependencies: $d) { nodes { created } relationships { created } } }`;
    const before = await exported();
    const bad = await server.query(CSV, {
      c: 'id,name,kind,owner\ntest.csv.web,Web,SERVER,bank\ntest.csv.db,DB,TOASTER,bank\n',
      d: 'from,to,strength\ntest.csv.web,test.csv.db,HARD\ntest.csv.web,test.csv.nowhere,SOFT\n',
    });
    expect(bad.errors?.[0].extensions?.problems).toEqual([
      { path: 'components.csv:3 kind', message: expect.stringContaining('must be one of SERVER') },
      { path: 'dependencies.csv:3 to', message: '"test.csv.nowhere" is neither in the document nor in the graph' },
    ]);
    expect(await exported()).toEqual(before);

    const good = await server.query(CSV, {
      c: 'id,name,kind,owner\ntest.csv.web,Web,SERVER,bank\ntest.csv.db,DB,DATABASE,bank\n',
      d: 'from,to\ntest.csv.web,test.csv.db\ntest.csv.db,bank.san-1\n',
    });
    try {
      expect((good.data as any).importCsv).toEqual({ nodes: { created: 2 }, relationships: { created: 4 } });
      const { data } = await server.query<any>(`{ impact(failures: [{ id: "bank.san-1" }]) { nodes(kinds: [Component]) { nodes { id state } } } }`);
      expect(data.impact.nodes.nodes).toEqual(expect.arrayContaining([{ id: 'test.csv.web', state: 'DOWN' }]));
    } finally {
      await server.gateway.write('deleteEntitiesByIds', { ids: ['test.csv.web', 'test.csv.db'] });
    }
  });

  test('export, import into an empty database, export again: identical documents', async () => {
    const document = await exported();
    await server.gateway.write('deleteEverything');
    expect((await exported()).nodes).toEqual([]);
    // Into an empty graph everything is created without comparing; a refusal at the end still takes it all back.
    const raised = { ...document, nodes: document.nodes.map((n: any) => (n.id === 'bank.web-cluster' ? { ...n, properties: { ...n.properties, minUp: 4 } } : n)) };
    const refused = await server.query(IMPORT, { document: raised });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', problems: [{ path: 'bank.web-cluster', message: expect.stringContaining('would have 3 members but needs 4') }] } });
    expect(await exported()).toEqual({ ...document, nodes: [], relationships: [] });
    const res = await server.query(IMPORT, { document });
    expect((res.data as any).importTopology.nodes).toEqual({ created: 260, updated: 0, unchanged: 0 });
    expect((res.data as any).importTopology.relationships).toEqual({ created: 605, updated: 0, unchanged: 0 });
    expect(await exported()).toEqual(document);
  });
});
