import type { CyclicSupportView } from './answers';
import { CycleRegion, NormalStates } from './cycleRegion';
import { ImpactGraph } from './impactGraph';
import { Propagation } from './propagate';
import { State } from './state';

export { evaluate } from './cycleRegion';
export type { NormalStates } from './cycleRegion';

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
 * The normal answer: states by id (absent means UP), or the propagation itself, which answers by id
 * without a map of its whole blast radius (35k entries for a core router) being built.
 */
export type NormalAnswer = NormalStates | Propagation;

/**
 * The pessimistic answer: every node in the cycle region starts DOWN and the same rules improve it
 * until nothing changes (the least fixpoint from below); outside the region both answers agree.
 * Nodes that are not DOWN in the normal answer but DOWN in the pessimistic one are flagged, grouped
 * by the cycle found first walking up (breadth-first, in the order rules read their inputs) through
 * nodes DOWN in the pessimistic answer; groups come in the region's order of their first node. Only
 * availability is compared: DEGRADED may circulate in a healthy cycle of groups without meaning harm.
 *
 * The region is laid out once per version of the graph with its pessimistic states for nothing
 * failed; a question re-solves only what its failures reach (see CycleRegion), then makes one pass
 * over integer arrays of the region, which the answer lists anyway.
 */
export function findCyclicSupport(graph: ImpactGraph, index: CycleIndex, own: ReadonlyMap<string, State>, normal: NormalAnswer): CyclicSupport[] {
  if (index.cycles.length === 0) return [];
  const region = regionOf(graph, index);
  return supportOf(region, own, normal).map(({ cycle, positions }) => ({
    cycle: [...index.cycles[cycle]],
    nodes: Array.from(positions, (p) => region.ids[p]),
  }));
}

/** findCyclicSupport with nodes named as answers name them; the names are made once per version. */
export function cyclicSupportView(graph: ImpactGraph, index: CycleIndex, own: ReadonlyMap<string, State>, normal: NormalAnswer): CyclicSupportView[] {
  if (index.cycles.length === 0) return [];
  const region = regionOf(graph, index);
  const refs = region.refs;
  return supportOf(region, own, normal).map(({ cycle, positions }) => ({
    cycle: index.cycles[cycle].map((id) => refs[region.positionOf.get(id)!]),
    nodes: Array.from(positions, (p) => refs[p]),
  }));
}

/**
 * The region laid out with its quiet pessimistic states, per cycle index: the live topology hands
 * out a new index object whenever the graph has changed, so a layout never outlives its version.
 */
const regions = new WeakMap<CycleIndex, CycleRegion>();

function regionOf(graph: ImpactGraph, index: CycleIndex): CycleRegion {
  let region = regions.get(index);
  if (!region || region.graph !== graph) {
    region = new CycleRegion(graph, index);
    regions.set(index, region);
  }
  return region;
}

const DOWN = 2;

/** Flagged positions by cycle, in answer order. */
function supportOf(region: CycleRegion, own: ReadonlyMap<string, State>, answer: NormalAnswer): { cycle: number; positions: number[] }[] {
  const normal = normalStates(answer);
  const states = region.pessimistic(own, normal);
  const holder = cyclesHoldingUp(region, states);
  const down = normallyDown(region, normal);

  const positionsOf = new Map<number, number[]>();
  const firstOf = new Map<number, number>();
  for (const p of region.listOrder) {
    const cycle = holder[p];
    if (cycle < 0 || down[p] === 1) continue;
    const positions = positionsOf.get(cycle);
    if (positions) positions.push(p);
    else positionsOf.set(cycle, [p]);
    if (p < (firstOf.get(cycle) ?? Infinity)) firstOf.set(cycle, p);
  }
  return [...positionsOf.keys()].sort((a, b) => firstOf.get(a)! - firstOf.get(b)!).map((cycle) => ({ cycle, positions: positionsOf.get(cycle)! }));
}

function normalStates(answer: NormalAnswer): NormalStates {
  if (!(answer instanceof Propagation)) return answer;
  return {
    size: answer.affectedCount,
    get: (id) => answer.stateOf(id),
    forEach: (callback) => answer.forEachAffected((id, state) => callback(state, id)),
  };
}

/** Which region positions are DOWN in the normal answer, reading whichever is shorter. */
function normallyDown(region: CycleRegion, normal: NormalStates): Uint8Array {
  const down = new Uint8Array(region.ids.length);
  if (normal.size < region.ids.length) {
    normal.forEach((state, id) => {
      const p = state === 'DOWN' ? region.positionOf.get(id) : undefined;
      if (p !== undefined) down[p] = 1;
    });
  } else {
    region.ids.forEach((id, p) => {
      if (normal.get(id) === 'DOWN') down[p] = 1;
    });
  }
  return down;
}

/**
 * For each position DOWN in the pessimistic states, the cycle a breadth-first walk up from it meets
 * first (through nodes DOWN only), or -1. All walks at once: distances to the nearest cycle member
 * by one walk down from the members; then, nearest first, a node takes the cycle of the first input
 * in read order that is one step nearer, which is where its own walk would have met a cycle first.
 */
function cyclesHoldingUp(region: CycleRegion, states: Uint8Array): Int32Array {
  const size = region.ids.length;
  const distance = new Int32Array(size).fill(-1);
  const holder = new Int32Array(size).fill(-1);
  const queue = new Int32Array(size);
  let tail = 0;
  for (let p = 0; p < size; p += 1) {
    if (states[p] === DOWN && region.cycleOf[p] >= 0) {
      distance[p] = 0;
      queue[tail++] = p;
    }
  }
  for (let head = 0; head < tail; head += 1) {
    const p = queue[head];
    if (distance[p] === 0) holder[p] = region.cycleOf[p];
    else {
      for (let k = region.readStart[p]; k < region.readStart[p + 1]; k += 1) {
        const input = region.readTo[k];
        if (states[input] === DOWN && distance[input] === distance[p] - 1) {
          holder[p] = holder[input];
          break;
        }
      }
    }
    for (let k = region.readerStart[p]; k < region.readerStart[p + 1]; k += 1) {
      const reader = region.readerFrom[k];
      if (distance[reader] < 0 && states[reader] === DOWN) {
        distance[reader] = distance[p] + 1;
        queue[tail++] = reader;
      }
    }
  }
  return holder;
}
