import { singleElementCuts } from '../network/singleElementCuts';
import { connectivityTolerance } from '../network/tolerance';
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
   * (singlePointsOfFailure is exact). Through a connectivity, an element that alone cuts every path
   * passes the margin on unchanged; any other element gets at least the connectivity's tolerance
   * minus one (and at least 1: some other failure is needed with it).
   */
  margin: number | null;
  /**
   * For a redundancy group: members available minus members required, with nothing failed. For a
   * connectivity: its tolerance minus one (failures it survives, whichever they are).
   */
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
    const compiled = node?.kind === 'Connectivity' ? graph.compiledNeed(id) : null;
    if (compiled) groupMargin.set(id, connectivityTolerance(compiled.network, compiled.need, () => 0).size - 1);
  }
  // A network as a whole goes DOWN only with all its elements: a group that needs one.
  const networkMargins = new Map<string, number>();
  const networkMargin = (id: string): number => {
    let margin = networkMargins.get(id);
    if (margin === undefined) {
      margin = graph.needs(id).filter((e) => e.type === 'HAS_ELEMENT').length - 1;
      networkMargins.set(id, margin);
    }
    return margin;
  };

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
    const relax = (to: string, through: number) => {
      const known = margin.get(to);
      if (known !== undefined && known <= through) return;
      margin.set(to, through);
      queue.push(to);
    };
    for (const edge of graph.needs(id)) {
      if (edge.strength === 'SOFT') continue;
      if (edge.type === 'HAS_MEMBER') relax(edge.to, Math.max(here, groupMargin.get(id) ?? 0));
      else if (edge.type === 'HAS_ELEMENT') relax(edge.to, Math.max(here, networkMargin(id)));
      else relax(edge.to, here);
    }
    // Through a connectivity straight to its network's elements: the path rule, not the network's.
    const compiled = graph.nodes.get(id)?.kind === 'Connectivity' ? graph.compiledNeed(id) : null;
    if (compiled) {
      const spare = Math.max(groupMargin.get(id) ?? 0, 1);
      const singles = new Set(groupMargin.get(id) === 0 ? singleElementCuts(compiled.network, compiled.need) : []);
      for (const element of compiled.network.elements) relax(element, singles.has(element) ? here : Math.max(here, spare));
    }
  }

  return [...hops.entries()]
    .filter(([id]) => !targetIds.includes(id))
    .map(([id, h]) => ({ id, hops: h, margin: margin.get(id) ?? null, groupMargin: groupMargin.get(id) ?? null }))
    .sort((a, b) => a.hops - b.hops || a.id.localeCompare(b.id));
}
