import fc from 'fast-check';
import { ImpactEdge, ImpactGraph, ImpactNode } from '../../src/domain/impact/impactGraph';
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

