import { propagate } from './propagate';
import { State } from './state';
import { Topology } from './topology';
import { peopleCutOff } from './people';

export interface FailureSet {
  /** One component, or two that only together take the target down. */
  componentIds: string[];
  /** People cut off across the whole estate if the set fails. */
  peopleDown: number;
}

export interface SinglePointsOfFailure {
  targetId: string;
  /** Components upstream of the target that were tried. */
  candidates: number;
  sets: FailureSet[];
  /** True when the pair search stopped at maxPairChecks; `sets` is then incomplete for size 2. */
  truncated: boolean;
  pairChecks: number;
}

/**
 * Minimal cut sets of size 1 and 2: components whose failure alone (or only together with one
 * other) takes the target DOWN. Exact, by propagation on the target's upstream subgraph (closed
 * under needs, so states there are the same as in the whole estate).
 *
 * Pairs come from redundancy groups only: if neither a nor b alone takes the target down, the
 * first node that {a, b} downs and neither does alone must be a group that loses members to both
 * (a hard edge would already have passed DOWN from a single failure). So only components that down
 * at least one member of a common group are paired and checked.
 */
export function singlePointsOfFailure(
  topology: Topology,
  targetId: string,
  maxSetSize: 1 | 2,
  maxPairChecks: number,
): SinglePointsOfFailure {
  const upstream = topology.graph.upstream([targetId]);
  const sub = topology.graph.subgraph(upstream);
  // The target itself is not a candidate: its own failure takes it down trivially.
  const candidates = [...upstream.keys()].filter((id) => id !== targetId && sub.nodes.get(id)?.kind === 'Component').sort();
  const downs = (failed: string[]): Map<string, State> => propagate(sub, new Map(failed.map((id) => [id, 'DOWN' as State]))).states;

  const singles: string[] = [];
  const hitsByGroup = new Map<string, string[]>();
  for (const candidate of candidates) {
    const states = downs([candidate]);
    if (states.get(targetId) === 'DOWN') {
      singles.push(candidate);
      continue;
    }
    if (maxSetSize < 2) continue;
    for (const [id, state] of states) {
      if (state !== 'DOWN') continue;
      for (const edge of sub.neededBy(id)) {
        if (edge.type !== 'HAS_MEMBER') continue;
        const hits = hitsByGroup.get(edge.from) ?? [];
        if (hits.at(-1) !== candidate) hits.push(candidate);
        hitsByGroup.set(edge.from, hits);
      }
    }
  }

  const pairs: string[][] = [];
  let pairChecks = 0;
  let truncated = false;
  const tried = new Set<string>();
  search: for (const group of [...hitsByGroup.keys()].sort()) {
    const hits = hitsByGroup.get(group)!;
    for (let i = 0; i < hits.length; i += 1) {
      for (let j = i + 1; j < hits.length; j += 1) {
        const key = `${hits[i]}\u0000${hits[j]}`;
        if (tried.has(key)) continue;
        if (pairChecks >= maxPairChecks) {
          truncated = true;
          break search;
        }
        tried.add(key);
        pairChecks += 1;
        if (downs([hits[i], hits[j]]).get(targetId) === 'DOWN') pairs.push([hits[i], hits[j]]);
      }
    }
  }

  // People are counted over the whole estate: a set that downs the target may down much more.
  const sets = [...singles.map((id) => [id]), ...pairs].map((componentIds) => ({
    componentIds,
    peopleDown: peopleCutOff(topology, propagate(topology.graph, new Map(componentIds.map((id) => [id, 'DOWN' as State]))).states),
  }));
  sets.sort(
    (a, b) =>
      b.peopleDown - a.peopleDown || a.componentIds.length - b.componentIds.length || a.componentIds.join().localeCompare(b.componentIds.join()),
  );
  return { targetId, candidates: candidates.length, sets, truncated, pairChecks };
}
