import { ImpactEdge, ImpactGraph, requiredMembers } from './impactGraph';
import type { Cause } from './propagate';
import { State, passedOn, worse } from './state';

/**
 * The impact rules for one node, in one place: a HARD edge passes the needed node's state on, a SOFT
 * edge at most DEGRADED, a redundancy group is DOWN below its quorum and DEGRADED when any member is
 * not UP. Used by propagate() (least fixpoint) and findCyclicSupport() (greatest fixpoint).
 */
export interface Verdict {
  state: State;
  cause: Cause | null;
}

/** The state a node's needs impose on it; the caller keeps the node's state if that is worse already. */
export function evaluateNeeds(graph: ImpactGraph, id: string, stateOf: (id: string) => State): Verdict {
  let state: State = 'UP';
  let cause: Cause | null = null;
  const members: ImpactEdge[] = [];

  for (const edge of graph.needs(id)) {
    if (edge.type === 'HAS_MEMBER') {
      members.push(edge);
      continue;
    }
    const passed = passedOn(stateOf(edge.to), edge.strength);
    if (worse(passed, state)) {
      state = passed;
      cause = { edge };
    }
  }

  const node = graph.nodes.get(id);
  if (members.length > 0 && node) {
    const group = groupVerdict(members, requiredMembers(node, members.length), stateOf);
    if (worse(group.state, state)) return group;
  }
  return { state, cause };
}

function groupVerdict(members: ImpactEdge[], required: number, stateOf: (id: string) => State): Verdict {
  let available = 0;
  let firstDown: ImpactEdge | null = null;
  let firstTroubled: ImpactEdge | null = null;
  for (const edge of members) {
    const memberState = stateOf(edge.to);
    if (memberState !== 'DOWN') available += 1;
    else firstDown ??= edge;
    if (memberState !== 'UP') firstTroubled ??= edge;
  }
  if (available < required) return { state: 'DOWN', cause: firstDown ? { edge: firstDown } : null };
  if (firstTroubled) return { state: 'DEGRADED', cause: { edge: firstTroubled } };
  return { state: 'UP', cause: null };
}
