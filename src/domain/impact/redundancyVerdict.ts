import { ImpactGraph, requiredMembers } from './impactGraph';
import { State, worst } from './state';

/** How a redundancy group stands: the data behind "web-cluster: 2 of 3 members down, needs 2 -> DOWN". */
export interface RedundancyVerdict {
  groupId: string;
  members: number;
  down: number;
  degraded: number;
  /** Members not DOWN. */
  available: number;
  /** Members the group needs available. */
  required: number;
  /** available - required: how many more member failures the group tolerates (negative when DOWN). */
  margin: number;
  state: State;
  summary: string;
}

export function redundancyVerdict(graph: ImpactGraph, groupId: string, stateOf: (id: string) => State): RedundancyVerdict | null {
  const node = graph.nodes.get(groupId);
  const members = graph.needs(groupId).filter((e) => e.type === 'HAS_MEMBER');
  if (!node || members.length === 0) return null;
  let down = 0;
  let degraded = 0;
  for (const edge of members) {
    const state = stateOf(edge.to);
    if (state === 'DOWN') down += 1;
    else if (state === 'DEGRADED') degraded += 1;
  }
  const available = members.length - down;
  const required = requiredMembers(node, members.length);
  const byMembers: State = available < required ? 'DOWN' : down + degraded > 0 ? 'DEGRADED' : 'UP';
  // The group's own state is the engine's answer: a group failed directly (a what-if, a status) or
  // by something else it needs is DOWN even with every member up, and the verdict must not say UP.
  const own = stateOf(groupId);
  const state = worst(own, byMembers);
  const troubles = [`${down} of ${members.length} members down`];
  if (degraded > 0) troubles.push(`${degraded} degraded`);
  return {
    groupId,
    members: members.length,
    down,
    degraded,
    available,
    required,
    margin: available - required,
    state,
    summary: `${groupId}: ${troubles.join(', ')}, needs ${required} -> ${state}${state === byMembers ? '' : ' (the group itself, not its members)'}`,
  };
}
