import { TestServer, startTestServer } from '../helpers/testServer';
import { testGateway } from '../helpers/testDatabase';

/**
 * Every kind of topology write, acknowledged by one API process, is in the very next impact answer
 * of another, which held the topology lease (answering from memory without asking the graph) when
 * the write arrived. The reader's lease is short and regranted at once (quietMs 0), so each write
 * meets a holder; that it did is checked by the statements the reader sent, not by timing.
 */
let writer: TestServer;
let reader: TestServer;
const P = 'test.ryw2';
const IDS = [`${P}.s`, `${P}.a`, `${P}.b`, `${P}.g`, `${P}.imp`];

beforeAll(async () => {
  // The writer never holds the lease (else the reader would be refused it); the reader does not
  // poll statuses, so the statements it sends are its questions' alone.
  writer = await startTestServer(testGateway(), { statusPollMs: 100, topologyLease: false });
  reader = await startTestServer(testGateway(), { statusPollMs: 3_600_000, topologyLease: { ttlMs: 1500, quietMs: 0, retryMs: 50 } });
});
afterAll(async () => {
  await writer.gateway.write('deleteEntitiesByIds', { ids: IDS });
  await writer.close();
  await reader.close();
});

const write = (mutation: string, variables: Record<string, unknown> = {}) => writer.ok(mutation, variables);

const IMPACT = `query($id: ID!) { impact(failures: [{ id: $id }]) { nodes(first: 100) { nodes { id state } } } }`;

/** Asks the reader until one answer costs it no statement (it holds the lease and trusts what it holds). */
async function readerHoldsLease(): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const before = reader.gateway.statementCount;
    const res = await reader.query(IMPACT, { id: 'bank.san-1' });
    expect(res.errors).toBeUndefined();
    if (reader.gateway.statementCount === before) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the reader never answered from its lease');
}

async function stateOnReader(failure: string, of: string): Promise<string> {
  const res = await reader.query<{ impact: { nodes: { nodes: { id: string; state: string }[] } } }>(IMPACT, { id: failure });
  expect(res.errors).toBeUndefined();
  return res.data!.impact.nodes.nodes.find((n) => n.id === of)?.state ?? 'UP';
}

describe('each kind of write by one API process is in the next answer of another that held the lease', () => {
  test('create, connect, change a group, disconnect, import, delete: in order, each seen at once', async () => {
    await readerHoldsLease();
    await write(`mutation { upsertService(input: { id: "${P}.s", name: "RYW service" }) { id } }`);
    await write(`mutation { upsertComponent(input: { id: "${P}.a", name: "RYW a", kind: SERVER }) { id } }`);
    // A new node: known to the reader (an unknown id would be NOT_FOUND).
    expect(await stateOnReader(`${P}.a`, `${P}.a`)).toBe('DOWN');

    await readerHoldsLease();
    await write(`mutation { connect(input: { type: DEPENDS_ON, from: "${P}.s", to: "${P}.a", strength: HARD }) { strength } }`);
    expect(await stateOnReader(`${P}.a`, `${P}.s`)).toBe('DOWN');

    await readerHoldsLease();
    await write(`mutation { connect(input: { type: DEPENDS_ON, from: "${P}.s", to: "${P}.a", strength: SOFT }) { strength } }`);
    expect(await stateOnReader(`${P}.a`, `${P}.s`)).toBe('DEGRADED');

    // The service moves onto a 2-of-2 group of a and b.
    await write(`mutation { disconnect(input: { type: DEPENDS_ON, from: "${P}.s", to: "${P}.a" }) { removed } }`);
    await write(`mutation { upsertComponent(input: { id: "${P}.b", name: "RYW b", kind: SERVER }) { id } }`);
    await write(`mutation { upsertRedundancyGroup(input: { id: "${P}.g", name: "RYW pair", minUp: 2 }) { id } }`);
    await write(`mutation { connect(input: { type: HAS_MEMBER, from: "${P}.g", to: "${P}.a" }) { type } }`);
    await write(`mutation { connect(input: { type: HAS_MEMBER, from: "${P}.g", to: "${P}.b" }) { type } }`);
    await readerHoldsLease();
    await write(`mutation { connect(input: { type: DEPENDS_ON, from: "${P}.s", to: "${P}.g", strength: HARD }) { strength } }`);
    expect(await stateOnReader(`${P}.a`, `${P}.s`)).toBe('DOWN');

    // Only a group's minUp changes: one of two is then enough.
    await readerHoldsLease();
    await write(`mutation { upsertRedundancyGroup(input: { id: "${P}.g", name: "RYW pair", minUp: 1 }) { id } }`);
    expect(await stateOnReader(`${P}.a`, `${P}.s`)).toBe('DEGRADED');

    await readerHoldsLease();
    await write(`mutation { disconnect(input: { type: DEPENDS_ON, from: "${P}.s", to: "${P}.g" }) { removed } }`);
    expect(await stateOnReader(`${P}.a`, `${P}.s`)).toBe('UP');

    // An import: a new component the service rests on.
    await readerHoldsLease();
    await write(`mutation($document: JSON!) { importTopology(document: $document) { dryRun } }`, {
      document: {
        format: 'cascade-topology',
        version: 1,
        nodes: [{ label: 'Component', id: `${P}.imp`, properties: { name: 'RYW imported', kind: 'SERVER' } }],
        relationships: [{ type: 'DEPENDS_ON', from: `${P}.s`, to: `${P}.imp`, properties: { strength: 'HARD' } }],
      },
    });
    expect(await stateOnReader(`${P}.imp`, `${P}.s`)).toBe('DOWN');

    await readerHoldsLease();
    await write(`mutation { deleteEntity(id: "${P}.imp", cascade: true) { deleted { id } } }`);
    const gone = await reader.query(IMPACT, { id: `${P}.imp` });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  test('a write outside Cascade (plain Cypher through the reader\'s own gateway) is in its next answer too', async () => {
    await write(`mutation { upsertComponent(input: { id: "${P}.a", name: "RYW a", kind: SERVER }) { id } }`);
    await readerHoldsLease();
    await reader.gateway.write('deleteEntitiesByIds', { ids: [`${P}.a`] });
    const gone = await reader.query(IMPACT, { id: `${P}.a` });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
