import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { TestServer, startTestServer } from '../helpers/testServer';
import { testGateway } from '../helpers/testDatabase';

/**
 * The findings of the exposure review, replayed as a hostile caller would over real HTTP and
 * WebSocket: each is refused with its code before it costs anything, a cheap question answers
 * meanwhile, and the graph is as it was.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(testGateway(), { statusPollMs: 100, security: { maxSubscriptionsPerConnection: 20 } });
});
afterAll(async () => {
  await server.close();
});

const exportOf = async () => JSON.stringify((await server.ok(`{ exportTopology }`)).exportTopology);
const cheap = () => server.query(`{ service(id: "bank.netbanking") { id } }`);

/** memberOf { members { ... on Component { memberOf { members ... } } } } nested `levels` deep. */
function memberOfBomb(levels: number): string {
  let inner = 'id';
  for (let i = 0; i < levels; i += 1) inner = `memberOf { members { ... on Component { ${inner} } } }`;
  return `{ component(id: "bank.web-1") { ${inner} } }`;
}

describe('hostile documents are refused before execution, and others are served meanwhile', () => {
  test.each([
    ['the 200-level memberOf bomb (about 9 KiB)', () => memberOfBomb(200), 'QUERY_TOO_DEEP', /Query depth \d+ exceeds the limit of 15/],
    ['1,000 aliases of impact', () => `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: impact(failures: [{id: "isp.core-rtr-1"}]) { summary { peopleDown } }`).join(' ')} }`, 'TOO_MANY_TOKENS', /limit of 5000 tokens/],
    ['60 aliases of impact (under the token cap)', () => `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: impact(failures: [{id: "isp.core-rtr-1"}]) { summary { peopleDown } }`).join(' ')} }`, 'TOO_MANY_ALIASES', /alias count 60 exceeds the limit of 30/],
    ['25 impact questions without aliases but through fragments', () => `{ ...f ...g } fragment f on Query { impact(failures: [{id: "isp.core-rtr-1"}]) { summary { peopleDown } } } fragment g on Query { singlePointsOfFailure(target: "bank.netbanking", maxSetSize: 2, maxPairChecks: 100000) { sets { members { id } } } }`, 'QUERY_TOO_COSTLY', /Query cost \d+ exceeds the limit of 50000/],
  ])('%s', async (_name, document, code, message) => {
    const before = await exportOf();
    const [refused, meanwhile] = await Promise.all([server.query(document()), cheap()]);
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.extensions?.code).toBe(code);
    expect(refused.errors?.[0]?.message).toMatch(message);
    expect(refused.data).toBeUndefined();
    expect(meanwhile.data).toEqual({ service: { id: 'bank.netbanking' } });
    expect(await exportOf()).toBe(before);
  });

  test('a GraphML document nested 100,000 levels is refused at the cap and writes nothing', async () => {
    const before = await exportOf();
    const text = `<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${'<a>\n'.repeat(100_000)}${'</a>\n'.repeat(100_000)}</graphml>\n`;
    const [refused, meanwhile] = await Promise.all([
      server.query(`mutation($text: String!) { importNetwork(format: GRAPHML, text: $text, network: { id: "evil.net", name: "Evil", idPrefix: "evil." }) { dryRun } }`, { text }),
      cheap(),
    ]);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toContain('nests deeper than 64');
    expect(meanwhile.data).toEqual({ service: { id: 'bank.netbanking' } });
    expect(await exportOf()).toBe(before);
  });
});

describe('subscription floods', () => {
  let client: Client;
  beforeAll(() => {
    client = createClient({ url: server.url.replace('http', 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
  });
  afterAll(async () => client.dispose());

  test('subscriptions past the per-connection cap are refused with TOO_MANY_SUBSCRIPTIONS; the ones within it work', async () => {
    const outcomes: Promise<string>[] = [];
    const stops: (() => void)[] = [];
    for (let i = 0; i < 200; i += 1) {
      outcomes.push(
        new Promise<string>((resolve) => {
          stops.push(
            client.subscribe({ query: `subscription { statusChanged(ids: ["bank.web-3"]) { state } }` }, {
              next: () => resolve('event'),
              error: (errors) => resolve(String((Array.isArray(errors) ? errors[0] : errors)?.extensions?.code ?? 'closed')),
              complete: () => resolve('complete'),
            }),
          );
        }),
      );
    }
    // The refusals come at once; the accepted ones answer when a status changes.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const set = await server.query(`mutation { setStatus(input: { id: "bank.web-3", status: DEGRADED, reason: "flood test" }) { state } }`);
    expect(set.errors).toBeUndefined();
    const results = await Promise.all(outcomes);
    for (const stop of stops) stop();
    await server.query(`mutation { setStatus(input: { id: "bank.web-3", status: UP, reason: "flood test over" }) { state } }`);
    expect(results.filter((r) => r === 'event')).toHaveLength(20);
    expect(results.filter((r) => r === 'TOO_MANY_SUBSCRIPTIONS')).toHaveLength(180);
    expect((await cheap()).data).toEqual({ service: { id: 'bank.netbanking' } });
  });

  test('a deep document over WebSocket meets the same limits as over HTTP', async () => {
    const error = await new Promise<any>((resolve) => {
      client.subscribe({ query: memberOfBomb(200) }, {
        next: (result) => resolve(result.errors?.[0]),
        error: (errors) => resolve(Array.isArray(errors) ? errors[0] : errors),
        complete: () => undefined,
      });
    });
    expect(error.extensions?.code).toBe('QUERY_TOO_DEEP');
  });
});
