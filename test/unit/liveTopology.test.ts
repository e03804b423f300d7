import { prng } from '../../bench/prng';
import { chainTo } from '../../src/domain/impact/chain';
import { findCycles } from '../../src/domain/impact/cycles';
import { findCyclicSupport, indexCycles } from '../../src/domain/impact/cyclicSupport';
import { ImpactEdge, ImpactGraph, ImpactKind, ImpactNode, NetworkEnd } from '../../src/domain/impact/impactGraph';
import { buildImpactReport } from '../../src/domain/impact/impactReport';
import { LiveTopology } from '../../src/domain/impact/liveTopology';
import { propagate } from '../../src/domain/impact/propagate';
import { State } from '../../src/domain/impact/state';
import { Fact, FactType, TopologyData } from '../../src/domain/impact/topology';
import { TopologyChange } from '../../src/domain/impact/topologyChange';
import { referenceStates } from '../helpers/referenceImpact';

/**
 * The live topology is changed in place by every write; the plain model here is changed by the
 * same writes as simple maps, and rebuilt from scratch for every question. Both must give the same
 * answers (states checked against the naive reference evaluator, people, providers, consumers,
 * owners, cycles and cyclic support), with questions interleaved at random between the writes so
 * that the index is laid out again from earlier layouts many times over.
 */
class PlainModel {
  nodes = new Map<string, ImpactNode>();
  edges = new Map<string, ImpactEdge>();
  ends = new Map<string, NetworkEnd>();
  groups = new Map<string, { id: string; name: string; size: number }>();
  facts = new Map<string, Fact>();

  apply(change: TopologyChange): void {
    if (change.kind === 'entity') {
      const { id, properties } = change;
      if (properties === null) {
        this.nodes.delete(id);
        this.groups.delete(id);
        for (const map of [this.edges, this.ends, this.facts] as Map<string, { from: string; to: string }>[]) {
          for (const [key, r] of map) if (r.from === id || r.to === id) map.delete(key);
        }
      } else if (properties.label === 'ConsumerGroup') {
        this.groups.set(id, { id, name: String(properties.name), size: Number(properties.size) });
      } else {
        const node: ImpactNode = {
          id,
          kind: properties.label as ImpactKind,
          name: String(properties.name),
          minUp: typeof properties.minUp === 'number' ? properties.minUp : null,
          minUpPercent: typeof properties.minUpPercent === 'number' ? properties.minUpPercent : null,
          ...(properties.directed === true ? { directed: true } : {}),
        };
        this.nodes.set(id, node);
      }
      return;
    }
    const { type, from, to, properties } = change;
    const key = `${type}|${from}|${to}`;
    const map: Map<string, unknown> = ['CONNECTS_FROM', 'CONNECTS_TO', 'ATTACHED_AT', 'REACHES'].includes(type)
      ? this.ends
      : ['TARGETS', 'PROVIDED_BY', 'COVERS', 'HAS_CONSUMER', 'OWNED_BY', 'OFFERED_BY'].includes(type)
        ? this.facts
        : this.edges;
    if (properties === null) map.delete(key);
    else if (map === this.edges) this.edges.set(key, { from, to, type: type as ImpactEdge['type'], strength: properties.strength === 'SOFT' ? 'SOFT' : 'HARD' });
    else if (map === this.ends) this.ends.set(key, { type: type as NetworkEnd['type'], from, to });
    else this.facts.set(key, { type: type as FactType, from, to });
  }

  data(): TopologyData {
    return {
      version: 'plain',
      nodes: [...this.nodes.values()],
      edges: [...this.edges.values()].sort((a, b) => a.from.localeCompare(b.from) || a.type.localeCompare(b.type) || a.to.localeCompare(b.to)),
      networkEnds: [...this.ends.values()],
      groups: [...this.groups.values()],
      facts: [...this.facts.values()],
    };
  }
}

/** Random writes over a small estate with groups, cycles, soft edges, a mesh, people and organisations. */
function randomWrites(seed: number) {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const components = Array.from({ length: 14 }, (_, k) => `c${k}`);
  const groups = ['g0', 'g1', 'g2'];
  const services = ['s0', 's1', 's2'];
  const offerings = ['o0', 'o1'];
  const people = ['cg0', 'cg1'];
  const orgs = ['org0', 'org1'];
  const relationships = ['sr0', 'sr1'];
  const routers = ['r0', 'r1', 'r2', 'r3'];
  const links = ['l0', 'l1', 'l2', 'l3'];
  const kindOf = (id: string): string =>
    id === 'net' ? 'Network' : id === 'cx' ? 'Connectivity' : id.startsWith('cg') ? 'ConsumerGroup' : id.startsWith('sr') || id.startsWith('org') ? 'Other'
      : /^[crl]\d/.test(id) ? 'Component' : id.startsWith('g') ? 'RedundancyGroup' : id.startsWith('s') ? 'Service' : 'ServiceOffering';
  const impactIds = [...components, ...groups, ...services, ...offerings, ...routers, ...links, 'net', 'cx'];

  const entity = (id: string): TopologyChange => {
    const label = kindOf(id);
    const properties: Record<string, unknown> = { label, name: `${id} v${Math.floor(random() * 5)}` };
    if (label === 'RedundancyGroup') {
      if (random() < 0.5) properties.minUp = 1 + Math.floor(random() * 3);
      else properties.minUpPercent = pick([34, 50, 100]);
    }
    if (label === 'ConsumerGroup') properties.size = Math.floor(random() * 1000);
    if (links.includes(id) && random() < 0.3) properties.directed = true;
    return { kind: 'entity', id, properties };
  };
  const relationship = (present: boolean): TopologyChange => {
    const r = random();
    const rel = (type: string, from: string, to: string, properties: Record<string, unknown> = {}): TopologyChange => ({
      kind: 'relationship', type, from, to, properties: present ? properties : null,
    });
    if (r < 0.35) return rel('DEPENDS_ON', pick([...components, ...services]), pick([...components, ...groups, ...services, 'cx']), { strength: random() < 0.3 ? 'SOFT' : 'HARD' });
    if (r < 0.5) return rel('HAS_MEMBER', pick(groups), pick([...components, ...groups]));
    if (r < 0.58) return rel('INCLUDES', pick(offerings), pick(services));
    if (r < 0.64) return rel('HAS_ELEMENT', 'net', pick([...routers, ...links]));
    if (r < 0.7) {
      // A link keeps one end of each kind: moving an end replaces it.
      const link = pick(links);
      return rel(pick(['CONNECTS_FROM', 'CONNECTS_TO']), link, pick(routers));
    }
    if (r < 0.74) return rel(pick(['ATTACHED_AT', 'REACHES']), 'cx', pick(routers));
    if (r < 0.78) return rel('THROUGH', 'cx', 'net');
    if (r < 0.84) return rel('TARGETS', pick(offerings), pick(people));
    if (r < 0.88) return rel('PROVIDED_BY', pick(services), pick(orgs));
    if (r < 0.92) return rel('COVERS', pick(relationships), pick(offerings));
    if (r < 0.96) return rel('HAS_CONSUMER', pick(relationships), pick(orgs));
    return rel('OWNED_BY', pick(components), pick(orgs));
  };
  const exists = new Set<string>();
  const ensure = (ids: string[]): TopologyChange[] =>
    ids.filter((id) => !exists.has(id) && kindOf(id) !== 'Other' && !orgs.includes(id)).map((id) => (exists.add(id), entity(id)));

  return {
    random,
    impactIds,
    /** A ring of four routers and four links, and a connectivity across it. */
    mesh(): TopologyChange[] {
      const rel = (type: string, from: string, to: string): TopologyChange => ({ kind: 'relationship', type, from, to, properties: {} });
      return [
        ...ensure(['net', 'cx', ...routers, ...links]),
        ...[...routers, ...links].map((id) => rel('HAS_ELEMENT', 'net', id)),
        ...links.flatMap((id, k) => [rel('CONNECTS_FROM', id, routers[k]), rel('CONNECTS_TO', id, routers[(k + 1) % 4])]),
        rel('THROUGH', 'cx', 'net'),
        rel('ATTACHED_AT', 'cx', 'r0'),
        rel('REACHES', 'cx', 'r2'),
      ];
    },
    /** One write: its changes as the recorded history would give them (ends created before relationships). */
    next(): TopologyChange[] {
      const r = random();
      if (r < 0.15) return [entity(pick([...impactIds, ...people]))].map((c) => (exists.add((c as { id: string }).id), c));
      if (r < 0.22) {
        // Links stay (their ends are what the mesh tests): deleting the rest is enough churn.
        const id = pick([...components, ...groups, ...services, ...people]);
        exists.delete(id);
        return [{ kind: 'entity', id, properties: null }];
      }
      const change = relationship(random() < 0.8) as Extract<TopologyChange, { kind: 'relationship' }>;
      if (change.properties === null) return [change];
      return [...ensure([change.from, change.to]), change];
    },
  };
}

/** One to four failures, half of them in the mesh (so that connectivities are put to the test). */
function failuresOf(random: () => number, ids: string[]): Map<string, State> {
  const own = new Map<string, State>();
  const mesh = ids.filter((id) => /^[rl]\d/.test(id));
  const count = 1 + Math.floor(random() * 4);
  for (let k = 0; k < count; k += 1) {
    const from = mesh.length > 0 && random() < 0.5 ? mesh : ids;
    own.set(from[Math.floor(random() * from.length)], random() < 0.8 ? 'DOWN' : 'DEGRADED');
  }
  return own;
}

/** Questions asked over all seeds, and those where the connectivity had a route (the mesh mattered). */
const tally = { questions: 0, routable: 0 };

const sorted = <T>(map: ReadonlyMap<string, T>) => [...map.entries()].sort(([a], [b]) => a.localeCompare(b));

describe('the live topology, changed in place, answers as one built afresh from the same writes', () => {
  test.each(Array.from({ length: 60 }, (_, k) => k + 1))('random writes and questions, seed %i', (seed) => {
    const writes = randomWrites(seed);
    const plain = new PlainModel();
    const live = new LiveTopology(plain.data());
    let [questions, routable] = [0, 0];
    for (let step = 0; step < 120; step += 1) {
      const changes = step === 0 ? writes.mesh() : writes.next();
      for (const change of changes) plain.apply(change);
      live.apply(changes, String(step));
      if (writes.random() < 0.6) continue;

      const fresh = new ImpactGraph(plain.data().nodes, plain.data().edges, plain.data().networkEnds);
      const own = failuresOf(writes.random, writes.impactIds.filter((id) => live.graph.nodes.has(id)));
      if (own.size === 0) continue;
      questions += 1;
      const expected = referenceStates(fresh, own);
      if (fresh.compiledNeed('cx')) routable += 1;
      const propagation = propagate(live.graph, own);
      for (const id of fresh.nodes.keys()) expect([step, id, propagation.stateOf(id)]).toEqual([step, id, expected.get(id)]);
      for (const id of propagation.states.keys()) {
        expect(own.has(chainTo(id, (other) => propagation.causeOf(other))[0].id)).toBe(true);
      }

      const rebuilt = new LiveTopology(plain.data());
      expect(sorted(live.targets)).toEqual(sorted(rebuilt.targets));
      expect(sorted(live.providers)).toEqual(sorted(rebuilt.providers));
      expect(sorted(live.consumers)).toEqual(sorted(rebuilt.consumers));
      expect(sorted(live.owners)).toEqual(sorted(rebuilt.owners));
      const cycles = indexCycles(fresh, findCycles(fresh));
      expect([...live.cycles.cycles].sort()).toEqual([...cycles.cycles].sort());
      expect(sorted(live.cycles.region)).toEqual(sorted(cycles.region));
      const report = buildImpactReport(live, propagation, own);
      const again = buildImpactReport(rebuilt, propagate(rebuilt.graph, own), own);
      expect(report.summary).toEqual(again.summary);
      expect(report.consumerGroups.map((g) => [g.consumerGroupId, g.state, g.people])).toEqual(again.consumerGroups.map((g) => [g.consumerGroupId, g.state, g.people]));
      // The live side answers from the propagation (nodes not UP only: the quiet answer may serve);
      // the rebuilt side from the reference's every state (always the full evaluation).
      const support = (t: LiveTopology, normal: ReadonlyMap<string, State>) =>
        findCyclicSupport(t.graph, t.cycles, own, normal).map((s) => [s.cycle, [...s.nodes].sort()]).sort();
      expect(support(live, propagation.states)).toEqual(support(rebuilt, expected));
    }
    tally.questions += questions;
    tally.routable += routable;
  });

  test('the mesh was put to the test: the connectivity had a route in a good share of the questions above', () => {
    expect(tally.questions).toBeGreaterThan(1000);
    expect(tally.routable).toBeGreaterThan(tally.questions / 4);
  });

  test('failures away from the cycles get the answer with nothing failed, found once per version and again after a change', () => {
    const live = new LiveTopology({
      version: '1',
      nodes: ['dns', 'dir', 'app', 'x', 'y'].map((id) => ({ id, kind: 'Component' as const, name: id })),
      edges: [
        { from: 'dns', to: 'dir', type: 'DEPENDS_ON', strength: 'HARD' },
        { from: 'dir', to: 'dns', type: 'DEPENDS_ON', strength: 'HARD' },
        { from: 'app', to: 'dns', type: 'DEPENDS_ON', strength: 'HARD' },
        { from: 'y', to: 'x', type: 'DEPENDS_ON', strength: 'HARD' },
      ],
      networkEnds: [],
      groups: [],
      facts: [],
    });
    const support = (failed: string) => {
      const own = new Map<string, State>([[failed, 'DOWN']]);
      return findCyclicSupport(live.graph, live.cycles, own, propagate(live.graph, own).states);
    };
    const quiet = [{ cycle: ['dir', 'dns'], nodes: ['dir', 'dns', 'app'] }];
    expect(support('x')).toEqual(quiet);
    expect(support('y')).toEqual(quiet);
    // A failure in the region is evaluated in full: the failed node is DOWN, not held up by the cycle.
    expect(support('app')).toEqual([{ cycle: ['dir', 'dns'], nodes: ['dir', 'dns'] }]);
    // The app now needs x: a failure of x reaches the region, and the quiet answer is found again.
    live.apply([{ kind: 'relationship', type: 'DEPENDS_ON', from: 'app', to: 'x', properties: { strength: 'SOFT' } }], '2');
    expect(support('x')).toEqual([{ cycle: ['dir', 'dns'], nodes: ['dir', 'dns', 'app'] }]);
    live.apply([{ kind: 'relationship', type: 'DEPENDS_ON', from: 'app', to: 'dns', properties: null }], '3');
    expect(support('y')).toEqual([{ cycle: ['dir', 'dns'], nodes: ['dir', 'dns'] }]);
    // Same cycles and region, another rule: with a soft need inside, the cycle would cold-start degraded.
    live.apply([{ kind: 'relationship', type: 'DEPENDS_ON', from: 'dns', to: 'dir', properties: { strength: 'SOFT' } }], '4');
    expect(support('y')).toEqual([]);
  });

  test('a change of name or quorum only touches that node; a description or cost touches nothing the answers read', () => {
    const live = new LiveTopology({
      version: '1',
      nodes: [
        { id: 'g', kind: 'RedundancyGroup', name: 'G', minUp: 2, minUpPercent: null },
        { id: 'a', kind: 'Component', name: 'A' },
        { id: 'b', kind: 'Component', name: 'B' },
      ],
      edges: [
        { from: 'g', to: 'a', type: 'HAS_MEMBER', strength: 'HARD' },
        { from: 'g', to: 'b', type: 'HAS_MEMBER', strength: 'HARD' },
      ],
      networkEnds: [],
      groups: [],
      facts: [],
    });
    const own = new Map<string, State>([['a', 'DOWN']]);
    expect(propagate(live.graph, own).stateOf('g')).toBe('DOWN');
    const index = live.graph.index;
    live.apply([{ kind: 'entity', id: 'a', properties: { label: 'Component', name: 'A renamed', description: 'new words', cost: 12 } }], '2');
    expect(live.graph.index).toBe(index);
    expect(live.graph.nodes.get('a')?.name).toBe('A renamed');
    live.apply([{ kind: 'entity', id: 'g', properties: { label: 'RedundancyGroup', name: 'G', minUp: 1 } }], '3');
    expect(propagate(live.graph, own).stateOf('g')).toBe('DEGRADED');
    expect(live.version).toBe('3');
  });
});
