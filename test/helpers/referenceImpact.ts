import { ImpactGraph, requiredMembers } from '../../src/domain/impact/impactGraph';
import { State, passedOn, worst } from '../../src/domain/impact/state';
import { referenceState } from './referenceNetwork';

/**
 * A deliberately naive evaluator: recompute every node from scratch until nothing changes.
 * Slow and obviously right, so the engine's worklist can be checked against it. Networks: a network
 * needs one element available; a connectivity takes its best simple path's state (every path written
 * out by referenceNetwork), or DOWN when its network is.
 */
export function referenceStates(graph: ImpactGraph, own: ReadonlyMap<string, State>): Map<string, State> {
  const states = new Map<string, State>();
  for (const id of graph.nodes.keys()) states.set(id, own.get(id) ?? 'UP');
  const stateOf = (id: string) => states.get(id) ?? own.get(id) ?? 'UP';
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of graph.nodes.keys()) {
      let next: State = own.get(id) ?? 'UP';
      const node = graph.nodes.get(id)!;
      const members = graph.needs(id).filter((e) => e.type === 'HAS_MEMBER' || e.type === 'HAS_ELEMENT');
      for (const edge of graph.needs(id)) {
        if (edge.type === 'THROUGH') next = stateOf(edge.to) === 'DOWN' ? 'DOWN' : next;
        else if (edge.type !== 'HAS_MEMBER' && edge.type !== 'HAS_ELEMENT') next = worst(next, passedOn(stateOf(edge.to), edge.strength));
      }
      const need = graph.connectivityModel(id);
      if (need && need.network !== '') {
        const network = graph.networkModel(need.network);
        const from = need.from.filter((p) => network.nodes.includes(p));
        const to = need.to.filter((p) => network.nodes.includes(p));
        // A connectivity with no path even when all is UP constrains nothing (a modelling gap).
        const routable = from.length > 0 && to.length > 0 && referenceState({ network, states: new Map(), from, to }) !== 'DOWN';
        if (routable) next = worst(next, referenceState({ network, states, from, to }));
      }
      if (members.length > 0) {
        const available = members.filter((e) => stateOf(e.to) !== 'DOWN').length;
        const needed = node.kind === 'Network' ? 1 : requiredMembers(node, members.length);
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
