import { ImpactEdge, ImpactGraph } from './impactGraph';
import { evaluateNeeds } from './rules';
import { State, worse } from './state';

/** Why a node has its state: the edge from it to the node that passed the state on. */
export interface Cause {
  edge: ImpactEdge;
}

export interface Propagation {
  /** Every node that is not UP. Nodes absent from the map are UP. */
  states: Map<string, State>;
  /** For every node that is not UP and was not failed directly with that state. */
  causes: Map<string, Cause>;
}

/**
 * Computes every node's state from the failures' own states. States only get worse while
 * propagating, so the answer is the least fixpoint reached from the own states; cycles terminate
 * because each node can worsen at most twice (UP -> DEGRADED -> DOWN).
 *
 * Rules: a HARD edge passes the needed node's state on; a SOFT edge passes at most DEGRADED; a
 * redundancy group is DOWN when fewer members than it needs are available (not DOWN), DEGRADED
 * when any member is not UP, UP otherwise. A node takes the worst of its own state and all of these.
 */
export function propagate(graph: ImpactGraph, own: ReadonlyMap<string, State>): Propagation {
  const states = new Map<string, State>();
  const causes = new Map<string, Cause>();
  const queue: string[] = [];

  for (const [id, state] of own) {
    if (state === 'UP') continue;
    states.set(id, state);
    queue.push(id);
  }

  const stateOf = (id: string): State => states.get(id) ?? 'UP';

  // FIFO order reaches nodes nearest the failures first, which keeps the recorded chains short.
  for (let head = 0; head < queue.length; head += 1) {
    const changed = queue[head];
    for (const edge of graph.neededBy(changed)) {
      const dependant = edge.from;
      const verdict = evaluateNeeds(graph, dependant, stateOf);
      if (!worse(verdict.state, stateOf(dependant))) continue;
      states.set(dependant, verdict.state);
      if (verdict.cause) causes.set(dependant, verdict.cause);
      queue.push(dependant);
    }
  }
  return { states, causes };
}
