import fc from 'fast-check';
import { ImpactEdge, ImpactGraph, ImpactNode } from '../../src/domain/impact/impactGraph';
import { State } from '../../src/domain/impact/state';

/**
 * Random estates shaped like the ones cyclic support is about: several small cycles (components or
 * redundancy groups needing each other, as DNS and directory services do), groups in them that also
 * count members outside (support that a failure can take away), and layers of dependants reaching
 * one or more cycles, often at the same distance, through hard and soft needs and k-of-n groups.
 * A few needs run back from a cycle to a dependant, which merges it into a larger cycle.
 * randomCase's uniform edges mostly fuse everything into one component; these keep cycles apart.
 */
export const randomCyclesCase = fc
  .record({
    cycles: fc.array(fc.array(fc.boolean(), { minLength: 2, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
    outside: fc.integer({ min: 0, max: 3 }),
    supports: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
    dependants: fc.array(
      fc.record({
        group: fc.boolean(),
        quorum: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 100 }).map((p) => `${p}%`)),
        needs: fc.array(fc.tuple(fc.nat(), fc.boolean()), { minLength: 1, maxLength: 3 }),
      }),
      { maxLength: 12 },
    ),
    backEdges: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 2 }),
    failures: fc.array(fc.tuple(fc.nat(), fc.constantFrom<State>('DEGRADED', 'DOWN')), { minLength: 1, maxLength: 4 }),
  })
  .map(({ cycles, outside, supports, dependants, backEdges, failures }) => {
    const nodes: ImpactNode[] = [];
    const edges: ImpactEdge[] = [];
    const seen = new Set<string>();
    const need = (from: ImpactNode, to: string, soft = false) => {
      const type = from.kind === 'RedundancyGroup' ? 'HAS_MEMBER' : 'DEPENDS_ON';
      const key = `${from.id}|${to}`;
      if (from.id === to || seen.has(key)) return;
      seen.add(key);
      edges.push({ from: from.id, to, type, strength: soft && type === 'DEPENDS_ON' ? 'SOFT' : 'HARD' });
    };
    const members: ImpactNode[] = [];
    cycles.forEach((kinds, c) => {
      const ring = kinds.map((group, k): ImpactNode => ({
        id: `y${c}.${k}`,
        kind: group ? 'RedundancyGroup' : 'Component',
        name: `y${c}.${k}`,
        minUp: group ? 1 : null,
        minUpPercent: null,
      }));
      ring.forEach((node, k) => need(node, ring[(k + 1) % ring.length].id));
      nodes.push(...ring);
      members.push(...ring);
    });
    const external = Array.from({ length: outside }, (_, k): ImpactNode => ({ id: `x${k}`, kind: 'Component', name: `x${k}` }));
    nodes.push(...external);
    const groups = members.filter((m) => m.kind === 'RedundancyGroup');
    if (external.length > 0) for (const [g, x] of supports) if (groups.length > 0) need(groups[g % groups.length], external[x % external.length].id);
    const earlier = [...members, ...external];
    dependants.forEach(({ group, quorum, needs }, k) => {
      const node: ImpactNode = {
        id: `d${k}`,
        kind: group ? 'RedundancyGroup' : 'Component',
        name: `d${k}`,
        minUp: group && typeof quorum === 'number' ? quorum : null,
        minUpPercent: group && typeof quorum === 'string' ? Number(quorum.slice(0, -1)) : null,
      };
      for (const [pick, soft] of needs) need(node, earlier[pick % earlier.length].id, soft);
      nodes.push(node);
      earlier.push(node);
    });
    const later = nodes.filter((n) => n.id.startsWith('d'));
    if (later.length > 0) for (const [m, d] of backEdges) need(members[m % members.length], later[d % later.length].id);
    const own = new Map<string, State>();
    for (const [i, state] of failures) own.set(nodes[i % nodes.length].id, state);
    return { graph: new ImpactGraph(nodes, edges), own };
  });
