import { AvailabilityFigure } from '../../src/domain/availability/availabilityFigure';
import { StatedLevel } from '../../src/domain/availability/agreedGap';
import { computeAvailability } from '../../src/domain/availability/computeAvailability';
import { consumerAccess, strictestLevel, withAccessNode } from '../../src/domain/availability/consumerAccess';
import { buildGraph, topologyOf } from '../helpers/graphBuilder';

/** The target is always the service `s` (no failure of its own), reached through interface `face`. */
const service = (lines: string[], groups: Record<string, number | string> = {}) => buildGraph(['face -I-> s', ...lines], groups);
const figures = (values: Record<string, number | AvailabilityFigure>) =>
  new Map(Object.entries(values).map(([id, v]): [string, AvailabilityFigure] => [id, typeof v === 'number' ? { availability: v, source: 'ASSUMED' } : v]));

type Case = {
  structure: string;
  edges: string[];
  groups?: Record<string, number | string>;
  figures: Record<string, number | AvailabilityFigure>;
  target?: string;
  expected: number;
};

// Every expected value is worked out by hand in the comment beside it.
const cases: Case[] = [
  { structure: 'series: both needed', edges: ['s -> a', 's -> b'], figures: { a: 0.9, b: 0.8 }, expected: 0.9 * 0.8 },
  { structure: 'parallel: one of two', edges: ['s -> g', 'g => a', 'g => b'], groups: { g: 1 }, figures: { a: 0.9, b: 0.8 }, expected: 1 - 0.1 * 0.2 },
  {
    structure: '2 of 3: ab + ac + bc - 2abc',
    edges: ['s -> g', 'g => a', 'g => b', 'g => c'],
    groups: { g: 2 },
    figures: { a: 0.9, b: 0.8, c: 0.7 },
    expected: 0.72 + 0.63 + 0.56 - 2 * 0.504,
  },
  {
    structure: '50 % of 3 rounds up to 2 of 3',
    edges: ['s -> g', 'g => a', 'g => b', 'g => c'],
    groups: { g: '50%' },
    figures: { a: 0.9, b: 0.8, c: 0.7 },
    expected: 0.72 + 0.63 + 0.56 - 2 * 0.504,
  },
  { structure: 'a group that needs none never goes DOWN', edges: ['s -> g', 'g => a', 'g => b'], groups: { g: 0 }, figures: { a: 0.5, b: 0.5 }, expected: 1 },
  {
    // Both members need c: c up and one of a, b up. Naive multiplication of the two paths is wrong.
    structure: 'shared dependency: c (1 - (1 - a)(1 - b))',
    edges: ['s -> g', 'g => a', 'g => b', 'a -> c', 'b -> c'],
    groups: { g: 1 },
    figures: { a: 0.9, b: 0.9, c: 0.95 },
    expected: 0.95 * (1 - 0.1 * 0.1),
  },
  {
    structure: 'nested groups: 1 of (2 of {a, b}, 1 of {c, d})',
    edges: ['s -> outer', 'outer => g1', 'outer => g2', 'g1 => a', 'g1 => b', 'g2 => c', 'g2 => d'],
    groups: { outer: 1, g1: 2, g2: 1 },
    figures: { a: 0.9, b: 0.9, c: 0.9, d: 0.9 },
    expected: 1 - (1 - 0.81) * (1 - 0.99),
  },
  { structure: 'a soft dependency never takes the target DOWN', edges: ['s -> a', 's ~> b'], figures: { a: 0.9, b: 0.1 }, expected: 0.9 },
  {
    structure: 'a cycle passes DOWN around it: a, b and c all needed',
    edges: ['s -> a', 'a -> b', 'b -> a', 'b -> c'],
    figures: { a: 0.9, b: 0.8, c: 0.7 },
    expected: 0.9 * 0.8 * 0.7,
  },
  {
    // With c failed, a, g and b could hold each other DOWN, but nothing started it: least fixpoint, UP.
    structure: 'a cycle through a group does not hold itself DOWN: a (1 - (1 - b)(1 - c))',
    edges: ['s -> a', 'a -> g', 'g => b', 'g => c', 'b -> a'],
    groups: { g: 1 },
    figures: { a: 0.9, b: 0.8, c: 0.7 },
    expected: 0.9 * (1 - 0.2 * 0.3),
  },
  {
    // Ring r1-r2-r3-r4; from r1 to r3 either way round: r1 r3 (1 - (1 - r2 l12 l23)(1 - r4 l41 l34)).
    structure: 'a connectivity through a mesh: either way round the ring',
    edges: ['net: r1 =l12= r2', 'net: r2 =l23= r3', 'net: r3 =l34= r4', 'net: r4 =l41= r1', 'c @net: r1 -> r3', 's -> c'],
    figures: { r1: 0.9, r2: 0.9, r3: 0.9, r4: 0.9, l12: 0.9, l23: 0.9, l34: 0.9, l41: 0.9 },
    expected: 0.81 * (1 - (1 - 0.729) ** 2),
  },
  {
    structure: 'a directed link carries traffic one way only',
    edges: ['net: r1 =l1=> r2', 'net: r2 =l2=> r1', 'c @net: r2 -> r1', 's -> c'],
    figures: { r1: 0.9, r2: 0.8, l1: 0.5, l2: 0.7 },
    expected: 0.9 * 0.8 * 0.7,
  },
  { structure: "a component's own failure counts when it is the target", edges: ['a -> b'], target: 'a', figures: { a: 0.9, b: 0.8 }, expected: 0.72 },
  {
    structure: 'MTBF and MTTR give MTBF / (MTBF + MTTR)',
    edges: ['s -> a'],
    figures: { a: { mtbfHours: 999, mttrHours: 1, source: 'VENDOR' } },
    expected: 0.999,
  },
];

describe('computeAvailability on hand-checked structures', () => {
  test.each(cases)('$structure', ({ edges, groups, figures: values, target, expected }) => {
    const answer = computeAvailability(service(edges, groups), target ?? 's', figures(values));
    expect(answer.method).toBe('EXACT');
    expect(answer.unknownComponents).toEqual([]);
    expect(answer.availability).toBeCloseTo(expected, 14);
  });

  test('the shared dependency is not the naive product of the two paths', () => {
    const answer = computeAvailability(service(['s -> g', 'g => a', 'g => b', 'a -> c', 'b -> c'], { g: 1 }), 's', figures({ a: 0.9, b: 0.9, c: 0.95 }));
    const naive = 1 - (1 - 0.9 * 0.95) ** 2;
    expect(Math.abs(answer.availability! - naive)).toBeGreaterThan(0.03);
  });
});

describe('figures that are missing', () => {
  const graph = service(['s -> a', 's -> b', 's ~> c']);

  test('a component without a figure makes the answer unknown, names it, and bounds it', () => {
    const answer = computeAvailability(graph, 's', figures({ a: 0.9 }));
    expect(answer.availability).toBeNull();
    expect(answer.downtimeHoursPerYear).toBeNull();
    // c is soft: nothing it does changes the answer, so its missing figure is not asked for.
    expect(answer.unknownComponents).toEqual(['b']);
    expect(answer.bounds).toEqual({ lower: 0, upper: 0.9 });
    expect(answer.contributors).toBeNull();
  });

  test('a configured default stands in and is named', () => {
    const answer = computeAvailability(graph, 's', figures({ a: 0.9 }), { defaultAvailability: 0.99 });
    expect(answer.availability).toBeCloseTo(0.891, 14);
    expect(answer.defaultAvailability).toBe(0.99);
    expect(answer.defaultedComponents).toEqual(['b']);
    expect(answer.components).toEqual([
      { componentId: 'a', availability: 0.9, source: 'ASSUMED' },
      { componentId: 'b', availability: 0.99, source: 'DEFAULT' },
    ]);
  });

  test.each([
    [{ availability: 1.2 }, 'figures.a.availability: must be between 0 and 1'],
    [{ mtbfHours: 100 }, 'mtbfHours and mttrHours come together'],
    [{ availability: 0.5, mtbfHours: 99, mttrHours: 1 }, 'disagrees with MTBF/(MTBF+MTTR)'],
  ])('a figure that cannot be right is refused: %j', (figure, message) => {
    expect(() => computeAvailability(graph, 's', figures({ a: figure, b: 0.9 }))).toThrow(message);
  });

  test('an unknown target is not found', () => {
    expect(() => computeAvailability(graph, 'nowhere', figures({}))).toThrow('nowhere is not in the impact graph');
  });
});

describe('downtime and the agreed level', () => {
  const graph = service(['s -> a']);

  test.each([
    { availability: 0.999, agreed: 0.9995, gap: -0.0005, met: false, perYear: 8.76, perPeriod: 0.73, allowed: 0.365 },
    { availability: 0.9999, agreed: 0.9995, gap: 0.0004, met: true, perYear: 0.876, perPeriod: 0.073, allowed: 0.365 },
  ])('$availability against $agreed over a month of 730 hours', ({ availability, agreed, gap, met, perYear, perPeriod, allowed }) => {
    const answer = computeAvailability(graph, 's', figures({ a: availability }), { agreed: { availability: agreed, period: 'MONTH' } });
    expect(answer.downtimeHoursPerYear).toBeCloseTo(perYear, 9);
    expect(answer.agreed!.gap).toBeCloseTo(gap, 12);
    expect(answer.agreed!.met).toBe(met);
    expect(answer.agreed!.downtimeHoursPerPeriod).toBeCloseTo(perPeriod, 9);
    expect(answer.agreed!.allowedDowntimeHoursPerPeriod).toBeCloseTo(allowed, 9);
  });
});

describe('contributors', () => {
  test('in series, Birnbaum is the other component and Fussell-Vesely ranks the weaker one first', () => {
    // Q = 1 - 0.72 = 0.28; B(a) = 0.8, B(b) = 0.9; FV(a) = 0.1 * 0.8 / 0.28, FV(b) = 0.2 * 0.9 / 0.28.
    const answer = computeAvailability(service(['s -> a', 's -> b']), 's', figures({ a: 0.9, b: 0.8 }));
    const [first, second] = answer.contributors!;
    expect(first.componentId).toBe('b');
    expect(first.birnbaum).toBeCloseTo(0.9, 14);
    expect(first.fussellVesely).toBeCloseTo(0.18 / 0.28, 14);
    expect(first.riskAchievementWorth).toBeCloseTo(1 / 0.28, 12);
    expect(second.componentId).toBe('a');
    expect(second.birnbaum).toBeCloseTo(0.8, 14);
    expect(second.fussellVesely).toBeCloseTo(0.08 / 0.28, 14);
  });

  test('a shared dependency outranks the redundant members above it', () => {
    const answer = computeAvailability(service(['s -> g', 'g => a', 'g => b', 'a -> c', 'b -> c'], { g: 1 }), 's', figures({ a: 0.9, b: 0.9, c: 0.95 }));
    expect(answer.contributors!.map((c) => c.componentId)).toEqual(['c', 'a', 'b']);
    // B(c) = P(up | c up) - 0 = 0.99; B(a) = c (1 - b) = 0.95 * 0.1.
    expect(answer.contributors![0].birnbaum).toBeCloseTo(0.99, 14);
    expect(answer.contributors![1].birnbaum).toBeCloseTo(0.095, 14);
  });
});

describe("a consumer group's access", () => {
  /** The group `cg` is targeted by the offerings in `targeting`; its access is up while all of them are. */
  const access = (lines: string[], targeting: string[], values: Record<string, number>, groups: Record<string, number> = {}) => {
    const graph = buildGraph(lines, groups);
    const topology = topologyOf(graph, Object.fromEntries(targeting.map((o) => [o, [['cg', 100]]])));
    const answer = computeAvailability(withAccessNode(graph, consumerAccess(topology.targets, 'cg')!), 'cg', figures(values));
    return { graph, answer };
  };

  type AccessCase = { structure: string; lines: string[]; targeting: string[]; values: Record<string, number>; groups?: Record<string, number>; expected: number };
  test.each<AccessCase>([
    { structure: 'one offering: its availability', lines: ['o1 -+> s1', 's1 -> a', 's1 -> b'], targeting: ['o1'], values: { a: 0.9, b: 0.8 }, expected: 0.72 },
    {
      structure: 'two offerings: both must be up, a b c',
      lines: ['o1 -+> s1', 's1 -> a', 'o2 -+> s2', 's2 -> b', 's2 -> c'],
      targeting: ['o1', 'o2'],
      values: { a: 0.9, b: 0.8, c: 0.7 },
      expected: 0.9 * 0.8 * 0.7,
    },
    {
      // Not the product of the two offerings' figures (0.95 0.9 times 0.95 0.8): c counts once.
      structure: 'two offerings sharing a component: c a b',
      lines: ['o1 -+> s1', 's1 -> a', 's1 -> c', 'o2 -+> s2', 's2 -> b', 's2 -> c'],
      targeting: ['o1', 'o2'],
      values: { a: 0.9, b: 0.8, c: 0.95 },
      expected: 0.95 * 0.9 * 0.8,
    },
    {
      // o1 needs a or b, o2 needs b: both up exactly when b is.
      structure: "one offering's redundancy is spent by the other's need: b",
      lines: ['o1 -+> s1', 's1 -> g', 'g => a', 'g => b', 'o2 -+> s2', 's2 -> b'],
      targeting: ['o1', 'o2'],
      values: { a: 0.9, b: 0.8 },
      groups: { g: 1 },
      expected: 0.8,
    },
  ])('$structure', ({ lines, targeting, values, groups, expected }) => {
    const { graph, answer } = access(lines, targeting, values, groups);
    expect(answer.method).toBe('EXACT');
    expect(answer.targetId).toBe('cg');
    expect(answer.availability).toBeCloseTo(expected, 14);
    if (targeting.length === 1) expect(answer.availability).toBe(computeAvailability(graph, targeting[0], figures(values)).availability);
  });

  test('contributors rank the components behind every offering', () => {
    const { answer } = access(['o1 -+> s1', 's1 -> a', 'o2 -+> s2', 's2 -> b'], ['o1', 'o2'], { a: 0.9, b: 0.8 });
    // In series: B(a) = b, B(b) = a; b fails more often, so it comes first.
    expect(answer.contributors!.map((c) => [c.componentId, c.birnbaum])).toEqual([
      ['b', expect.closeTo(0.9, 14)],
      ['a', expect.closeTo(0.8, 14)],
    ]);
  });

  test('a group no offering targets has no access to compute', () => {
    const topology = topologyOf(buildGraph(['o1 -+> s1', 's1 -> a']), { o1: [['other', 5]] });
    expect(consumerAccess(topology.targets, 'cg')).toBeNull();
    expect(consumerAccess(topology.targets, 'other')).toEqual({ groupId: 'other', name: 'other', offeringIds: ['o1'] });
  });

  test('an id that is already a node of the graph is refused', () => {
    expect(() => withAccessNode(buildGraph(['o1 -+> s1']), { groupId: 's1', name: 's1', offeringIds: ['o1'] })).toThrow('s1 is already a node of the impact graph');
  });

  const level = (sourceId: string, percent: number, relationshipId: string | null = null): StatedLevel => ({
    sourceId,
    percent,
    relationshipId,
    relationshipName: null,
    consumerId: null,
    period: null,
  });
  test.each([
    { case: 'none agreed for any offering', levels: {}, expected: null },
    { case: 'the strictest over all offerings', levels: { o1: [level('sl1', 99.9, 'r1')], o2: [level('sl2', 99.95, 'r2')] }, expected: 'sl2' },
    { case: 'on equal figures, a service level before a service\'s own target', levels: { o1: [level('a.svc', 99.95)], o2: [level('z.sl', 99.95, 'r2')] }, expected: 'z.sl' },
    { case: 'an offering that does not target the group does not count', levels: { o3: [level('sl3', 99.99, 'r3')], o1: [level('sl1', 99.9, 'r1')] }, expected: 'sl1' },
  ])('the agreed level is $case', ({ levels, expected }) => {
    expect(strictestLevel(new Map(Object.entries(levels)), ['o1', 'o2'])?.sourceId ?? null).toBe(expected);
  });
});
