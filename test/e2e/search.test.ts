import { TestServer, startTestServer } from '../helpers/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const SEARCH = `query($text: String!, $first: Int) { search(text: $text, first: $first) { __typename id name } }`;
type Found = { search: { __typename: string; id: string; name: string }[] };

describe('search: any entity by id or name', () => {
  test('the exact id comes first, then ids and names starting with the text', async () => {
    const { search } = await server.ok<Found>(SEARCH, { text: 'isp.core-rtr-1' });
    expect(search[0]).toEqual({ __typename: 'Component', id: 'isp.core-rtr-1', name: expect.any(String) });
  });

  test('matches names and ids case-insensitively, across kinds', async () => {
    const { search } = await server.ok<Found>(SEARCH, { text: 'CORE', first: 50 });
    const ids = search.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['isp.core-rtr-1', 'isp.core-rtr-2', 'isp.core-routers']));
    expect(new Set(search.map((n) => n.__typename)).size).toBeGreaterThan(1);
    for (const node of search) expect(`${node.id} ${node.name}`.toLowerCase()).toContain('core');
  });

  test('first caps the answer; text is literal, never a pattern', async () => {
    expect((await server.ok<Found>(SEARCH, { text: 'bank', first: 3 })).search).toHaveLength(3);
    expect((await server.ok<Found>(SEARCH, { text: '.*' })).search).toEqual([]);
    expect((await server.ok<Found>(SEARCH, { text: "') OR 1=1 //" })).search).toEqual([]);
  });

  test.each([
    ['empty text', { text: '   ' }],
    ['text over 100 characters', { text: 'x'.repeat(101) }],
    ['a page over the limit', { text: 'bank', first: 100_000 }],
  ])('%s is refused with BAD_USER_INPUT', async (_name, variables) => {
    const res = await server.query(SEARCH, variables);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.data?.search).toBeUndefined();
  });
});
