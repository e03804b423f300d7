import { ImpactGraph } from './impactGraph';
import { evaluateNeeds } from './rules';
import { State, worse, worst } from './state';

/** Nodes available only because a cycle holds itself up: fine now, but they would not cold-start. */
export interface CyclicSupport {
  /** The members of the cycle, sorted. */
  cycle: string[];
  /** Nodes not DOWN in the answer that would be DOWN after a cold start, nearest the cycle first. */
  nodes: string[];
}

/** The cycles of a topology and everything downstream of them, computed once per topology. */
export interface CycleIndex {
  cycles: string[][];
  cycleOf: Map<string, number>;
  /** Nodes whose state can depend on a cycle: the only place the two fixpoints can differ. */
  region: Map<string, number>;
}

export function indexCycles(graph: ImpactGraph, cycles: string[][]): CycleIndex {
  const cycleOf = new Map<string, number>();
  cycles.forEach((cycle, i) => cycle.forEach((id) => cycleOf.set(id, i)));
  return { cycles, cycleOf, region: graph.downstream(cycleOf.keys()) };
}

/**
 * The pessimistic answer: every node in the cycle region starts DOWN and the same rules improve it
 * until nothing changes (the greatest fixpoint); outside the region both answers agree. Nodes that
 * are available in the normal answer but DOWN in the pessimistic one are flagged, grouped by the
 * cycle found first upstream of them. Only availability is compared: DEGRADED may circulate in a
 * healthy cycle of groups without meaning harm.
 */
/** The answer with nothing failed, per cycle index (a new index object per version of the graph). */
const quietAnswers = new WeakMap<CycleIndex, CyclicSupport[]>();

export function findCyclicSupport(
  graph: ImpactGraph,
  index: CycleIndex,
  own: ReadonlyMap<string, State>,
  normal: ReadonlyMap<string, State>,
): CyclicSupport[] {
  if (index.cycles.length === 0) return [];
  // Failures that reach neither the region nor anything its rules read leave every input of the
  // pessimistic evaluation as it is with nothing failed: the answer is that one, found once per
  // topology. The check costs in proportion to the failures' reach, not to the region.
  if (!reachesRegion(graph, index, own, normal)) {
    let quiet = quietAnswers.get(index);
    if (!quiet) {
      quiet = pessimisticSupport(graph, index, new Map(), new Map());
      quietAnswers.set(index, quiet);
    }
    return quiet.map((support) => ({ cycle: [...support.cycle], nodes: [...support.nodes] }));
  }
  return pessimisticSupport(graph, index, own, normal);
}

/** Whether a failure, or a node not UP in the normal answer, is in the cycle region or read by a node of it. */
function reachesRegion(graph: ImpactGraph, index: CycleIndex, own: ReadonlyMap<string, State>, normal: ReadonlyMap<string, State>): boolean {
  const touches = (id: string) => index.region.has(id) || graph.affects(id).some((next) => index.region.has(next));
  for (const id of own.keys()) if (touches(id)) return true;
  for (const [id, state] of normal) if (state !== 'UP' && touches(id)) return true;
  return false;
}

function pessimisticSupport(
  graph: ImpactGraph,
  index: CycleIndex,
  own: ReadonlyMap<string, State>,
  normal: ReadonlyMap<string, State>,
): CyclicSupport[] {
  const pessimistic = new Map<string, State>();
  for (const id of index.region.keys()) pessimistic.set(id, 'DOWN');
  const stateOf = (id: string): State => pessimistic.get(id) ?? normal.get(id) ?? 'UP';

  const queue = [...index.region.keys()];
  const queued = new Set(queue);
  for (let head = 0; head < queue.length; head += 1) {
    const id = queue[head];
    queued.delete(id);
    const next = evaluate(graph, id, own.get(id) ?? 'UP', stateOf);
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

/** The first cycle found walking up through needs that are DOWN in the pessimistic answer. */
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

/** A node's state from scratch: the worst of its own state and what its needs impose. */
export function evaluate(graph: ImpactGraph, id: string, own: State, stateOf: (id: string) => State): State {
  return worst(own, evaluateNeeds(graph, id, stateOf).state);
}
