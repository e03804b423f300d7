import { TestServer, startTestServer } from '../helpers/testServer';

let server: TestServer;
const data = <T = any>(query: string, variables: Record<string, unknown> = {}) => server.ok<T>(query, variables);

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

const ENTRY = `subject { id kind name } target { id } method availability bounds { lower upper } unknownComponentCount
  downtimeHoursPerYear allowedDowntimeHoursPerYear agreed { availability gap met source } peopleAffected undecided`;
type Entry = { subject: { id: string; kind: string }; target: { id: string }; availability: number | null; peopleAffected: number; undecided: string | null; agreed: { gap: number | null } };
const brief = (entries: Entry[]) => entries.map((e) => [e.subject.kind, e.subject.id, e.target.id, e.peopleAffected, e.undecided]);

// The example world has no figures: net banking's offerings and the monitoring contract (with its
// offering) miss their levels with every component at 99.95 %; the ISP's and the grid's keep theirs.
describe('atRisk on the example world, every component at 99.95 %', () => {
  let answer: { count: number; undecidedCount: number; checked: number; defaultAvailability: number; entries: Entry[] };
  beforeAll(async () => {
    ({ atRisk: answer } = await data(`{ atRisk(defaultAvailability: 0.9995) { count undecidedCount checked defaultAvailability entries(first: 50) { ${ENTRY} } } }`));
  });

  test('lists the levels missed, most people first, then the widest gap, then subject id', () => {
    expect(brief(answer.entries)).toEqual([
      ['ServiceOffering', 'bank.offering.retail-netbanking', 'bank.offering.retail-netbanking', 2_400_000, null],
      ['ServiceOffering', 'bank.offering.business-netbanking', 'bank.offering.business-netbanking', 185_000, null],
      // The offering and the contract on it: the same gap and people, so by subject id.
      ['ServiceOffering', 'rim.offering.bank-monitoring', 'rim.offering.bank-monitoring', 149, null],
      ['ServiceRelationship', 'sr.rim-bank', 'rim.offering.bank-monitoring', 149, null],
    ]);
    expect(answer).toMatchObject({ count: 4, undecidedCount: 0, checked: 13, defaultAvailability: 0.9995 });
  });

  test("gives each one's computed availability, the level agreed and who states it, and the downtime against what is allowed", () => {
    const [retail, , monitoring, contract] = answer.entries;
    expect(retail).toMatchObject({
      method: 'EXACT',
      availability: 0.998493009405539,
      downtimeHoursPerYear: 13.20123760747855,
      // 99.95 % of a year's 8,760 h allows 4.38 h down.
      allowedDowntimeHoursPerYear: 4.38,
      // Net banking's own warranty: no contract covers the bank's offerings.
      agreed: { availability: 0.9995, gap: -0.0010069905944610769, met: false, source: 'bank.netbanking' },
      unknownComponentCount: 0,
    });
    expect(monitoring).toMatchObject({ availability: 0.9960002679913253, agreed: { availability: 0.999, met: false, source: 'sr.rim-bank.sl.availability' } });
    expect(contract).toMatchObject({
      subject: { name: 'Bluefin - Harbour Bank monitoring contract' },
      availability: monitoring.availability,
      agreed: { gap: monitoring.agreed.gap, source: 'sr.rim-bank.sl.availability' },
    });
  });

  test('agrees with availability on the same target and default', async () => {
    for (const entry of answer.entries) {
      const { availability } = await data(`query($t: ID!) { availability(target: $t, defaultAvailability: 0.9995) { availability } }`, { t: entry.target.id });
      expect(entry.availability).toBe(availability.availability);
    }
  });

  test('names the relationship as a node, with its consumer', async () => {
    const { atRisk } = await data(`{ atRisk(defaultAvailability: 0.9995) { entries(first: 4) { subject { node { ... on ServiceRelationship { consumer { id } } } } } } }`);
    expect(atRisk.entries[3].subject.node.consumer).toEqual({ id: 'bank' });
  });
});

describe('atRisk without figures and without a default', () => {
  test('decides nothing and drops nothing: every level is undecided, with its bounds, ranked the same way', async () => {
    const { atRisk } = await data(`{ atRisk { count undecidedCount checked entries { subject { id } } undecided(first: 50) { ${ENTRY} } } }`);
    expect(atRisk).toMatchObject({ count: 0, entries: [], undecidedCount: 13, checked: 13 });
    expect(brief(atRisk.undecided)).toEqual([
      // The bank's contract with the ISP stands for the bank's account holders and staff behind its offerings, and the ISP's business customers.
      ['ServiceRelationship', 'sr.isp-bank', 'isp.offering.business-internet-1g', 2_599_300, 'MISSING_FIGURES'],
      ['ServiceRelationship', 'sr.isp-bank', 'isp.offering.mpls-vpn', 2_585_320, 'MISSING_FIGURES'],
      ['ServiceOffering', 'bank.offering.branch-banking', 'bank.offering.branch-banking', 2_585_000, 'MISSING_FIGURES'],
      ['ServiceOffering', 'bank.offering.cash-withdrawal', 'bank.offering.cash-withdrawal', 2_400_000, 'MISSING_FIGURES'],
      ['ServiceOffering', 'bank.offering.retail-netbanking', 'bank.offering.retail-netbanking', 2_400_000, 'MISSING_FIGURES'],
      ['ServiceOffering', 'bank.offering.business-netbanking', 'bank.offering.business-netbanking', 185_000, 'MISSING_FIGURES'],
      ['ServiceOffering', 'power-utility.offering.commercial-supply', 'power-utility.offering.commercial-supply', 52_000, 'MISSING_FIGURES'],
      ['ServiceOffering', 'bank.offering.hr-self-service', 'bank.offering.hr-self-service', 12_500, 'MISSING_FIGURES'],
      ['ServiceRelationship', 'sr.isp-rim', 'isp.offering.business-internet-1g', 1_949, 'MISSING_FIGURES'],
      ['ServiceOffering', 'isp.offering.business-internet-1g', 'isp.offering.business-internet-1g', 1_800, 'MISSING_FIGURES'],
      ['ServiceOffering', 'isp.offering.mpls-vpn', 'isp.offering.mpls-vpn', 320, 'MISSING_FIGURES'],
      ['ServiceOffering', 'rim.offering.bank-monitoring', 'rim.offering.bank-monitoring', 149, 'MISSING_FIGURES'],
      ['ServiceRelationship', 'sr.rim-bank', 'rim.offering.bank-monitoring', 149, 'MISSING_FIGURES'],
    ]);
    for (const entry of atRisk.undecided) expect(entry).toMatchObject({ availability: null, bounds: { lower: 0, upper: 1 }, agreed: { gap: null, met: null } });
  });
});

describe('atRisk refuses', () => {
  test.each([
    ['a default outside 0 to 1', '{ atRisk(defaultAvailability: 1.5) { count } }'],
    ['more than 1,000 entries', '{ atRisk(defaultAvailability: 0.9995) { entries(first: 1001) { peopleAffected } } }'],
  ])('%s, with BAD_USER_INPUT', async (_name, query) => {
    const res = await server.query(query);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
