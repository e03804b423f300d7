import { StatedLevel } from '../../src/domain/availability/agreedGap';
import { AgreedPromise, AtRiskEntry, AtRiskOptions, Undecided, agreedPromises, checkPromises, rankAtRisk } from '../../src/domain/availability/atRisk';
import { computeAvailability } from '../../src/domain/availability/computeAvailability';
import { AvailabilityFigure } from '../../src/domain/availability/availabilityFigure';
import { buildTopology, targetFacts } from '../../src/domain/impact/topology';
import { API_LIMITS, API_SAMPLES } from '../../src/services/availabilityService';
import { buildGraph } from '../helpers/graphBuilder';

const figures = (values: Record<string, number>) =>
  new Map(Object.entries(values).map(([id, availability]): [string, AvailabilityFigure] => [id, { availability, source: 'ASSUMED' }]));

describe('rankAtRisk', () => {
  /** An entry as ranking sees it: subject, target, people, gap and met (null: undecided, with a reason). */
  const entry = (subject: string, target: string, peopleAffected: number, gap: number | null, met: boolean | null, undecided: Undecided | null = null): AtRiskEntry => ({
    subject: { id: subject, kind: 'ServiceRelationship', name: subject },
    target: { id: target, kind: 'ServiceOffering', name: target },
    answer: null,
    agreed: { availability: 0.999, period: null, periodHours: null, gap, met, downtimeHoursPerPeriod: null, allowedDowntimeHoursPerPeriod: null, source: 'sl' },
    peopleAffected,
    allowedDowntimeHoursPerYear: 8.76,
    undecided,
    position: 0,
  });
  const ids = (list: AtRiskEntry[]) => list.map((e) => `${e.subject.id}/${e.target.id}`);

  const cases: { name: string; entries: AtRiskEntry[]; atRisk: string[]; undecided: string[] }[] = [
    {
      name: 'more people first, whatever the gap',
      entries: [entry('a', 'o', 10, -0.5, false), entry('b', 'o', 1000, -0.0001, false), entry('c', 'o', 100, -0.01, false)],
      atRisk: ['b/o', 'c/o', 'a/o'],
      undecided: [],
    },
    {
      name: 'as many people: the widest shortfall first',
      entries: [entry('a', 'o', 10, -0.001, false), entry('b', 'o', 10, -0.01, false), entry('c', 'o', 10, -0.0001, false)],
      atRisk: ['b/o', 'a/o', 'c/o'],
      undecided: [],
    },
    {
      name: 'as many people and the same gap: by subject id, then target id',
      entries: [entry('b', 'o1', 5, -0.01, false), entry('a', 'o2', 5, -0.01, false), entry('a', 'o1', 5, -0.01, false)],
      atRisk: ['a/o1', 'a/o2', 'b/o1'],
      undecided: [],
    },
    {
      name: 'levels kept are not listed',
      entries: [entry('a', 'o', 10, 0.0001, true), entry('b', 'o', 10, 0, true), entry('c', 'o', 1, -0.01, false)],
      atRisk: ['c/o'],
      undecided: [],
    },
    {
      name: 'undecided levels are listed apart in the same order, an unknown gap after a known one',
      entries: [
        entry('a', 'o', 10, null, null, 'MISSING_FIGURES'),
        entry('b', 'o', 10, -0.0002, null, 'INTERVAL_STRADDLES'),
        entry('c', 'o', 99, null, null, 'BUDGET_SPENT'),
        entry('d', 'o', 50, -0.1, false),
      ],
      atRisk: ['d/o'],
      undecided: ['c/o', 'b/o', 'a/o'],
    },
  ];
  test.each(cases)('$name', ({ entries, atRisk, undecided }) => {
    const ranked = rankAtRisk(entries);
    expect(ids(ranked.atRisk)).toEqual(atRisk);
    expect(ids(ranked.undecided)).toEqual(undecided);
  });
});

describe('agreedPromises', () => {
  // An ISP's service under its offering, consumed by a bank and a monitoring firm, each with its own offering.
  const graph = buildGraph(['isp.o -+> isp.s', 'bank.o -+> bank.s', 'rim.o -+> rim.s', 'isp.s -> isp.r', 'bank.s -> isp.s', 'rim.s -> isp.s']);
  const people = targetFacts([
    { offeringId: 'isp.o', consumerGroupId: 'isp.cg', name: 'isp.cg', size: 100 },
    { offeringId: 'bank.o', consumerGroupId: 'bank.cg', name: 'bank.cg', size: 1000 },
    { offeringId: 'rim.o', consumerGroupId: 'rim.cg', name: 'rim.cg', size: 10 },
    { offeringId: 'rim.o', consumerGroupId: 'bank.cg', name: 'bank.cg', size: 1000 },
  ]);
  const offeredBy = ['isp', 'bank', 'rim'].map((org) => ({ type: 'OFFERED_BY' as const, from: `${org}.o`, to: org }));
  const topology = buildTopology({
    version: 'test',
    nodes: [...graph.nodes.values()],
    edges: [...graph.nodes.keys()].flatMap((id) => [...graph.needs(id)]),
    networkEnds: [],
    groups: people.groups,
    facts: [...people.facts, ...offeredBy],
  });
  const level = (sourceId: string, percent: number, relationshipId: string | null = null, consumerId: string | null = null): StatedLevel => ({
    sourceId,
    percent,
    relationshipId,
    relationshipName: relationshipId && `${relationshipId} contract`,
    consumerId,
    period: relationshipId ? 'MONTH' : null,
  });

  test('one promise per offering with a level and one per relationship on it, each with the people it stands for', () => {
    const promises = agreedPromises(
      topology,
      new Map([
        // Strictest first, as the statement returns them; sr.isp-bank's second level is looser and not its own promise.
        ['isp.o', [level('sr.isp-bank.sl', 99.99, 'sr.isp-bank', 'bank'), level('isp.s', 99.95), level('sr.isp-rim.sl', 99.9, 'sr.isp-rim', 'rim'), level('sr.isp-bank.sl2', 99.5, 'sr.isp-bank', 'bank')]],
        ['bank.o', [level('bank.s', 99.9)]],
        ['no.such.offering', [level('x', 99)]],
      ]),
    );
    const shown = promises.map((p) => [p.subject.kind, p.subject.id, p.targetId, p.level.sourceId, p.peopleAffected]);
    expect(shown).toEqual([
      // The offering: only its own consumer group loses it (nothing needs the offering itself).
      ['ServiceOffering', 'isp.o', 'isp.o', 'sr.isp-bank.sl', 100],
      // The bank's contract: the offering's group and the bank's own offering's, which goes DOWN with the ISP's service.
      ['ServiceRelationship', 'sr.isp-bank', 'isp.o', 'sr.isp-bank.sl', 100 + 1000],
      // The monitoring firm's contract: its own offering's groups; the bank's group counted once though it is also the bank's.
      ['ServiceRelationship', 'sr.isp-rim', 'isp.o', 'sr.isp-rim.sl', 100 + 10 + 1000],
      ['ServiceOffering', 'bank.o', 'bank.o', 'bank.s', 1000],
    ]);
    expect(promises[1].subject.name).toBe('sr.isp-bank contract');
  });
});

describe('checkPromises', () => {
  // o1 rests on a alone; o2 on b and c in series.
  const graph = buildGraph(['o1 -+> s1', 'o2 -+> s2', 's1 -> a', 's2 -> b', 's2 -> c']);
  const promise = (subject: string, targetId: string, percent: number, peopleAffected: number): AgreedPromise => ({
    subject: { id: subject, kind: subject.startsWith('sr.') ? 'ServiceRelationship' : 'ServiceOffering', name: subject },
    targetId,
    level: { sourceId: `${subject}.sl`, percent, relationshipId: null, relationshipName: null, consumerId: null, period: null },
    peopleAffected,
  });
  const promises = [promise('o1', 'o1', 99.8, 50), promise('sr.x', 'o1', 99.95, 40), promise('o2', 'o2', 99, 10)];
  const roomy = { nodes: 10_000_000, steps: 10_000_000, estimates: 2 };
  const options: AtRiskOptions = { defaultAvailability: null, perTarget: API_LIMITS, budget: roomy, samples: API_SAMPLES };

  type Row = [subject: string, method: string | null, availability: number | null, gap: number | null, undecided: Undecided | null];
  const rows = (list: AtRiskEntry[]): Row[] =>
    list.map((e) => [e.subject.id, e.answer?.method ?? null, e.answer?.availability ?? null, e.agreed.gap, e.undecided]);

  const cases: { name: string; figures: Record<string, number>; options?: Partial<typeof options>; atRisk: Row[]; undecided: Row[]; checked?: number }[] = [
    {
      name: 'exact answers: a level kept goes, those missed are ranked by people',
      figures: { a: 0.999, b: 0.99, c: 0.99 },
      // o1 at 99.9 % keeps 99.8 % and misses the contract's 99.95 %; o2 at 98.01 % misses 99 %.
      atRisk: [
        ['sr.x', 'EXACT', 0.999, 0.999 - 0.9995, null],
        ['o2', 'EXACT', 0.99 * 0.99, 0.99 * 0.99 - 0.99, null],
      ],
      undecided: [],
      checked: 3,
    },
    {
      name: 'a component without a figure and no default: undecided, never dropped',
      figures: { a: 0.999, b: 0.99 },
      atRisk: [['sr.x', 'EXACT', 0.999, 0.999 - 0.9995, null]],
      undecided: [['o2', 'EXACT', null, null, 'MISSING_FIGURES']],
    },
    {
      name: 'a default stands in for the missing figure',
      figures: { a: 0.999, b: 0.99 },
      options: { defaultAvailability: 0.99 },
      atRisk: [
        ['sr.x', 'EXACT', 0.999, 0.999 - 0.9995, null],
        ['o2', 'EXACT', 0.99 * 0.99, 0.99 * 0.99 - 0.99, null],
      ],
      undecided: [],
    },
    {
      name: 'no budget: every level undecided as BUDGET_SPENT',
      figures: { a: 0.999, b: 0.99, c: 0.99 },
      options: { budget: { nodes: 0, steps: 0, estimates: 0 } },
      atRisk: [],
      undecided: [
        ['o1', null, null, null, 'BUDGET_SPENT'],
        ['sr.x', null, null, null, 'BUDGET_SPENT'],
        ['o2', null, null, null, 'BUDGET_SPENT'],
      ],
    },
    {
      name: 'past each target`s limits: the most people`s target estimated, the next one left when no estimate is left',
      figures: { a: 0.9, b: 0.99, c: 0.99 },
      options: { perTarget: { ...API_LIMITS, maxNodes: 2 }, budget: { ...roomy, estimates: 1 } },
      // 10,000 samples of a 90 % component: the interval lies well below 99.8 %.
      atRisk: [
        ['o1', 'ESTIMATE', expect.closeTo(0.9, 1) as unknown as number, expect.any(Number) as unknown as number, null],
        ['sr.x', 'ESTIMATE', expect.closeTo(0.9, 1) as unknown as number, expect.any(Number) as unknown as number, null],
      ],
      undecided: [['o2', null, null, null, 'BUDGET_SPENT']],
    },
  ];
  test.each(cases)('$name', ({ figures: values, options: given, atRisk, undecided, checked }) => {
    const answer = checkPromises(graph, promises, figures(values), { ...options, ...given });
    expect(rows(answer.atRisk)).toEqual(atRisk);
    expect(rows(answer.undecided)).toEqual(undecided);
    if (checked !== undefined) expect(answer.checked).toBe(checked);
  });

  test("an entry gives downtime per period where its level states one: 99.95 % per month at 99.9 % is 0.73 h down against 0.365 h allowed", () => {
    const monthly: AgreedPromise = { ...promises[1], level: { ...promises[1].level, period: 'MONTH' } };
    // o2's level states no period: no per-period figures.
    const answer = checkPromises(graph, [monthly, promises[2]], figures({ a: 0.999, b: 0.99, c: 0.99 }), options);
    const [contract, o2] = answer.atRisk;
    expect(contract.agreed).toMatchObject({ period: 'MONTH', periodHours: 730, allowedDowntimeHoursPerPeriod: 0.365 });
    expect(contract.agreed.downtimeHoursPerPeriod).toBeCloseTo(0.73, 9);
    expect(o2.agreed).toMatchObject({ period: null, periodHours: null, downtimeHoursPerPeriod: null, allowedDowntimeHoursPerPeriod: null });
  });

  test('each attempt is charged what it spent: once the budget is gone, the targets left are BUDGET_SPENT', () => {
    const values = figures({ a: 0.9, b: 0.99, c: 0.99 });
    const o1 = computeAvailability(graph, 'o1', values, { limits: API_LIMITS }).work!;
    // Enough for o1 (the smaller structure, computed first) and not one node more than the 2 a diagram starts with.
    const answer = checkPromises(graph, promises, values, { ...options, budget: { nodes: o1.nodes + 2, steps: 1_000_000, estimates: 0 } });
    expect(rows(answer.atRisk)).toEqual([
      ['o1', 'EXACT', 0.9, 0.9 - 0.998, null],
      ['sr.x', 'EXACT', 0.9, 0.9 - 0.9995, null],
    ]);
    expect(rows(answer.undecided)).toEqual([['o2', null, null, null, 'BUDGET_SPENT']]);
  });

  test('the smallest structures are computed exactly first, so a large one that gives up cannot starve them; it is estimated', () => {
    // o2 (more people) needs 6 of 12 members: more nodes than its limits allow, so it always gives up.
    const members = Array.from({ length: 12 }, (_, k) => `m${k}`);
    const wide = buildGraph(['o1 -+> s1', 'o2 -+> s2', 's1 -> a', 's2 -> g', ...members.map((m) => `g => ${m}`)], { g: 6 });
    const values = figures({ a: 0.9, ...Object.fromEntries(members.map((m) => [m, 0.5])) });
    const need = (id: string) => computeAvailability(wide, id, values, { limits: API_LIMITS }).work!.nodes;
    const limits = { ...API_LIMITS, maxNodes: need('o2') - 1 };
    expect(need('o1')).toBeLessThan(limits.maxNodes);
    // One target's full limits in all: most people first, o2 would spend it all and o1 get nothing.
    const answer = checkPromises(wide, [promise('o1', 'o1', 99.8, 1), promise('o2', 'o2', 99.99, 10)], values, {
      ...options,
      perTarget: limits,
      budget: { nodes: limits.maxNodes, steps: 1_000_000, estimates: 1 },
    });
    expect(rows(answer.atRisk)).toEqual([
      ['o2', 'ESTIMATE', expect.any(Number) as unknown as number, expect.any(Number) as unknown as number, null],
      ['o1', 'EXACT', 0.9, 0.9 - 0.998, null],
    ]);
    expect(answer.atRisk[0].answer?.whyEstimate).toMatch(/decision diagram nodes/);
  });

  test('a default outside 0 to 1 is refused before any work', () => {
    expect(() => checkPromises(graph, promises, figures({}), { ...options, defaultAvailability: 1.5 })).toThrow('defaultAvailability: must be between 0 and 1');
  });
});
