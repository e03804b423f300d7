import { AvailabilityFigure } from '../../src/domain/availability/availabilityFigure';
import { computeAvailability } from '../../src/domain/availability/computeAvailability';
import { consumerAccess, withAccessNode } from '../../src/domain/availability/consumerAccess';
import { API_LIMITS, API_SAMPLES } from '../../src/services/availabilityService';
import { TopologyCache } from '../../src/services/topologyCache';
import { TopologyStore } from '../../src/store/topologyStore';
import { TestServer, startTestServer } from '../helpers/testServer';

let server: TestServer;
const data = <T = any>(query: string, variables: Record<string, unknown> = {}) => server.ok<T>(query, variables);

const FIELDS = 'availability mtbfHours mttrHours availabilitySource';
/** Figures set on example-world components for these tests; the old values are put back afterwards. */
const FIGURES: Record<string, { availability?: number; mtbfHours?: number; mttrHours?: number; availabilitySource: 'VENDOR' | 'MEASURED' | 'ASSUMED' }> = {
  'bank.web-1': { availability: 0.999, availabilitySource: 'VENDOR' },
  'bank.web-2': { mtbfHours: 8760, mttrHours: 4, availabilitySource: 'MEASURED' },
  'bank.san-1': { availability: 0.9995, availabilitySource: 'ASSUMED' },
};
const old = new Map<string, Record<string, unknown>>();
const UPSERT = `mutation($input: ComponentInput!) { upsertComponent(input: $input) { id ${FIELDS} } }`;

beforeAll(async () => {
  server = await startTestServer();
  for (const [id, figure] of Object.entries(FIGURES)) {
    const { component } = await data(`query($id: ID!) { component(id: $id) { ${FIELDS} } }`, { id });
    old.set(id, component);
    await data(UPSERT, { input: { id, availability: null, mtbfHours: null, mttrHours: null, ...figure } });
  }
});
afterAll(async () => {
  for (const [id, figure] of old) await server.query(UPSERT, { input: { id, ...figure } });
  await server.close();
});

const ANSWER = `method availability interval { low high } bounds { lower upper } downtimeHoursPerYear
  agreed { availability periodHours gap met source } unknownComponents defaultAvailability defaultedComponents
  contributors(first: 50) { component { id name } availability birnbaum fussellVesely riskAchievementWorth } whyEstimate availabilityBefore`;

describe('component figures through upsertComponent', () => {
  test('are stored and read back, MTBF and MTTR as given', async () => {
    const { component } = await data(`{ component(id: "bank.web-2") { ${FIELDS} } }`);
    expect(component).toEqual({ availability: null, mtbfHours: 8760, mttrHours: 4, availabilitySource: 'MEASURED' });
  });

  test.each([
    ['an availability above 1', { availability: 1.5 }, 'availability'],
    ['an availability of 0', { availability: 0 }, 'availability'],
    ['MTBF without MTTR', { mtbfHours: 100 }, 'mttrHours'],
    ['a negative MTTR', { mtbfHours: 100, mttrHours: -1 }, 'mttrHours'],
  ])('refuse %s with BAD_USER_INPUT naming the field', async (_case, figure, field) => {
    const res = await server.query(UPSERT, { input: { id: 'bank.web-3', ...figure } });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain(field);
    const { component } = await data(`{ component(id: "bank.web-3") { ${FIELDS} } }`);
    expect(component).toEqual(old.get('bank.web-3') ?? { availability: null, mtbfHours: null, mttrHours: null, availabilitySource: null });
  });
});

describe('availability of net banking', () => {
  test('with a default: exact, between 0 and 1, the defaulted components named, and the same as the engine on the live graph', async () => {
    const { availability } = await data(`{ availability(target: "bank.netbanking", defaultAvailability: 0.9999) { ${ANSWER} } }`);
    expect(availability.method).toBe('EXACT');
    expect(availability.availability).toBeGreaterThan(0);
    expect(availability.availability).toBeLessThan(1);
    expect(availability.interval).toBeNull();
    expect(availability.unknownComponents).toEqual([]);
    expect(availability.defaultAvailability).toBe(0.9999);
    expect(availability.defaultedComponents).toContain('bank.dc-main');
    expect(availability.defaultedComponents).not.toContain('bank.web-1');
    expect(availability.downtimeHoursPerYear).toBeCloseTo((1 - availability.availability) * 8760, 9);

    const topology = await new TopologyCache(new TopologyStore(server.gateway)).get();
    const figures = new Map(
      Object.entries(FIGURES).map(([id, { availabilitySource, ...f }]): [string, AvailabilityFigure] => [id, { ...f, source: availabilitySource }]),
    );
    const direct = computeAvailability(topology.graph, 'bank.netbanking', figures, { defaultAvailability: 0.9999, limits: API_LIMITS, samples: API_SAMPLES });
    expect(availability.availability).toBeCloseTo(direct.availability!, 12);
    expect(availability.defaultedComponents).toEqual(direct.defaultedComponents);
  });

  test("is measured against the service's agreed availability (its warranty, 99.95 % per month)", async () => {
    const { availability } = await data(`{ availability(target: "bank.netbanking", defaultAvailability: 0.9999) { ${ANSWER} } }`);
    expect(availability.agreed).toMatchObject({ availability: 0.9995, periodHours: 730, source: 'bank.netbanking' });
    expect(availability.agreed.gap).toBeCloseTo(availability.availability - 0.9995, 12);
    expect(availability.agreed.met).toBe(availability.availability >= 0.9995);
  });

  test('contributors are ranked by Fussell-Vesely, then Birnbaum (to 12 significant digits), then id, and a series component outranks a redundant one', async () => {
    const { availability } = await data(`{ availability(target: "bank.netbanking", defaultAvailability: 0.9999) { ${ANSWER} } }`);
    const contributors: { component: { id: string }; birnbaum: number; fussellVesely: number; riskAchievementWorth: number }[] = availability.contributors;
    expect(contributors.length).toBeGreaterThan(3);
    const key = (x: number) => Number(x.toPrecision(12));
    for (let i = 1; i < contributors.length; i += 1) {
      const [a, b] = [contributors[i - 1], contributors[i]];
      const [fa, fb, ba, bb] = [key(a.fussellVesely), key(b.fussellVesely), key(a.birnbaum), key(b.birnbaum)];
      expect(fa > fb || (fa === fb && (ba > bb || (ba === bb && a.component.id < b.component.id)))).toBe(true);
    }
    const birnbaumOf = (id: string) => contributors.find((c) => c.component.id === id)?.birnbaum;
    // The storage array is needed outright; web-1 is one of a cluster that survives its loss.
    expect(birnbaumOf('bank.san-1')).toBeGreaterThan(0.99);
    expect(birnbaumOf('bank.san-1')!).toBeGreaterThan(birnbaumOf('bank.web-1') ?? 0);
    // It shares the top rank with the other single points of failure (the main data centre, the access link).
    expect(key(contributors[0].fussellVesely)).toBe(key(contributors.find((c) => c.component.id === 'bank.san-1')!.fussellVesely));
    const limited = await data(`{ availability(target: "bank.netbanking", defaultAvailability: 0.9999) { contributors(first: 2) { component { id } } } }`);
    expect(limited.availability.contributors.map((c: { component: { id: string } }) => c.component.id)).toEqual(contributors.slice(0, 2).map((c) => c.component.id));
  });

  test('without a default: unknown, the components without a figure named, and bounds given', async () => {
    const { availability } = await data(`{ availability(target: "bank.netbanking") { ${ANSWER} } }`);
    expect(availability.method).toBe('EXACT');
    expect(availability.availability).toBeNull();
    expect(availability.unknownComponents).toContain('bank.dc-main');
    expect(availability.unknownComponents).not.toContain('bank.san-1');
    expect(availability.defaultedComponents).toEqual([]);
    expect(availability.bounds.lower).toBeLessThanOrEqual(availability.bounds.upper);
    expect(availability.contributors).toBeNull();
    expect(availability.agreed).toMatchObject({ gap: null, met: null });
  });

  test('a what-if on a figure changes the answer and keeps the one before, writing nothing', async () => {
    const whatIf = [{ kind: 'SET_FIGURE', componentId: 'bank.san-1', figure: { availability: 0.99999, source: 'ASSUMED' } }];
    const { availability } = await data(
      `query($whatIf: [AvailabilityChangeInput!]) { availability(target: "bank.netbanking", defaultAvailability: 0.9999, whatIf: $whatIf) { ${ANSWER} } }`,
      { whatIf },
    );
    const { availability: now } = await data(`{ availability(target: "bank.netbanking", defaultAvailability: 0.9999) { availability } }`);
    expect(availability.availabilityBefore).toBeCloseTo(now.availability, 12);
    expect(availability.availability).toBeGreaterThan(now.availability);
    const { component } = await data(`{ component(id: "bank.san-1") { availability } }`);
    expect(component.availability).toBe(0.9995);
  });
});

describe('agreed levels', () => {
  test("an offering is measured against the availability its contracts' service levels agree, the strictest first", async () => {
    const { availability } = await data(`{ availability(target: "isp.offering.business-internet-1g", defaultAvailability: 0.9999) { method agreed { availability source } } }`);
    expect(availability.agreed).toEqual({ availability: 0.9995, source: 'sr.isp-bank.sl.availability' });
  });
});

describe("a consumer group's access", () => {
  const RETAIL = 'bank.cg.retail-account-holders';
  const RETAIL_OFFERINGS = ['bank.offering.branch-banking', 'bank.offering.cash-withdrawal', 'bank.offering.retail-netbanking'];
  const ACCESS = `target { id kind name } ${ANSWER}`;

  test('of retail account holders needs all three offerings that target them: between the product of theirs and the lowest of theirs', async () => {
    const { availability } = await data(`{ availability(target: "${RETAIL}", defaultAvailability: 0.9999) { ${ACCESS} } }`);
    expect(availability.target).toEqual({ id: RETAIL, kind: 'ConsumerGroup', name: 'Retail account holders' });
    expect(availability.method).toBe('EXACT');
    expect(availability.unknownComponents).toEqual([]);
    const offerings: number[] = [];
    for (const id of RETAIL_OFFERINGS) offerings.push((await data(`{ availability(target: "${id}", defaultAvailability: 0.9999) { availability } }`)).availability.availability);
    // All up: no more than the weakest; shared components make it at least the product (failures of shared parts count once).
    expect(availability.availability).toBeLessThanOrEqual(Math.min(...offerings));
    expect(availability.availability).toBeGreaterThanOrEqual(offerings.reduce((a, b) => a * b, 1) - 1e-15);
    expect(availability.availability).toBeLessThan(Math.min(...offerings));
    // Net banking's storage array stands behind one of the three offerings, so it is among the contributors.
    expect(availability.contributors.map((c: { component: { id: string } }) => c.component.id)).toContain('bank.san-1');

    const topology = await new TopologyCache(new TopologyStore(server.gateway)).get();
    const figures = new Map(
      Object.entries(FIGURES).map(([id, { availabilitySource, ...f }]): [string, AvailabilityFigure] => [id, { ...f, source: availabilitySource }]),
    );
    const access = consumerAccess(topology.targets, RETAIL)!;
    expect(access.offeringIds).toEqual(RETAIL_OFFERINGS);
    const direct = computeAvailability(withAccessNode(topology.graph, access), RETAIL, figures, { defaultAvailability: 0.9999, limits: API_LIMITS, samples: API_SAMPLES });
    expect(availability.availability).toBeCloseTo(direct.availability!, 12);
  });

  test("is measured against the strictest level agreed for its offerings (net banking's warranty, 99.95 %)", async () => {
    const { availability } = await data(`{ availability(target: "${RETAIL}", defaultAvailability: 0.9999) { ${ACCESS} } }`);
    expect(availability.agreed).toMatchObject({ availability: 0.9995, source: 'bank.netbanking' });
    expect(availability.agreed.gap).toBeCloseTo(availability.availability - 0.9995, 12);
  });

  test('of a group one offering targets is that offering\'s availability', async () => {
    const group = await data(`{ availability(target: "bank.cg.employees", defaultAvailability: 0.9999) { availability agreed { availability source } } }`);
    const offering = await data(`{ availability(target: "bank.offering.hr-self-service", defaultAvailability: 0.9999) { availability agreed { availability source } } }`);
    expect(group.availability).toEqual(offering.availability);
  });

  test('takes what-if changes: a second storage array raises it, and the answer before is kept', async () => {
    const whatIf = [{ kind: 'ADD_STANDBY', componentId: 'bank.san-1', standbyId: 'bank.san-2' }];
    const { availability } = await data(
      `query($whatIf: [AvailabilityChangeInput!]) { availability(target: "${RETAIL}", defaultAvailability: 0.9999, whatIf: $whatIf) { ${ACCESS} } }`,
      { whatIf },
    );
    const { availability: now } = await data(`{ availability(target: "${RETAIL}", defaultAvailability: 0.9999) { availability } }`);
    expect(availability.availabilityBefore).toBeCloseTo(now.availability, 12);
    expect(availability.availability).toBeGreaterThan(now.availability);
  });
});

describe('availability refuses', () => {
  test('a target nobody has, with NOT_FOUND', async () => {
    const res = await server.query(`{ availability(target: "no.such.thing") { method } }`);
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  test('a default outside 0 to 1, with BAD_USER_INPUT', async () => {
    const res = await server.query(`{ availability(target: "bank.netbanking", defaultAvailability: 2) { method } }`);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('a what-if change without the fields its kind needs, with BAD_USER_INPUT naming them', async () => {
    const res = await server.query(`{ availability(target: "bank.netbanking", whatIf: [{ kind: SET_FIGURE }]) { method } }`);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('whatIf[0].componentId');
  });
});
