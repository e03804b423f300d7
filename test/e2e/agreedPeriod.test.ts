import { TestServer, startTestServer } from '../helpers/testServer';

let server: TestServer;
const data = <T = any>(query: string, variables: Record<string, unknown> = {}) => server.ok<T>(query, variables);

/** A level of this file's own, never attached to a relationship: the example world stays as the other tests read it. */
const OWN = 'test.period.sl';
const UPSERT = `mutation($input: ServiceLevelInput!) { upsertServiceLevel(input: $input) { id metric target unit period } }`;
const IMPORT = `mutation($document: JSON!) { importTopology(document: $document, dryRun: true) { dryRun } }`;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.query(`mutation { deleteEntity(id: "${OWN}") { deleted { id } } }`);
  await server.close();
});

const AGREED = 'agreed { availability period periodHours gap met downtimeHoursPerPeriod allowedDowntimeHoursPerPeriod source }';

describe("the example world's service levels", () => {
  test('say the period their contract states: availability and latency per month, supply interruption per year, restore time none', async () => {
    const { serviceLevels } = await data(`{ serviceLevels(first: 50) { nodes { id period } } }`);
    const periods = Object.fromEntries(serviceLevels.nodes.map((n: { id: string; period: string | null }) => [n.id, n.period]));
    expect(periods).toMatchObject({
      'sr.isp-bank.sl.availability': 'MONTH',
      'sr.isp-bank.sl.latency': 'MONTH',
      'sr.isp-bank.sl.time-to-restore': null,
      'sr.rim-bank.sl.availability': 'MONTH',
      'sr.rim-bank.sl.detection': null,
      'sr.isp-rim.sl.availability': 'MONTH',
      'sr.power-utility-bank.sl.interruption': 'YEAR',
    });
  });
});

describe('availability against a level agreed per period', () => {
  test("an offering under the ISP contract's 99.95 % per month: expected downtime per month beside the 0.365 h the level allows", async () => {
    const { availability } = await data(`{ availability(target: "isp.offering.business-internet-1g", defaultAvailability: 0.9999) { availability downtimeHoursPerYear ${AGREED} } }`);
    const { agreed } = availability;
    expect(agreed).toMatchObject({ availability: 0.9995, period: 'MONTH', periodHours: 730, source: 'sr.isp-bank.sl.availability' });
    expect(agreed.downtimeHoursPerPeriod).toBeCloseTo((1 - availability.availability) * 730, 9);
    // Twelve months make the year: the per-period figure is the yearly one over twelve.
    expect(agreed.downtimeHoursPerPeriod).toBeCloseTo(availability.downtimeHoursPerYear / 12, 9);
    expect(agreed.allowedDowntimeHoursPerPeriod).toBeCloseTo(0.365, 9);
    expect(agreed.met).toBe(agreed.downtimeHoursPerPeriod <= agreed.allowedDowntimeHoursPerPeriod);
  });

  test("net banking against its own warranty, 99.95 % per month: the month's expected downtime beside the 0.365 h allowed", async () => {
    const { availability } = await data(`{ availability(target: "bank.netbanking", defaultAvailability: 0.9995) { availability ${AGREED} } }`);
    const { agreed } = availability;
    expect(agreed).toMatchObject({ availability: 0.9995, period: 'MONTH', periodHours: 730, allowedDowntimeHoursPerPeriod: 0.365, met: false, source: 'bank.netbanking' });
    expect(agreed.downtimeHoursPerPeriod).toBeCloseTo((1 - availability.availability) * 730, 9);
    expect(agreed.downtimeHoursPerPeriod).toBeGreaterThan(agreed.allowedDowntimeHoursPerPeriod);
  });

  test('a service that states no period for its target gives no downtime per period, only per year', async () => {
    const { availability } = await data(`{ availability(target: "bank.internet-connectivity", defaultAvailability: 0.9995) { downtimeHoursPerYear ${AGREED} } }`);
    expect(availability.downtimeHoursPerYear).toEqual(expect.any(Number));
    expect(availability.agreed).toMatchObject({ availability: 0.999, period: null, periodHours: null, downtimeHoursPerPeriod: null, allowedDowntimeHoursPerPeriod: null, source: 'bank.internet-connectivity' });
  });
});

describe('atRisk entries', () => {
  test("the monitoring contract's missed 99.9 % per month gives the month's expected downtime and the 0.73 h allowed, and net banking's missed 99.95 % the 0.365 h allowed", async () => {
    const { atRisk } = await data(`{ atRisk(defaultAvailability: 0.9995) { entries(first: 50) { subject { id } target { id } availability ${AGREED} } } }`);
    const contract = atRisk.entries.find((e: { subject: { id: string } }) => e.subject.id === 'sr.rim-bank');
    expect(contract.agreed).toMatchObject({ availability: 0.999, period: 'MONTH', periodHours: 730, met: false, source: 'sr.rim-bank.sl.availability' });
    expect(contract.agreed.downtimeHoursPerPeriod).toBeCloseTo((1 - contract.availability) * 730, 9);
    expect(contract.agreed.downtimeHoursPerPeriod).toBeGreaterThan(contract.agreed.allowedDowntimeHoursPerPeriod);
    expect(contract.agreed.allowedDowntimeHoursPerPeriod).toBeCloseTo(0.73, 9);
    const netbanking = atRisk.entries.find((e: { subject: { id: string } }) => e.subject.id === 'bank.offering.retail-netbanking');
    expect(netbanking.agreed).toMatchObject({ availability: 0.9995, period: 'MONTH', periodHours: 730, allowedDowntimeHoursPerPeriod: 0.365, met: false, source: 'bank.netbanking' });
    expect(netbanking.agreed.downtimeHoursPerPeriod).toBeCloseTo((1 - netbanking.availability) * 730, 9);
    expect(netbanking.agreed.downtimeHoursPerPeriod).toBeGreaterThan(netbanking.agreed.allowedDowntimeHoursPerPeriod);
  });
});

describe("writing a level's period", () => {
  test('upsertServiceLevel stores it, reads it back, and clears it with null', async () => {
    const input = { id: OWN, name: 'Test level per quarter', metric: 'availability', target: 99.5, unit: '%', period: 'QUARTER' };
    expect((await data(UPSERT, { input })).upsertServiceLevel).toEqual({ id: OWN, metric: 'availability', target: 99.5, unit: '%', period: 'QUARTER' });
    expect((await data(`{ serviceLevel(id: "${OWN}") { period } }`)).serviceLevel).toEqual({ period: 'QUARTER' });
    expect((await data(UPSERT, { input: { id: OWN, period: null } })).upsertServiceLevel.period).toBeNull();
  });

  test.each([
    ['lower case', 'month'],
    ['a word outside the list', 'FORTNIGHT'],
    ['hours instead of a period', 730],
  ])('upsertServiceLevel refuses %s with BAD_USER_INPUT, and writes nothing', async (_case, period) => {
    await data(UPSERT, { input: { id: OWN, name: 'Test level', period: 'WEEK' } });
    const res = await server.query(UPSERT, { input: { id: OWN, period } });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('AgreedPeriod');
    expect((await data(`{ serviceLevel(id: "${OWN}") { period } }`)).serviceLevel).toEqual({ period: 'WEEK' });
  });

  test("upsertService sets the period of a service's own availability target, and refuses one outside the list", async () => {
    const SERVICE = `mutation($input: ServiceInput!) { upsertService(input: $input) { id warranty { availability availabilityPeriod } } }`;
    const input = { id: 'test.period.service', name: 'Test service', availabilityTarget: 99.5, availabilityTargetPeriod: 'YEAR' };
    try {
      expect((await data(SERVICE, { input })).upsertService).toEqual({ id: input.id, warranty: { availability: 99.5, availabilityPeriod: 'YEAR' } });
      const res = await server.query(SERVICE, { input: { id: input.id, availabilityTargetPeriod: 'YEARLY' } });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect((await data(`{ service(id: "${input.id}") { warranty { availabilityPeriod } } }`)).service.warranty).toEqual({ availabilityPeriod: 'YEAR' });
    } finally {
      await server.query(`mutation { deleteEntity(id: "${input.id}") { deleted { id } } }`);
    }
  });

  test('a topology document with a period outside the list is refused, the problem naming the property and the words it takes', async () => {
    const document = {
      format: 'cascade-topology',
      version: 1,
      nodes: [
        { label: 'ServiceLevel', id: 'test.period.doc-ok', properties: { name: 'Per month', metric: 'availability', target: 99.9, unit: '%', period: 'MONTH' } },
        { label: 'ServiceLevel', id: 'test.period.doc-bad', properties: { name: 'Per moon', metric: 'availability', target: 99.9, unit: '%', period: 'month' } },
      ],
      relationships: [],
    };
    const res = await server.query(IMPORT, { document });
    expect(res.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'nodes[1].properties.period', message: 'must be one of DAY, WEEK, MONTH, QUARTER, YEAR' }],
    });
    expect((await data(IMPORT, { document: { ...document, nodes: [document.nodes[0]] } })).importTopology).toEqual({ dryRun: true });
  });
});
