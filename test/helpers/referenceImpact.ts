import { ImpactGraph, requiredMembers } from '../../src/domain/impact/impactGraph';
import { State, passedOn, worst } from '../../src/domain/impact/state';

/**
 * A deliberately naive evaluator: recompute every node from scratch until nothing changes.
 * Slow and obviously right, so the engine's worklist can be checked against it.
 */
export function referenceStates(graph: ImpactGraph, own: ReadonlyMap<string, State>): Map<string, State> {
  const states = new Map<string, State>();
  for (const id of graph.nodes.keys()) states.set(id, own.get(id) ?? 'UP');
  const stateOf = (id: string) => states.get(id) ?? own.get(id) ?? 'UP';
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of graph.nodes.keys()) {
      let next: State = own.get(id) ?? 'UP';
      const members = graph.needs(id).filter((e) => e.type === 'HAS_MEMBER');
      for (const edge of graph.needs(id)) {
        if (edge.type !== 'HAS_MEMBER') next = worst(next, passedOn(stateOf(edge.to), edge.strength));
      }
      if (members.length > 0) {
        const available = members.filter((e) => stateOf(e.to) !== 'DOWN').length;
        const needed = requiredMembers(graph.nodes.get(id)!, members.length);
        const group: State = available < needed ? 'DOWN' : members.some((e) => stateOf(e.to) !== 'UP') ? 'DEGRADED' : 'UP';
        next = worst(next, group);
      }
      if (next !== states.get(id)) {
        states.set(id, next);
        changed = true;
      }
    }
  }
  return states;
}
