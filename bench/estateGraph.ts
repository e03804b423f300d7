import {
  IMPACT_EDGE_TYPES,
  ImpactEdge,
  ImpactEdgeType,
  ImpactGraph,
  ImpactNode,
  NETWORK_END_TYPES,
  NetworkEnd,
  NetworkEndType,
  isImpactKind,
} from '../src/domain/impact/impactGraph';
import type { World } from '../src/domain/world';

const EDGE_TYPES = new Set<string>(IMPACT_EDGE_TYPES);
const END_TYPES = new Set<string>(NETWORK_END_TYPES);

/** The impact graph of a world, as TopologyStore.load reads it: impact nodes, their edges sorted by type and target. */
export function estateGraph(world: World): ImpactGraph {
  const nodes: ImpactNode[] = [];
  for (const n of world.nodes) {
    if (!isImpactKind(n.label)) continue;
    const { name, minUp, minUpPercent, directed } = n.properties;
    nodes.push({
      id: n.id,
      kind: n.label,
      name,
      minUp: typeof minUp === 'number' ? minUp : null,
      minUpPercent: typeof minUpPercent === 'number' ? minUpPercent : null,
      ...(directed === true ? { directed: true } : {}),
    });
  }
  const edges: ImpactEdge[] = [];
  const ends: NetworkEnd[] = [];
  for (const r of world.relationships) {
    if (EDGE_TYPES.has(r.type)) {
      edges.push({ from: r.from, to: r.to, type: r.type as ImpactEdgeType, strength: r.properties?.strength === 'SOFT' ? 'SOFT' : 'HARD' });
    } else if (END_TYPES.has(r.type)) {
      ends.push({ type: r.type as NetworkEndType, from: r.from, to: r.to });
    }
  }
  edges.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.type.localeCompare(b.type) || a.to.localeCompare(b.to)));
  return new ImpactGraph(nodes, edges, ends);
}
