import type { CyclicSupportView } from './answers';
import { mapEntry } from '../mapEntry';
import { holdersAfter } from './cycleHolders';
import { CycleRegion, NormalAnswer } from './cycleRegion';
import { ImpactGraph, NodeRef } from './impactGraph';
import { State } from './state';

export { evaluate } from './cycleRegion';
export type { NormalAnswer, NormalStates } from './cycleRegion';

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
 * until nothing changes (the least fixpoint from below); outside the region both answers agree.
 * Nodes that are not DOWN in the normal answer but DOWN in the pessimistic one are flagged, grouped
 * by the cycle found first walking up (breadth-first, in the order rules read their inputs) through
 * nodes DOWN in the pessimistic answer; groups come in the region's order of their first node. Only
 * availability is compared: DEGRADED may circulate in a healthy cycle of groups without meaning harm.
 *
 * The region is laid out once per version of the graph with its answer for nothing failed (the quiet
 * answer); a question costs what its failures reach of the region (see supportOf).
 */
export function findCyclicSupport(graph: ImpactGraph, index: CycleIndex, own: ReadonlyMap<string, State>, normal: NormalAnswer): CyclicSupport[] {
  if (index.cycles.length === 0) return [];
  const layout = layoutOf(graph, index);
  return supportOf(layout, own, normal).map(({ cycle, positions }) => ({
    cycle: [...index.cycles[cycle]],
    nodes: Array.from(positions(), (p) => layout.region.ids[p]),
  }));
}

/**
 * findCyclicSupport with nodes named as answers name them (the names are made once per version).
 * The count is known without the list, which is named when first read: an outage asks for counts.
 */
export function cyclicSupportView(graph: ImpactGraph, index: CycleIndex, own: ReadonlyMap<string, State>, normal: NormalAnswer): CyclicSupportView[] {
  if (index.cycles.length === 0) return [];
  const layout = layoutOf(graph, index);
  const { region } = layout;
  const refs = region.refs;
  return supportOf(layout, own, normal).map(({ cycle, count, positions }) => {
    let nodes: NodeRef[] | null = null;
    const view = {
      cycle: index.cycles[cycle].map((id) => refs[region.positionOf.get(id)!]),
      get nodes(): NodeRef[] {
        return (nodes ??= layout.named(cycle, positions()));
      },
    };
    // Not enumerable: the answer is its cycle and its nodes, as comparisons and JSON see it; the
    // count only says how long the list is.
    return Object.defineProperty(view, 'nodeCount', { value: count, enumerable: false }) as CyclicSupportView;
  });
}

/**
 * The region of a version with its quiet answer, per cycle index: the live topology hands out a new
 * index object whenever the graph has changed, so a layout never outlives its version.
 */
const layouts = new WeakMap<CycleIndex, SupportLayout>();

function layoutOf(graph: ImpactGraph, index: CycleIndex): SupportLayout {
  let layout = layouts.get(index);
  if (!layout || layout.region.graph !== graph) {
    layout = new SupportLayout(new CycleRegion(graph, index), index.cycles.length);
    layouts.set(index, layout);
  }
  return layout;
}

/** One group of the answer: its cycle, how many nodes it flags, and those (in answer order) when asked. */
interface Support {
  cycle: number;
  count: number;
  /** Region positions, nearest the cycle first: read them, never write them. */
  positions: () => ArrayLike<number>;
}

/**
 * The answer with nothing failed, laid out once per version: what each cycle holds up, in list order
 * and in position order (the group's first node), and the groups in answer order.
 */
class SupportLayout {
  /** Each position's place in the region's list order. */
  readonly rank: Int32Array;
  /** By cycle: the positions it holds up in the quiet states, in list order, and in position order. */
  readonly listed: Int32Array[];
  readonly ascending: Int32Array[];
  /** The answer to a question whose failures reach nothing of the region. */
  readonly quiet: Support[];
  /** By cycle: its quiet list named, made when first asked for. */
  private readonly namedLists: (NodeRef[] | undefined)[] = [];

  constructor(
    readonly region: CycleRegion,
    cycleCount: number,
  ) {
    const { holder } = region.quietHolders;
    this.rank = new Int32Array(holder.length);
    region.listOrder.forEach((p, rank) => (this.rank[p] = rank));
    const counts = new Int32Array(cycleCount);
    for (const cycle of holder) if (cycle >= 0) counts[cycle] += 1;
    this.listed = Array.from(counts, (n) => new Int32Array(n));
    this.ascending = Array.from(counts, (n) => new Int32Array(n));
    const filled = new Int32Array(cycleCount);
    for (const p of region.listOrder) if (holder[p] >= 0) this.listed[holder[p]][filled[holder[p]]++] = p;
    filled.fill(0);
    for (let p = 0; p < holder.length; p += 1) if (holder[p] >= 0) this.ascending[holder[p]][filled[holder[p]]++] = p;
    this.quiet = [...counts.keys()]
      .filter((cycle) => counts[cycle] > 0)
      .sort((a, b) => this.ascending[a][0] - this.ascending[b][0])
      .map((cycle) => ({ cycle, count: counts[cycle], positions: () => this.listed[cycle] }));
  }

  /** Positions named as answers name them: a cycle's quiet list is named once per version, then copied. */
  named(cycle: number, positions: ArrayLike<number>): NodeRef[] {
    const refs = this.region.refs;
    if (positions !== this.listed[cycle]) return Array.from(positions, (p) => refs[p]);
    return (this.namedLists[cycle] ??= Array.from(positions, (p) => refs[p])).slice();
  }
}

/**
 * The groups of the answer, in answer order. A question starts from the quiet answer and looks only
 * at the positions whose flag may differ from it: those its failures moved in the pessimistic states
 * and everything downstream of them (their holders walked again), and those DOWN in its normal answer
 * (never flagged). A question whose failures reach no unsettled part of the region and take none of
 * it DOWN gets the quiet answer as it is. Lists are made only when read, from the quiet lists less
 * what left them and with what joined them.
 */
function supportOf(layout: SupportLayout, own: ReadonlyMap<string, State>, answer: NormalAnswer): Support[] {
  const { region } = layout;
  const facts = region.readFacts(answer);
  const { states, moved } = region.pessimistic(own, facts);
  if (moved.length === 0 && facts.down.length === 0) return layout.quiet;

  const quiet = region.quietHolders.holder;
  const { holder, affected } = moved.length === 0 ? { holder: quiet, affected: [] } : holdersAfter(region, region.quietHolders, states, moved);
  const down = new Set(facts.down);
  const left = new Map<number, Set<number>>();
  const joined = new Map<number, number[]>();
  const seen = new Set<number>();
  for (const p of [...affected, ...facts.down]) {
    if (seen.has(p)) continue;
    seen.add(p);
    const before = quiet[p];
    const after = down.has(p) ? -1 : holder[p];
    if (before === after) continue;
    if (before >= 0) mapEntry(left, before, () => new Set<number>()).add(p);
    if (after >= 0) mapEntry(joined, after, () => []).push(p);
  }

  const groups: (Support & { first: number })[] = [];
  for (const cycle of new Set([...layout.quiet.map((s) => s.cycle), ...joined.keys()])) {
    const gone = left.get(cycle);
    const come = joined.get(cycle) ?? [];
    const count = layout.listed[cycle].length - (gone?.size ?? 0) + come.length;
    if (count === 0) continue;
    // The group's first node: its first quiet one still there, or one that joined.
    let first = Infinity;
    for (const p of layout.ascending[cycle]) {
      if (!gone?.has(p)) {
        first = p;
        break;
      }
    }
    for (const p of come) first = Math.min(first, p);
    let list: ArrayLike<number> | null = null;
    const positions = () => (list ??= listOf(layout, cycle, gone, come));
    groups.push({ cycle, count, positions, first });
  }
  return groups.sort((a, b) => a.first - b.first).map(({ cycle, count, positions }) => ({ cycle, count, positions }));
}

/** A cycle's quiet list less the positions that left it, merged in list order with those that joined. */
function listOf(layout: SupportLayout, cycle: number, gone: Set<number> | undefined, come: number[]): ArrayLike<number> {
  const quiet = layout.listed[cycle];
  if (!gone && come.length === 0) return quiet;
  const { rank } = layout;
  const joining = [...come].sort((a, b) => rank[a] - rank[b]);
  const list: number[] = [];
  let j = 0;
  for (const p of quiet) {
    if (gone?.has(p)) continue;
    while (j < joining.length && rank[joining[j]] < rank[p]) list.push(joining[j++]);
    list.push(p);
  }
  while (j < joining.length) list.push(joining[j++]);
  return list;
}
