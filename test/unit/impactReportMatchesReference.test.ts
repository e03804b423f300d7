import { prng } from '../../bench/prng';
import { buildImpactReport } from '../../src/domain/impact/impactReport';
import { LiveTopology } from '../../src/domain/impact/liveTopology';
import { propagate } from '../../src/domain/impact/propagate';
import { State } from '../../src/domain/impact/state';
import { TopologyChange } from '../../src/domain/impact/topologyChange';
import { PlainReport, plainReport, referenceReport } from '../helpers/referenceReport';

/**
 * Random estates of components, redundancy groups, services, interfaces and offerings, with people
 * behind offerings and organisations behind services and offerings, changed in place by random
 * writes (names, sizes, kinds, needs, facts, deletions). Between the writes, reports on random
 * failures (several at once, DEGRADED ones too) must equal the reference written out from the
 * propagation's state of every node: counts, people, consumer groups, organisations, node lists.
 */
function randomEstate(seed: number) {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, k) => `${prefix}${k}`);
  const components = ids('c', 12);
  const groups = ids('g', 3);
  const services = ids('s', 6);
  const interfaces = ids('i', 2);
  const offerings = ids('o', 5);
  const people = ids('cg', 5);
  const organizations = ids('org', 3);
  const agreements = ids('sr', 3);
  // An offering may be written as a service and back, so that kinds change under the report's arrays.
  const kinds = new Map<string, string>();
  const kindOf = (id: string) => kinds.get(id) ?? defaultKind(id);
  const impactIds = [...components, ...groups, ...services, ...interfaces, ...offerings];

  const entity = (id: string, label = kindOf(id)): TopologyChange => {
    kinds.set(id, label);
    const properties: Record<string, unknown> = { label, name: `${id} v${Math.floor(random() * 5)}` };
    if (label === 'RedundancyGroup') {
      if (random() < 0.5) properties.minUp = 1 + Math.floor(random() * 2);
      else properties.minUpPercent = pick([34, 50, 100]);
    }
    if (label === 'ConsumerGroup') properties.size = Math.floor(random() * 10_000);
    return { kind: 'entity', id, properties };
  };
  const relationship = (present: boolean): TopologyChange => {
    const rel = (type: string, from: string, to: string, properties: Record<string, unknown> = {}): TopologyChange => ({
      kind: 'relationship', type, from, to, properties: present ? properties : null,
    });
    const r = random();
    if (r < 0.3) return rel('DEPENDS_ON', pick([...components, ...services]), pick([...components, ...groups, ...services]), { strength: random() < 0.3 ? 'SOFT' : 'HARD' });
    if (r < 0.42) return rel('HAS_MEMBER', pick(groups), pick(components));
    if (r < 0.47) return rel('INTERFACE_OF', pick(interfaces), pick(services));
    if (r < 0.57) return rel('INCLUDES', pick(offerings), pick([...services, ...interfaces]));
    // Facts, a few on the wrong kind of node (a service that targets, an offering provided by): the report counts neither.
    if (r < 0.72) return rel('TARGETS', random() < 0.9 ? pick(offerings) : pick(services), pick([...people, 'cg-unknown']));
    if (r < 0.82) return rel('PROVIDED_BY', random() < 0.9 ? pick(services) : pick(offerings), pick(organizations));
    if (r < 0.9) return rel('COVERS', pick(agreements), random() < 0.9 ? pick(offerings) : pick(services));
    return rel('HAS_CONSUMER', pick(agreements), pick(organizations));
  };

  const initial: TopologyChange[] = [...impactIds, ...people].map((id) => entity(id));
  for (let k = 0; k < 60; k += 1) initial.push(relationship(true));

  return {
    random,
    initial,
    impactIds,
    /** One write, as the recorded history gives it. */
    next(): TopologyChange[] {
      const r = random();
      if (r < 0.15) return [entity(pick([...impactIds, ...people]))];
      if (r < 0.2) {
        const id = pick(offerings);
        return [entity(id, kindOf(id) === 'ServiceOffering' ? 'Service' : 'ServiceOffering')];
      }
      if (r < 0.25) return [{ kind: 'entity', id: pick([...components, ...services, ...offerings, ...people]), properties: null }];
      if (r < 0.28) return [entity(pick([...components, ...services, ...offerings, ...people]))];
      return [relationship(random() < 0.75)];
    },
  };
}

function defaultKind(id: string): string {
  if (id.startsWith('cg')) return 'ConsumerGroup';
  if (id.startsWith('c')) return 'Component';
  if (id.startsWith('g')) return 'RedundancyGroup';
  if (id.startsWith('s')) return 'Service';
  if (id.startsWith('i')) return 'ServiceInterface';
  return 'ServiceOffering';
}

function failuresOf(random: () => number, ids: string[]): Map<string, State> {
  const own = new Map<string, State>();
  const count = 1 + Math.floor(random() * 4);
  for (let k = 0; k < count; k += 1) own.set(ids[Math.floor(random() * ids.length)], random() < 0.7 ? 'DOWN' : 'DEGRADED');
  return own;
}

/** What the questions above put to the test, over all seeds. */
const seen = { questions: 0, peopleDown: 0, peopleDegraded: 0, bothRoles: 0, organizationsDown: 0 };

function note(plain: PlainReport): void {
  seen.questions += 1;
  if (plain.summary.peopleDown > 0) seen.peopleDown += 1;
  if (plain.summary.peopleDegraded > 0) seen.peopleDegraded += 1;
  if (plain.organizations.some((o) => o.roles.length === 2)) seen.bothRoles += 1;
  if (plain.summary.organizations.down > 0) seen.organizationsDown += 1;
}

describe('the impact report against the reference written out from every node state', () => {
  test.each(Array.from({ length: 40 }, (_, k) => k + 1))('random estate, writes and questions, seed %i', (seed) => {
    const estate = randomEstate(seed);
    const live = new LiveTopology({ version: '0', nodes: [], edges: [], networkEnds: [], groups: [], facts: [] });
    live.apply(estate.initial, '1');
    for (let step = 2; step < 80; step += 1) {
      // Questions before and after each write: the report's arrays must follow the changes.
      for (let asked = 0; asked < 2; asked += 1) {
        const own = failuresOf(estate.random, estate.impactIds.filter((id) => live.graph.nodes.has(id)));
        if (own.size === 0) continue;
        const propagation = propagate(live.graph, own);
        const expected = referenceReport(live, propagation, own);
        expect([step, own, plainReport(buildImpactReport(live, propagation, own))]).toEqual([step, own, expected]);
        note(expected);
      }
      live.apply(estate.next(), String(step));
    }
  });

  test('the questions above reached people down and degraded, and organisations in both roles', () => {
    expect(seen.questions).toBeGreaterThan(5000);
    for (const count of [seen.peopleDown, seen.peopleDegraded, seen.bothRoles, seen.organizationsDown]) {
      expect(count).toBeGreaterThan(seen.questions / 20);
    }
  });

  test('the summary alone, read before anything else, equals the full report and names the same groups', () => {
    const estate = randomEstate(99);
    const live = new LiveTopology({ version: '0', nodes: [], edges: [], networkEnds: [], groups: [], facts: [] });
    live.apply(estate.initial, '1');
    for (let k = 0; k < 200; k += 1) {
      const own = failuresOf(estate.random, estate.impactIds);
      const propagation = propagate(live.graph, own);
      const summaryFirst = buildImpactReport(live, propagation, own);
      const { summary } = summaryFirst;
      const expected = referenceReport(live, propagation, own);
      expect(summary).toEqual(expected.summary);
      // Lists read after the summary, in the other order than plainReport reads them.
      expect(summaryFirst.organizations.map((o) => [o.organizationId, o.offeringsConsumed.map((n) => n.id), o.servicesProvided.map((n) => n.id)])).toEqual(
        expected.organizations.map((o) => [o.id, o.offeringsConsumed, o.servicesProvided]),
      );
      expect(summaryFirst.consumerGroups.map((g) => [g.consumerGroupId, g.chain().map((s) => s.id)])).toEqual(
        expected.consumerGroups.map((g) => [g.id, g.chain.map(([id]) => id)]),
      );
    }
  });

  test('a report made on an earlier propagation answers for the layout it ran on after the graph moved on', () => {
    const estate = randomEstate(7);
    const live = new LiveTopology({ version: '0', nodes: [], edges: [], networkEnds: [], groups: [], facts: [] });
    live.apply(estate.initial, '1');
    const own = new Map<string, State>([['c0', 'DOWN'], ['c1', 'DEGRADED']]);
    const before = propagate(live.graph, own);
    const expected = referenceReport(live, before, own);
    // A new node and a new need: the next question lays the index out again, with more nodes.
    live.apply([
      { kind: 'entity', id: 'c-new', properties: { label: 'Component', name: 'new' } },
      { kind: 'relationship', type: 'DEPENDS_ON', from: 'c-new', to: 'c0', properties: {} },
    ], '2');
    const after = propagate(live.graph, own);
    expect(after.stateOf('c-new')).toBe('DOWN');
    expect(plainReport(buildImpactReport(live, after, own))).toEqual(referenceReport(live, after, own));
    expect(plainReport(buildImpactReport(live, before, own)).summary).toEqual(expected.summary);
  });
});
