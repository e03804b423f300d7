import { loadCypherFiles } from '../../src/neo4j/cypherFiles';
import { Gateway, Params, Row, createDriver } from '../../src/neo4j/gateway';
import { ReadBatcher } from '../../src/store/readBatcher';
import { TestServer, startTestServer } from '../helpers/testServer';

/**
 * Lookups by id asked by different requests at about the same time share one statement
 * (store/readBatcher.ts), and each request still gets its own answer: nothing is cached across
 * requests, a write acknowledged before a question shows in its answer, a failed statement fails
 * only the requests it carried, and authorization and limits still decide per request.
 *
 * The gateway below holds each answer of entitiesWithNeighbours until the test lets it go, so a
 * batch can be kept "in flight" while other requests arrive; with one batch in flight at a time,
 * those requests then go together in the next one.
 */
class HeldGateway extends Gateway {
  readonly sent: string[][] = [];
  /** Statements of entitiesWithNeighbours that have run (their answers possibly still held). */
  ran = 0;
  private held: { release: () => void; done: Promise<void> } | null = null;
  failNext: Error | null = null;

  hold(): void {
    let release!: () => void;
    this.held = { release: () => release(), done: new Promise<void>((resolve) => (release = resolve)) };
  }

  release(): void {
    const held = this.held;
    this.held = null;
    held?.release();
  }

  override async read(name: string, params: Params = {}): Promise<Row[]> {
    if (name !== 'entitiesWithNeighbours') return super.read(name, params);
    this.sent.push([...(params.ids as string[])]);
    const failure = this.failNext;
    this.failNext = null;
    if (failure) throw failure;
    // The statement runs now; only its answer is held, like a slow reply.
    const rows = await super.read(name, params);
    this.ran += 1;
    if (this.held) await this.held.done;
    return rows;
  }
}

const PREFIX = 'test.xbatch.';
const LOOKUP = `query ($id: ID!) { component(id: $id) { id name description dependsOn { node { id } } } }`;
const ANONYMOUS = { authorization: '' };

let server: TestServer;
let gateway: HeldGateway;
const batcher = new ReadBatcher({ maxInFlight: 1 });

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

const lookup = (id: string, headers: Record<string, string> = ANONYMOUS) => server.query<{ component: { id: string; name: string; description: string | null; dependsOn: { node: { id: string } }[] } }>(LOOKUP, { id }, headers);

/**
 * Keeps one lookup's batch in flight (its statement run, its answer held) until `gateway.release()`.
 * The answer comes back wrapped: an async function returning the promise itself would wait for it.
 */
async function occupy(id: string): Promise<{ answer: ReturnType<typeof lookup> }> {
  gateway.hold();
  const ranBefore = gateway.ran;
  const answer = lookup(id);
  const answeredFirst = answer.then((res) => {
    throw new Error(`answered before its statement ran: ${JSON.stringify(res)}`);
  });
  await Promise.race([until(() => gateway.ran > ranBefore), answeredFirst]);
  answeredFirst.catch(() => undefined);
  return { answer };
}

beforeAll(async () => {
  const driver = createDriver(process.env.NEO4J_URI!, process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? '');
  gateway = new HeldGateway(driver, process.env.NEO4J_DATABASE ?? 'neo4j', loadCypherFiles());
  server = await startTestServer(gateway, { statusPollMs: 100, readBatcher: batcher });
  for (const name of ['a', 'b', 'c', 'd']) {
    await server.ok(`mutation($input: ComponentInput!) { upsertComponent(input: $input) { id } }`, { input: { id: `${PREFIX}${name}`, name: `component ${name}`, kind: 'SERVER' } });
  }
  await server.ok(`mutation { connect(input: { type: DEPENDS_ON, from: "${PREFIX}a", to: "${PREFIX}b" }) { created } }`);
});

afterAll(async () => {
  gateway.release();
  await server.gateway.write('deleteEntitiesByIds', { ids: ['a', 'b', 'c', 'd'].map((n) => `${PREFIX}${n}`) });
  await server.close();
});

describe('lookups from different requests at once', () => {
  test('share one statement, and each request gets the answer for its own id', async () => {
    const { answer: blocker } = await occupy(`${PREFIX}d`);
    const [a, b] = [lookup(`${PREFIX}a`), lookup(`${PREFIX}b`)];
    await until(() => batcher.waiting === 2);
    const sentBefore = gateway.sent.length;
    gateway.release();
    const [ra, rb] = await Promise.all([a, b]);
    expect((await blocker).data?.component.id).toBe(`${PREFIX}d`);
    expect(gateway.sent.slice(sentBefore)).toEqual([[`${PREFIX}a`, `${PREFIX}b`]]);
    expect(ra.data?.component).toEqual({ id: `${PREFIX}a`, name: 'component a', description: null, dependsOn: [{ node: { id: `${PREFIX}b` } }] });
    expect(rb.data?.component).toEqual({ id: `${PREFIX}b`, name: 'component b', description: null, dependsOn: [] });
  });

  test('a write acknowledged before a question shows in its answer, even while a batch read before the write is still out', async () => {
    const { answer: before } = await occupy(`${PREFIX}c`);
    await server.ok(`mutation { upsertComponent(input: { id: "${PREFIX}c", description: "written" }) { id } }`);
    const after = lookup(`${PREFIX}c`);
    await until(() => batcher.waiting === 1);
    gateway.release();
    // The batch in flight was read before the write: its answer may not show it; the later question's must.
    expect((await before).data?.component.description).toBeNull();
    expect((await after).data?.component.description).toBe('written');
  });

  test('a failed statement fails every request it carried and no other', async () => {
    const { answer: blocker } = await occupy(`${PREFIX}d`);
    const carried = [lookup(`${PREFIX}a`), lookup(`${PREFIX}b`)];
    await until(() => batcher.waiting === 2);
    gateway.failNext = new Error('the statement failed');
    gateway.release();
    const failed = await Promise.all(carried);
    for (const res of failed) {
      expect(res.data?.component ?? null).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    }
    expect((await blocker).errors).toBeUndefined();
    const next = await lookup(`${PREFIX}c`);
    expect(next.errors).toBeUndefined();
    expect(next.data?.component.id).toBe(`${PREFIX}c`);
  });

  test('authorization and limits still decide per request: a refused request adds nothing to the batch and changes no other answer', async () => {
    const { answer: blocker } = await occupy(`${PREFIX}d`);
    const allowed = lookup(`${PREFIX}a`);
    const tooDeep = server.query(`{ component(id: "${PREFIX}a") { ${'memberOf { members { ... on Component { '.repeat(20)}id${' } } }'.repeat(20)} } }`, {}, ANONYMOUS);
    const badToken = lookup(`${PREFIX}b`, { authorization: 'Bearer not-a-token' });
    const anonymousWrite = server.query(`mutation { upsertComponent(input: { id: "${PREFIX}b", name: "nope" }) { id } }`, {}, ANONYMOUS);
    const refusals = await Promise.all([tooDeep, badToken, anonymousWrite]);
    expect(refusals.map((r) => r.errors?.[0].extensions?.code)).toEqual(['QUERY_TOO_DEEP', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    await until(() => batcher.waiting === 1);
    const sentBefore = gateway.sent.length;
    gateway.release();
    await blocker;
    expect((await allowed).data?.component.id).toBe(`${PREFIX}a`);
    expect(gateway.sent.slice(sentBefore)).toEqual([[`${PREFIX}a`]]);
    expect((await lookup(`${PREFIX}b`)).data?.component.name).toBe('component b');
  });
});
