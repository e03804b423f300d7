import { ImpactEdge, ImpactGraph, requiredMembers } from './impactGraph';
import type { Cause } from './propagate';
import { codeOfState, stateOfCode } from '../network/networkIndex';
import { State, passedOn, worse } from './state';

/**
 * The impact rules for one node, in one place: a HARD edge passes the needed node's state on, a SOFT
 * edge at most DEGRADED, a redundancy group is DOWN below its quorum and DEGRADED when any member is
 * not UP. A network is DOWN when all its elements are, DEGRADED when any is not UP; a connectivity
 * takes the state of its best path through the network (a path is as good as its worst element), and
 * DOWN when the network as a whole is DOWN. Used by propagate() (least fixpoint, which evaluates
 * connectivities network by network) and findCyclicSupport() (greatest fixpoint).
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
    if (edge.type === 'HAS_MEMBER' || edge.type === 'HAS_ELEMENT') {
      members.push(edge);
      continue;
    }
    // A network that is only DEGRADED says nothing of a path through it: the path rule below decides.
    if (edge.type === 'THROUGH' && stateOf(edge.to) !== 'DOWN') continue;
    const passed = passedOn(stateOf(edge.to), edge.strength);
    if (worse(passed, state)) {
      state = passed;
      cause = { edge };
    }
  }

  const node = graph.nodes.get(id);
  if (node?.kind === 'Connectivity') {
    const path = pathVerdict(graph, id, stateOf);
    if (path && worse(path.state, state)) return path;
  }
  if (members.length > 0 && node) {
    // A network stays up while any element does; a group needs its quorum.
    const required = node.kind === 'Network' ? 1 : requiredMembers(node, members.length);
    const group = groupVerdict(members, required, stateOf);
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

/** A connectivity's best path through its network; null when it constrains nothing (see compiledNeed). */
function pathVerdict(graph: ImpactGraph, id: string, stateOf: (id: string) => State): Verdict | null {
  const compiled = graph.compiledNeed(id);
  if (!compiled) return null;
  const { network, need } = compiled;
  const code = network.evaluate(need, (element) => codeOfState(stateOf(network.elements[element])));
  const through = graph.needs(id).find((e) => e.type === 'THROUGH') ?? null;
  return { state: stateOfCode(code), cause: through ? { edge: through } : null };
}

