import { StatedLevel } from '../../src/domain/availability/agreedGap';
import { AgreedPromise, AtRiskEntry, AtRiskOptions, AtRiskScope, agreedPromises, candidatePage, checkPromises } from '../../src/domain/availability/atRisk';
import { AvailabilityFigure } from '../../src/domain/availability/availabilityFigure';
import { Fact, buildTopology, targetFacts } from '../../src/domain/impact/topology';
import { API_LIMITS, API_SAMPLES } from '../../src/services/availabilityService';
import { buildGraph } from '../helpers/graphBuilder';

const figures = (values: Record<string, number>) =>
  new Map(Object.entries(values).map(([id, availability]): [string, AvailabilityFigure] => [id, { availability, source: 'ASSUMED' }]));

// An ISP's offering, consumed by a bank and a monitoring firm under contracts; the bank's own offering.
const graph = buildGraph(['isp.o -+> isp.s', 'bank.o -+> bank.s', 'rim.o -+> rim.s', 'isp.s -> isp.r', 'bank.s -> isp.s', 'rim.s -> isp.s']);
const people = targetFacts([
  { offeringId: 'isp.o', consumerGroupId: 'isp.cg', name: 'isp.cg', size: 100 },
  { offeringId: 'bank.o', consumerGroupId: 'bank.cg', name: 'bank.cg', size: 1000 },
  { offeringId: 'rim.o', consumerGroupId: 'rim.cg', name: 'rim.cg', size: 10 },
]);
const facts: Fact[] = [
  ...people.facts,
  ...['isp', 'bank', 'rim'].map((org) => ({ type: 'OFFERED_BY' as const, from: `${org}.o`, to: org })),
  { type: 'COVERS', from: 'sr.isp-bank', to: 'isp.o' },
  { type: 'HAS_CONSUMER', from: 'sr.isp-bank', to: 'bank' },
  { type: 'COVERS', from: 'sr.isp-rim', to: 'isp.o' },
  { type: 'HAS_CONSUMER', from: 'sr.isp-rim', to: 'rim' },
];
const topology = buildTopology({
  version: 'test',
  nodes: [...graph.nodes.values()],
  edges: [...graph.nodes.keys()].flatMap((id) => [...graph.needs(id)]),
  networkEnds: [],
  groups: people.groups,
  facts,
});
const level = (sourceId: string, percent: number, relationshipId: string | null = null, consumerId: string | null = null): StatedLevel => ({
  sourceId,
  percent,
  relationshipId,
  relationshipName: relationshipId,
  consumerId,
  period: null,
});
// Candidate order: sr.isp-bank (1,100 people), bank.o (1,000), sr.isp-rim (110), isp.o (100), rim.o (10).
const promises = agreedPromises(
  topology,
  new Map([
    ['isp.o', [level('sr.isp-bank.sl', 99.99, 'sr.isp-bank', 'bank'), level('sr.isp-rim.sl', 99.9, 'sr.isp-rim', 'rim')]],
    ['bank.o', [level('bank.s', 99.9)]],
    ['rim.o', [level('rim.s', 99.5)]],
  ]),
);
const ALL = ['sr.isp-bank', 'bank.o', 'sr.isp-rim', 'isp.o', 'rim.o'];

describe('candidatePage', () => {
  const any: AtRiskScope = { provider: null, consumer: null, service: null };
  const cases: { name: string; scope?: Partial<AtRiskScope>; offset?: number; first?: number | null; candidates: number; page: string[] }[] = [
    { name: 'no scope: every level, most people first', candidates: 5, page: ALL },
    { name: 'a provider: the levels on its offerings, its contracts included', scope: { provider: 'isp' }, candidates: 3, page: ['sr.isp-bank', 'sr.isp-rim', 'isp.o'] },
    { name: 'a provider that offers nothing with a level: an empty scope', scope: { provider: 'nobody' }, candidates: 0, page: [] },
    {
      name: 'a consumer: its own contracts and the offerings it consumes through one, not other consumers` contracts',
      scope: { consumer: 'bank' },
      candidates: 2,
      page: ['sr.isp-bank', 'isp.o'],
    },
    { name: 'a service: the levels of the offerings that include it', scope: { service: 'isp.s' }, candidates: 3, page: ['sr.isp-bank', 'sr.isp-rim', 'isp.o'] },
    { name: 'a service included by no offering directly: an empty scope', scope: { service: 'isp.r' }, candidates: 0, page: [] },
    { name: 'scopes combine: all must hold', scope: { provider: 'isp', consumer: 'rim' }, candidates: 2, page: ['sr.isp-rim', 'isp.o'] },
    { name: 'scopes that exclude each other: nothing', scope: { provider: 'bank', service: 'isp.s' }, candidates: 0, page: [] },
    { name: 'first: the first candidates only, the count is the whole scope`s', first: 2, candidates: 5, page: ['sr.isp-bank', 'bank.o'] },
    { name: 'offset and first: a page in the middle', offset: 2, first: 2, candidates: 5, page: ['sr.isp-rim', 'isp.o'] },
    { name: 'a last page shorter than first', offset: 4, first: 2, candidates: 5, page: ['rim.o'] },
    { name: 'an offset past the end: an empty page', offset: 9, first: 2, candidates: 5, page: [] },
    { name: 'paging within a scope', scope: { provider: 'isp' }, offset: 1, first: 1, candidates: 3, page: ['sr.isp-rim'] },
  ];
  test.each(cases)('$name', ({ scope, offset, first, candidates, page }) => {
    const answer = candidatePage(topology, promises, { ...any, ...scope }, offset ?? 0, first ?? null);
    expect(answer.candidates).toBe(candidates);
    expect(answer.page.map((p) => p.subject.id)).toEqual(page);
  });

  test('the order is total: as many people, then subject id, then target id', () => {
    const p = (subject: string, targetId: string, peopleAffected: number): AgreedPromise => ({ ...promises[0], subject: { ...promises[0].subject, id: subject }, targetId, peopleAffected });
    const page = candidatePage(topology, [p('b', 'isp.o', 5), p('a', 'rim.o', 5), p('a', 'isp.o', 5), p('c', 'isp.o', 6)], any, 0, null).page;
    expect(page.map((x) => `${x.subject.id}/${x.targetId}`)).toEqual(['c/isp.o', 'a/isp.o', 'a/rim.o', 'b/isp.o']);
  });
});

describe('checkPromises on a page', () => {
  // Every component well below every level: each level is missed, exactly or by an estimate alike.
  const values = figures({ 'isp.r': 0.9, 'bank.s': 0.9, 'rim.s': 0.9, 'isp.s': 0.9 });
  const roomy: AtRiskOptions = { defaultAvailability: null, perTarget: API_LIMITS, budget: { nodes: 10_000_000, steps: 10_000_000, estimates: 2 }, samples: API_SAMPLES };
  const page = (offset: number, first: number | null) => candidatePage(topology, promises, { provider: null, consumer: null, service: null }, offset, first);
  const check = (offset: number, first: number | null, budget = roomy.budget) => {
    const { page: list, candidates } = page(offset, first);
    return checkPromises(graph, list, values, { ...roomy, budget, offset, candidates });
  };

  const cases: { name: string; offset: number; first: number | null; budget?: AtRiskOptions['budget']; nextOffset: number | null; remaining: number; spent: number[] }[] = [
    { name: 'the whole scope decided: nothing left to ask', offset: 0, first: null, nextOffset: null, remaining: 0, spent: [] },
    { name: 'a page decided before the end: ask again from its end', offset: 0, first: 2, nextOffset: 2, remaining: 3, spent: [] },
    { name: 'the last page decided: nothing left', offset: 3, first: 2, nextOffset: null, remaining: 0, spent: [] },
    {
      name: 'a budget that decides one target: ask again from the first level it left',
      offset: 0,
      first: null,
      budget: { nodes: 0, steps: 0, estimates: 1 },
      // The first candidate's target (isp.o) is estimated: its three levels are decided, bank.o (position 1) is not.
      nextOffset: 1,
      remaining: 4,
      spent: [1, 4],
    },
    { name: 'no budget at all: ask again from the same offset', offset: 2, first: 2, budget: { nodes: 0, steps: 0, estimates: 0 }, nextOffset: 2, remaining: 3, spent: [2, 3] },
  ];
  test.each(cases)('$name', ({ offset, first, budget, nextOffset, remaining, spent }) => {
    const answer = check(offset, first, budget);
    expect(answer).toMatchObject({ candidates: 5, offset, nextOffset, remaining });
    expect(answer.undecided.filter((e) => e.undecided === 'BUDGET_SPENT').map((e) => e.position).sort()).toEqual(spent);
  });

  test('calls from nextOffset with one estimate each decide every level, as one roomy call does', () => {
    const whole = check(0, null);
    const seen = new Map<number, AtRiskEntry>();
    let offset: number | null = 0;
    let calls = 0;
    while (offset !== null) {
      const answer = check(offset, 2, { nodes: 0, steps: 0, estimates: 1 });
      for (const entry of [...answer.atRisk, ...answer.undecided]) if (entry.undecided === null) seen.set(entry.position, entry);
      expect(answer.nextOffset === null || answer.nextOffset > offset).toBe(true);
      offset = answer.nextOffset;
      calls += 1;
    }
    expect(calls).toBeLessThanOrEqual(5);
    expect([...seen.keys()].sort()).toEqual([0, 1, 2, 3, 4]);
    const brief = (entries: AtRiskEntry[]) => entries.map((e) => [e.position, e.subject.id, e.agreed.met]).sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(brief([...seen.values()])).toEqual(brief(whole.atRisk));
  });
});
