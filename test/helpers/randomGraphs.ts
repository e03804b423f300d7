import fc from 'fast-check';
import { ImpactEdge, ImpactGraph, ImpactNode, NetworkEnd } from '../../src/domain/impact/impactGraph';
import { State } from '../../src/domain/impact/state';

/** Random graphs with cycles, soft edges and (nested) redundancy groups of count or percentage quorum. */
export const randomCase = fc
  .record({
    size: fc.integer({ min: 2, max: 14 }),
    groupShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
    edges: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 40 }),
    quorums: fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 100 }).map((p) => `${p}%`)), { minLength: 14, maxLength: 14 }),
    failures: fc.array(fc.tuple(fc.nat(), fc.constantFrom<State>('DEGRADED', 'DOWN')), { minLength: 1, maxLength: 4 }),
  })
  .map(({ size, groupShare, edges, quorums, failures }) => {
    const groupCount = Math.floor(size * groupShare);
    const nodes: ImpactNode[] = Array.from({ length: size }, (_, i) => {
      const isGroup = i < groupCount;
      const quorum = quorums[i];
      return {
        id: `n${i}`,
        kind: isGroup ? 'RedundancyGroup' : 'Component',
        name: `n${i}`,
        minUp: isGroup && typeof quorum === 'number' ? quorum : null,
        minUpPercent: isGroup && typeof quorum === 'string' ? Number(quorum.slice(0, -1)) : null,
      };
    });
    const seen = new Set<string>();
    const impactEdges: ImpactEdge[] = [];
    for (const [a, b, soft] of edges) {
      const from = nodes[a % size];
      const to = nodes[b % size];
      const type = from.kind === 'RedundancyGroup' ? 'HAS_MEMBER' : 'DEPENDS_ON';
      const key = `${from.id}|${to.id}|${type}`;
      if (from.id === to.id || seen.has(key)) continue;
      seen.add(key);
      impactEdges.push({ from: from.id, to: to.id, type, strength: soft ? 'SOFT' : 'HARD' });
    }
    const own = new Map<string, State>();
    for (const [i, state] of failures) own.set(`n${i % size}`, state);
    return { graph: new ImpactGraph(nodes, impactEdges), own };
  });


/**
 * Random estates around a random mesh: 2-6 routers and up to 10 links (parallel, directed, self-loop
 * and dangling ones included), 1-3 connectivities with random points, components, groups and
 * services depending on connectivities, and elements depending back on them (cycles through the
 * network). Failures fall on any node, links and networks included.
 */
export const randomNetworkCase = fc
  .record({
    routers: fc.integer({ min: 2, max: 6 }),
    links: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean(), fc.nat({ max: 9 })), { maxLength: 10 }),
    needs: fc.array(fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 2 }), fc.array(fc.nat(), { minLength: 1, maxLength: 2 })), { minLength: 1, maxLength: 3 }),
    others: fc.integer({ min: 1, max: 6 }),
    edges: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 16 }),
    quorum: fc.integer({ min: 1, max: 2 }),
    failures: fc.array(fc.tuple(fc.nat(), fc.constantFrom<State>('DEGRADED', 'DOWN')), { minLength: 1, maxLength: 4 }),
  })
  .map(({ routers, links, needs, others, edges, quorum, failures }) => {
    const nodes: ImpactNode[] = [{ id: 'net', kind: 'Network', name: 'net' }];
    const impactEdges: ImpactEdge[] = [];
    const ends: NetworkEnd[] = [];
    const router = (i: number) => `r${i % routers}`;
    for (let i = 0; i < routers; i += 1) {
      nodes.push({ id: `r${i}`, kind: 'Component', name: `r${i}` });
      impactEdges.push({ from: 'net', to: `r${i}`, type: 'HAS_ELEMENT', strength: 'HARD' });
    }
    links.forEach(([a, b, directed, dangling], k) => {
      const id = `l${k}`;
      nodes.push({ id, kind: 'Component', name: id, ...(directed ? { directed: true } : {}) });
      impactEdges.push({ from: 'net', to: id, type: 'HAS_ELEMENT', strength: 'HARD' });
      // One link in ten ends outside the network: no path may use it.
      ends.push({ type: 'CONNECTS_FROM', from: id, to: router(a) }, { type: 'CONNECTS_TO', from: id, to: dangling === 0 ? 'x0' : router(b) });
    });
    needs.forEach(([from, to], k) => {
      const id = `c${k}`;
      nodes.push({ id, kind: 'Connectivity', name: id });
      impactEdges.push({ from: id, to: 'net', type: 'THROUGH', strength: 'HARD' });
      for (const p of from) ends.push({ type: 'ATTACHED_AT', from: id, to: router(p) });
      for (const p of to) ends.push({ type: 'REACHES', from: id, to: router(p) });
    });
    for (let i = 0; i < others; i += 1) nodes.push({ id: `x${i}`, kind: 'Component', name: `x${i}` });
    nodes.push({ id: 'g', kind: 'RedundancyGroup', name: 'g', minUp: quorum, minUpPercent: null });
    const connectivities = nodes.filter((n) => n.kind === 'Connectivity').map((n) => n.id);
    const dependants = nodes.filter((n) => n.kind === 'Component' || n.kind === 'Connectivity').map((n) => n.id);
    const needed = [...dependants, 'g'];
    for (const c of connectivities) impactEdges.push({ from: 'g', to: c, type: 'HAS_MEMBER', strength: 'HARD' });
    const seen = new Set(impactEdges.map((e) => `${e.from}|${e.to}`));
    for (const [a, b, soft] of edges) {
      const from = dependants[a % dependants.length];
      const to = needed[b % needed.length];
      // Connectivities need only their network here; components (routers included) need anything.
      if (from === to || from.startsWith('c') || seen.has(`${from}|${to}`)) continue;
      seen.add(`${from}|${to}`);
      impactEdges.push({ from, to, type: 'DEPENDS_ON', strength: soft ? 'SOFT' : 'HARD' });
    }
    const all = nodes.map((n) => n.id);
    const own = new Map<string, State>();
    for (const [i, state] of failures) own.set(all[i % all.length], state);
    return { graph: new ImpactGraph(nodes, impactEdges, ends), own };
  });
