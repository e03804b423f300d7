import { CycleIndex, CyclicSupport } from '../../src/domain/impact/cyclicSupport';
import { ImpactGraph } from '../../src/domain/impact/impactGraph';
import { evaluateNeeds } from '../../src/domain/impact/rules';
import { State, worse, worst } from '../../src/domain/impact/state';

/**
 * findCyclicSupport as it was before it kept the quiet fixpoint per topology version (issue 11):
 * the whole cycle region evaluated from DOWN for every question, and a walk upstream per flagged
 * node to the cycle holding it up. Slow and plain; the answer, order included, is the contract.
 */
export function referenceCyclicSupport(
  graph: ImpactGraph,
  index: CycleIndex,
  own: ReadonlyMap<string, State>,
  normal: ReadonlyMap<string, State>,
): CyclicSupport[] {
  if (index.cycles.length === 0) return [];
  const pessimistic = new Map<string, State>();
  for (const id of index.region.keys()) pessimistic.set(id, 'DOWN');
  const stateOf = (id: string): State => pessimistic.get(id) ?? normal.get(id) ?? 'UP';

  const queue = [...index.region.keys()];
  const queued = new Set(queue);
  for (let head = 0; head < queue.length; head += 1) {
    const id = queue[head];
    queued.delete(id);
    const next = worst(own.get(id) ?? 'UP', evaluateNeeds(graph, id, stateOf).state);
    if (!worse(pessimistic.get(id)!, next)) continue;
    pessimistic.set(id, next);
    for (const next of graph.affects(id)) {
      if (index.region.has(next) && !queued.has(next)) {
        queued.add(next);
        queue.push(next);
      }
    }
  }

  const byCycle = new Map<number, string[]>();
  for (const [id, state] of pessimistic) {
    if (state !== 'DOWN' || normal.get(id) === 'DOWN') continue;
    const cycle = cycleHoldingUp(graph, index, id, stateOf);
    if (cycle === null) continue;
    byCycle.set(cycle, [...(byCycle.get(cycle) ?? []), id]);
  }
  return [...byCycle.entries()].map(([cycle, nodes]) => ({
    cycle: index.cycles[cycle],
    nodes: nodes.sort((a, b) => (index.region.get(a) ?? 0) - (index.region.get(b) ?? 0) || a.localeCompare(b)),
  }));
}

function cycleHoldingUp(graph: ImpactGraph, index: CycleIndex, start: string, stateOf: (id: string) => State): number | null {
  const seen = new Set([start]);
  const queue = [start];
  for (let head = 0; head < queue.length; head += 1) {
    const id = queue[head];
    const cycle = index.cycleOf.get(id);
    if (cycle !== undefined) return cycle;
    for (const next of graph.reads(id)) {
      if (!seen.has(next) && index.region.has(next) && stateOf(next) === 'DOWN') {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return null;
}
