import { TestServer, startTestServer } from '../helpers/testServer';

let server: TestServer;
const data = <T = any>(query: string, variables: Record<string, unknown> = {}) => server.ok<T>(query, variables);

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

type Entry = { position: number; subject: { id: string }; target: { id: string }; peopleAffected: number; availability: number | null; undecided: string | null };
type Page = { candidates: number; offset: number; nextOffset: number | null; remaining: number; checked: number; count: number; undecidedCount: number; entries: Entry[]; undecided: Entry[] };
const PAGE = `candidates offset nextOffset remaining checked count undecidedCount
  entries(first: 50) { position subject { id } target { id } peopleAffected availability undecided }
  undecided(first: 50) { position subject { id } target { id } peopleAffected availability undecided }`;
const ask = async (args: string) => (await data<{ atRisk: Page }>(`{ atRisk(defaultAvailability: 0.9995${args}) { ${PAGE} } }`)).atRisk;

// The example world's 13 levels with every component at 99.95 % (4 missed, as test/e2e/atRisk.test.ts shows), scoped.
describe('atRisk scoped on the example world', () => {
  const cases: { name: string; args: string; candidates: number; missed: string[] }[] = [
    {
      name: 'by provider: the bank offers net banking, branches, cash and HR; two of them miss',
      args: ', provider: "bank"',
      candidates: 5,
      missed: ['bank.offering.retail-netbanking bank.offering.retail-netbanking', 'bank.offering.business-netbanking bank.offering.business-netbanking'],
    },
    {
      name: 'by consumer: the bank consumes the ISP and the monitoring firm under contracts; the monitoring one misses',
      args: ', consumer: "bank"',
      candidates: 7,
      missed: ['rim.offering.bank-monitoring rim.offering.bank-monitoring', 'sr.rim-bank rim.offering.bank-monitoring'],
    },
    {
      name: 'by service: the offerings that include net banking',
      args: ', service: "bank.netbanking"',
      candidates: 2,
      missed: ['bank.offering.retail-netbanking bank.offering.retail-netbanking', 'bank.offering.business-netbanking bank.offering.business-netbanking'],
    },
    { name: 'combined: the bank as consumer of its own offerings is nothing', args: ', provider: "bank", consumer: "bank"', candidates: 0, missed: [] },
  ];
  test.each(cases)('$name', async ({ args, candidates, missed }) => {
    const page = await ask(args);
    expect(page).toMatchObject({ candidates, checked: candidates, offset: 0, nextOffset: null, remaining: 0, undecidedCount: 0 });
    expect(page.entries.map((e) => `${e.subject.id} ${e.target.id}`)).toEqual(missed);
  });
});

describe('atRisk paged on the example world', () => {
  test('pages of 4 from each nextOffset hold every level once, in candidate order, and miss what one whole call misses', async () => {
    const whole = await ask('');
    const positions: number[] = [];
    const missed: Entry[] = [];
    const pages: [number, number | null, number][] = [];
    let offset: number | null = 0;
    while (offset !== null) {
      const page: Page = await ask(`, offset: ${offset}, first: 4`);
      expect(page.candidates).toBe(13);
      pages.push([page.offset, page.nextOffset, page.remaining]);
      positions.push(...[...page.entries, ...page.undecided].map((e) => e.position));
      missed.push(...page.entries);
      offset = page.nextOffset;
    }
    // Within the budget every page is decided, so each asks from the end of the last.
    expect(pages).toEqual([
      [0, 4, 9],
      [4, 8, 5],
      [8, 12, 1],
      [12, null, 0],
    ]);
    // Kept levels are not listed: the positions missed are a subset, each once.
    expect(new Set(positions).size).toBe(positions.length);
    const byPeople = (a: Entry, b: Entry) => b.peopleAffected - a.peopleAffected || a.position - b.position;
    expect(missed.sort(byPeople).map((e) => [e.subject.id, e.target.id, e.availability])).toEqual(whole.entries.map((e) => [e.subject.id, e.target.id, e.availability]));
    expect(whole.entries.map((e) => e.position)).toEqual(missed.map((e) => e.position));
  });

  test('a page past the last candidate is empty, with nothing left', async () => {
    expect(await ask(', offset: 20, first: 4')).toMatchObject({ candidates: 13, offset: 20, checked: 0, nextOffset: null, remaining: 0, entries: [], undecided: [] });
  });

  test('without figures every level is listed undecided, at positions 0 to 12 in candidate order, most people first', async () => {
    const page = await data<{ atRisk: Page }>(`{ atRisk { ${PAGE} } }`);
    const people = page.atRisk.undecided.sort((a, b) => a.position - b.position).map((e) => e.peopleAffected);
    expect(people).toEqual([...people].sort((a, b) => b - a));
    expect(page.atRisk.undecided.map((e) => e.position).sort((a, b) => a - b)).toEqual([...Array(13).keys()]);
  });
});

describe('atRisk scope and paging refuse', () => {
  test.each([
    ['first below 1', '{ atRisk(first: 0) { count } }', 'BAD_USER_INPUT'],
    ['first above 10,000', '{ atRisk(first: 10001) { count } }', 'BAD_USER_INPUT'],
    ['a negative offset', '{ atRisk(offset: -1) { count } }', 'BAD_USER_INPUT'],
    ['a service that does not exist', '{ atRisk(service: "no.such.service") { count } }', 'NOT_FOUND'],
  ])('%s, with %s', async (_name, query, code) => {
    const res = await server.query(query);
    expect(res.errors?.[0].extensions?.code).toBe(code);
  });
});
