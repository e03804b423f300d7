import { ImpactGraph, requiredMembers } from './impactGraph';

export interface ExposureEntry {
  id: string;
  /** Fewest hops from the target down to this node. */
  hops: number;
  /**
   * The weakest protection between this node and the target: over every HARD path up to the target,
   * the best redundancy margin of a group on that path (a path through no group, or only through
   * groups with margin 0, gives 0), minimised over paths. 0: one failure here can reach the target
   * as DOWN along some path. Null when only SOFT paths lead up: it can only degrade the target.
   * Path-wise: a shared dependency under several members of one group is not seen as such here
   * (singlePointsOfFailure is exact).
   */
  margin: number | null;
  /** For a redundancy group: members available minus members required, with nothing failed. */
  groupMargin: number | null;
}

/** Everything upstream of the targets that can affect them, with hops and margins. */
export function exposure(graph: ImpactGraph, targetIds: string[]): ExposureEntry[] {
  const hops = graph.upstream(targetIds);
  const groupMargin = new Map<string, number>();
  for (const id of hops.keys()) {
    const node = graph.nodes.get(id);
    const members = graph.needs(id).filter((e) => e.type === 'HAS_MEMBER').length;
    if (node?.kind === 'RedundancyGroup' && members > 0) groupMargin.set(id, members - requiredMembers(node, members));
  }

  // Minimax relaxation from the targets down: margins only decrease, so the worklist terminates on cycles.
  const margin = new Map<string, number>();
  const queue: string[] = [];
  for (const id of targetIds) {
    margin.set(id, 0);
    queue.push(id);
  }
  for (let head = 0; head < queue.length; head += 1) {
    const id = queue[head];
    const here = margin.get(id)!;
    for (const edge of graph.needs(id)) {
      if (edge.strength === 'SOFT') continue;
      const through = edge.type === 'HAS_MEMBER' ? Math.max(here, groupMargin.get(id) ?? 0) : here;
      const known = margin.get(edge.to);
      if (known !== undefined && known <= through) continue;
      margin.set(edge.to, through);
      queue.push(edge.to);
    }
  }

  return [...hops.entries()]
    .filter(([id]) => !targetIds.includes(id))
    .map(([id, h]) => ({ id, hops: h, margin: margin.get(id) ?? null, groupMargin: groupMargin.get(id) ?? null }))
    .sort((a, b) => a.hops - b.hops || a.id.localeCompare(b.id));
}
