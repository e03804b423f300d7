import { DownClosure, downClosureOf } from './downClosure';
import { MeshCuts } from './meshCuts';
import { ImpactGraph } from './impactGraph';
import { ImpactIndex } from './impactIndex';
import { requiredMembers } from './quorum';
import { Topology } from './topology';
import { peopleIndexOf } from './people';

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
 * Pairs come from redundancy groups and connectivities only: if neither a nor b alone takes the
 * target down, the first node that {a, b} downs and neither does alone must be a group that loses
 * members to both, or a connectivity whose network loses elements to both (a hard edge would
 * already have passed DOWN from a single failure). For a group, the members they take down alone
 * must together be more than it can spare; for a connectivity, the elements they take down alone
 * must together be at least its tolerance (the smallest cut, by max-flow, with nothing failed).
 * So only such pairs are checked. A network itself counts as a group that needs one element.
 *
 * Mesh elements that only their networks need ("pure", see MeshCuts) are not tried one by one: alone
 * they change the target only if they cut a connectivity alone, and their pairs are the two-element
 * cuts of connectivities, found on the mesh directly (with each tried candidate's downed elements).
 */
export function singlePointsOfFailure(
  topology: Topology,
  targetId: string,
  maxSetSize: 1 | 2,
  maxPairChecks: number,
): SinglePointsOfFailure {
  const upstream = upstreamOf(topology.graph.index, targetId);
  const sub = topology.graph.subgraph(upstream);
  // The target itself is not a candidate: its own failure takes it down trivially.
  const candidates = [...upstream.keys()].filter((id) => id !== targetId && sub.nodes.get(id)?.kind === 'Component').sort();
  // Only DOWN matters here (a cut set takes the target DOWN; people are cut off by DOWN offerings).
  const closure = new DownClosure(sub.index);
  const numberOf = (id: string) => sub.index.indexOf.get(id)!;
  const target = numberOf(targetId);
  /** Whether the candidate alone takes the target DOWN, and what goes DOWN (up to the target when it does). */
  const downs = (candidate: string) => {
    const down = closure.run([numberOf(candidate)], target);
    return { down, target: down.length > 0 && down[down.length - 1] === target };
  };

  const singles: string[] = [];
  // group -> candidate -> the group's members that candidate alone takes DOWN
  const hitsByGroup = new Map<string, Map<string, Set<string>>>();
  const mesh = new MeshCuts(sub);
  // candidate -> the network elements it takes DOWN alone (for pairs with pure elements)
  const downedElements = new Map<string, Set<string>>();
  for (const candidate of candidates) {
    // A pure mesh element that cuts no connectivity alone changes nothing but its network's paths.
    if (mesh.isPure(candidate) && !mesh.isSingleCut(candidate)) continue;
    const result = downs(candidate);
    if (result.target) {
      singles.push(candidate);
      continue;
    }
    if (maxSetSize < 2) continue;
    const hit = (key: string, member: string) => {
      const hits = hitsByGroup.get(key) ?? new Map<string, Set<string>>();
      hits.set(candidate, (hits.get(candidate) ?? new Set<string>()).add(member));
      hitsByGroup.set(key, hits);
    };
    for (const i of result.down) {
      const member = sub.index.ids[i];
      for (const edge of sub.neededBy(member)) {
        if (edge.type === 'HAS_MEMBER' || edge.type === 'HAS_ELEMENT') hit(edge.from, member);
        if (edge.type !== 'HAS_ELEMENT') continue;
        downedElements.set(candidate, (downedElements.get(candidate) ?? new Set<string>()).add(member));
        for (const through of sub.neededBy(edge.from)) if (through.type === 'THROUGH') hit(through.from, member);
      }
    }
  }

  const pairs: string[][] = [];
  let pairChecks = 0;
  let truncated = false;
  const tried = new Set<string>();
  const singleSet = new Set(singles);
  /** Checks one pair by propagation, once; false when the check budget is spent. */
  const check = (a: string, b: string): boolean => {
    const key = `${a}\u0000${b}`;
    if (tried.has(key) || a === targetId || b === targetId || singleSet.has(a) || singleSet.has(b)) return true;
    if (pairChecks >= maxPairChecks) {
      truncated = true;
      return false;
    }
    tried.add(key);
    pairChecks += 1;
    if (closure.reaches([numberOf(a), numberOf(b)], target)) pairs.push([a, b]);
    return true;
  };
  if (maxSetSize === 2) {
    for (const [a, b] of mesh.pairs(downedElements)) if (!check(a, b)) break;
  }
  search: for (const group of truncated ? [] : [...hitsByGroup.keys()].sort()) {
    const hits = hitsByGroup.get(group)!;
    const mustLose = lossesThatDown(sub, mesh, group);
    if (mustLose > 2 * Math.max(...[...hits.values()].map((h) => h.size))) continue;
    const hitters = [...hits.keys()].sort();
    const isConnectivity = sub.nodes.get(group)?.kind === 'Connectivity';
    for (let i = 0; i < hitters.length; i += 1) {
      const downedByA = hits.get(hitters[i])!;
      for (let j = i + 1; j < hitters.length; j += 1) {
        const downedByB = hits.get(hitters[j])!;
        if (unionSize(downedByA, downedByB) < mustLose) continue;
        // For a connectivity the mesh decides whether the two cut it, far cheaper than propagating.
        if (isConnectivity && !mesh.cuts(group, [...downedByA, ...downedByB])) continue;
        if (!check(hitters[i], hitters[j])) break search;
      }
    }
  }

  // People are counted over the whole estate: a set that downs the target may down much more.
  const estate = downClosureOf(topology.graph.index);
  const people = peopleIndexOf(topology);
  const sets = [...singles.map((id) => [id]), ...pairs].map((componentIds) => ({
    componentIds,
    peopleDown: people.cutOff(estate.run(componentIds.map((id) => estate.index.indexOf.get(id)!))),
  }));
  sets.sort(
    (a, b) =>
      b.peopleDown - a.peopleDown || a.componentIds.length - b.componentIds.length || a.componentIds.join().localeCompare(b.componentIds.join()),
  );
  return { targetId, candidates: candidates.length, sets, truncated, pairChecks };
}

/**
 * What ImpactGraph.upstream walks (everything the target needs, transitively, in the same
 * breadth-first order), over the estate's integer index: a few milliseconds less per question.
 */
function upstreamOf(index: ImpactIndex, targetId: string): Set<string> {
  const start = index.indexOf.get(targetId);
  if (start === undefined || start >= index.size) return new Set([targetId]);
  const seen = new Uint8Array(index.size);
  const queue = [start];
  seen[start] = 1;
  for (let head = 0; head < queue.length; head += 1) {
    const i = queue[head];
    for (let e = index.needStart[i]; e < index.needEnd[i]; e += 1) {
      const next = index.needTo[e];
      if (seen[next] === 1) continue;
      seen[next] = 1;
      queue.push(next);
    }
  }
  return new Set(queue.map((i) => index.ids[i]));
}

function unionSize(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let size = a.size;
  for (const item of b) if (!a.has(item)) size += 1;
  return size;
}

/**
 * How many of its members (elements) a group (connectivity) must lose, at the least, to go DOWN:
 * more than it can spare, or its tolerance. Infinity for a connectivity that constrains nothing.
 */
function lossesThatDown(graph: ImpactGraph, mesh: MeshCuts, id: string): number {
  const node = graph.nodes.get(id)!;
  if (node.kind === 'Connectivity') return mesh.tolerance(id) ?? Infinity;
  const members = graph.needs(id).filter((e) => e.type === 'HAS_MEMBER' || e.type === 'HAS_ELEMENT').length;
  return members - (node.kind === 'Network' ? 1 : requiredMembers(node, members)) + 1;
}
