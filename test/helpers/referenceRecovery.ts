import { ImpactGraph } from '../../src/domain/impact/impactGraph';
import type { RecoveryLayer, RecoveryPlan } from '../../src/domain/impact/recoveryPlan';
import { evaluateNeeds } from '../../src/domain/impact/rules';
import { State } from '../../src/domain/impact/state';
import { referenceStates } from './referenceImpact';

/**
 * A deliberately naive recovery plan to check recoveryPlan against: the states come from the naive
 * evaluator, every round rescans every remaining node, and cycles are found by comparing reachable
 * sets (a node's cycle is what it reaches and what reaches it). Quadratic and more, for small graphs.
 */
export function referenceRecovery(graph: ImpactGraph, failedIds: readonly string[]): RecoveryPlan {
  const states = referenceStates(graph, new Map(failedIds.map((id): [string, State] => [id, 'DOWN'])));
  const ids = [...graph.nodes.keys()];
  const down = new Set(ids.filter((id) => states.get(id) === 'DOWN'));
  const remaining = new Set(down);
  const stateOf = (id: string): State => (remaining.has(id) ? 'DOWN' : down.has(id) ? 'UP' : (states.get(id) ?? 'UP'));

  const layers: RecoveryLayer[] = [];
  const cycles: string[][] = [];
  let blocked: string[] = [];
  while (remaining.size > 0) {
    const ready = [...remaining].filter((id) => evaluateNeeds(graph, id, stateOf).state !== 'DOWN').sort();
    if (ready.length > 0) {
      layers.push({ index: layers.length, ids: ready, forcedCycle: null });
      for (const id of ready) remaining.delete(id);
      continue;
    }
    const traps = trapsAmong(graph, remaining);
    if (traps.length === 0) {
      blocked = [...remaining].sort();
      break;
    }
    for (const trap of traps) {
      layers.push({ index: layers.length, ids: trap, forcedCycle: [...trap] });
      cycles.push([...trap]);
    }
    for (const trap of traps) for (const id of trap) remaining.delete(id);
  }
  const degraded = ids.filter((id) => states.get(id) === 'DEGRADED').sort();
  return { layers, cycles, degraded, blocked };
}

/** Remaining nodes whose being DOWN can keep `id` DOWN: needs but SOFT ones, and a connectivity's network elements. */
function blockers(graph: ImpactGraph, id: string, remaining: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  for (const edge of graph.needs(id)) {
    const member = edge.type === 'HAS_MEMBER' || edge.type === 'HAS_ELEMENT';
    if (member || edge.strength === 'HARD') found.add(edge.to);
    if (edge.type === 'THROUGH') for (const element of graph.needs(edge.to)) if (element.type === 'HAS_ELEMENT') found.add(element.to);
  }
  return new Set([...found].filter((other) => remaining.has(other)));
}

function reachable(graph: ImpactGraph, id: string, remaining: ReadonlySet<string>): Set<string> {
  const seen = new Set([id]);
  const queue = [id];
  while (queue.length > 0) {
    for (const other of blockers(graph, queue.pop()!, remaining)) {
      if (!seen.has(other)) {
        seen.add(other);
        queue.push(other);
      }
    }
  }
  return seen;
}

/** Cycles among the remaining nodes that nothing outside them still blocks, sorted by first id. */
function trapsAmong(graph: ImpactGraph, remaining: ReadonlySet<string>): string[][] {
  const reach = new Map([...remaining].map((id) => [id, reachable(graph, id, remaining)]));
  const traps = new Map<string, string[]>();
  for (const id of remaining) {
    const cycle = [...remaining].filter((other) => reach.get(id)!.has(other) && reach.get(other)!.has(id)).sort();
    const closed = cycle.every((member) => [...blockers(graph, member, remaining)].every((b) => cycle.includes(b)));
    const real = cycle.length > 1 || blockers(graph, id, remaining).has(id);
    if (closed && real) traps.set(cycle.join(' '), cycle);
  }
  return [...traps.values()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
}
