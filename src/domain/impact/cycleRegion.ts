import { Holders, holdersOf } from './cycleHolders';
import type { CycleIndex } from './cyclicSupport';
import { ImpactGraph, NodeRef, nodeRef } from './impactGraph';
import { ImpactIndex } from './impactIndex';
import { Propagation } from './propagate';
import { evaluateNeeds } from './rules';
import { State, worst } from './state';
import { stronglyConnected } from './stronglyConnected';

const UP = 0;
const DOWN = 2;
const NAMES: readonly State[] = ['UP', 'DEGRADED', 'DOWN'];
const CODE: Record<State, number> = { UP, DEGRADED: 1, DOWN };

/** By node number of one integer index: IN_REGION, ON_BORDER or 0, and the region position (-1 outside). */
interface Lookup {
  /** A byte per node, so that scanning a large blast radius mostly reads this small array. */
  where: Uint8Array;
  positionAt: Int32Array;
}

const IN_REGION = 1;
const ON_BORDER = 2;

/** The normal answer as the pessimistic evaluation reads it: nodes absent are UP. A Map qualifies. */
export interface NormalStates {
  readonly size: number;
  get(id: string): State | undefined;
  forEach(callback: (state: State, id: string) => void): void;
}

/**
 * The normal answer: states by id (absent means UP), or the propagation itself, which answers by id
 * without a map of its whole blast radius (35k entries for a core router) being built.
 */
export type NormalAnswer = NormalStates | Propagation;

/** What a question's normal answer says of the region and of the nodes outside it that it reads. */
export interface NormalFacts {
  /** Region positions DOWN in the normal answer, in no particular order. */
  down: number[];
  /** Border nodes (outside the region, read by it) not UP in the normal answer. */
  border: Map<string, State>;
  /** Any other node outside the region (rules inside read only border nodes: kept for safety). */
  stateOf: (id: string) => State;
}

/** A node's state from scratch: the worst of its own state and what its needs impose. */
export function evaluate(graph: ImpactGraph, id: string, own: State, stateOf: (id: string) => State): State {
  return worst(own, evaluateNeeds(graph, id, stateOf).state);
}

/**
 * The cycle region of one version of the graph, laid out once: its nodes numbered in the region's
 * order (nearest the cycles first), what each one's rule reads inside the region and the reverse,
 * the strongly connected components of those reads, and the pessimistic states with nothing failed.
 *
 * The pessimistic answer is the least fixpoint reached from every node DOWN. Component by component,
 * upstream first, it is: an acyclic node's rule applied to its final inputs, a cyclic component's
 * own least fixpoint given its inputs. So a question only re-solves the components whose inputs
 * differ from the quiet answer's (failures in the region, nodes outside it that are not UP and read
 * from it), and then those whose inputs moved in turn; everything else keeps its quiet state.
 * Worsening the quiet states in place would not do: a failure can take away the outside support
 * that let a cycle come up, and only solving the cycle again from DOWN shows it cannot.
 */
export class CycleRegion {
  /** Region nodes by position, in the region's order. */
  readonly ids: string[];
  readonly positionOf = new Map<string, number>();
  /** Cycle number of each position, -1 for nodes outside the cycles. */
  readonly cycleOf: Int32Array;
  /** What position p's rule reads inside the region, in graph.reads order: readTo[readStart[p] ..]. */
  readonly readStart: Int32Array;
  readonly readTo: Int32Array;
  /** The positions whose rules read p: readerFrom[readerStart[p] ..]. */
  readonly readerStart: Int32Array;
  readonly readerFrom: Int32Array;
  /** Positions as answers list them: nearest the cycles first, then by id. */
  readonly listOrder: Int32Array;
  /** Nodes outside the region read by rules of unsettled components, with the positions that read them. */
  private readonly border = new Map<string, number[]>();
  /** Components DOWN throughout with nothing failed: DOWN under any failures. */
  private readonly settled: Uint8Array;
  /** Components numbered so that every read leads to the reader's own component or a lower one. */
  private readonly componentOf: Int32Array;
  private readonly componentCount: number;
  private readonly memberStart: Int32Array;
  private readonly members: Int32Array;
  /** Whether a component holds a cycle of reads (more than one node, or a node reading itself). */
  private readonly cyclic: Uint8Array;
  /** Pessimistic states (codes) with nothing failed. */
  private readonly quiet: Uint8Array;
  /** The cycle holding up each position in the quiet states, and its distance (cycleHolders.ts). */
  readonly quietHolders: Holders;
  /**
   * Region position (-1 outside) and border membership by node number, per integer index: a question
   * scans its propagation's touched nodes with them (readFacts). The graph may re-lay its index while
   * the region stays (a write away from it), so they follow the index, and do not keep an old one.
   */
  private readonly lookups = new WeakMap<ImpactIndex, Lookup>();
  private namedRefs: NodeRef[] | null = null;

  constructor(
    readonly graph: ImpactGraph,
    index: CycleIndex,
  ) {
    this.ids = [...index.region.keys()];
    const size = this.ids.length;
    this.ids.forEach((id, p) => this.positionOf.set(id, p));
    this.cycleOf = Int32Array.from(this.ids, (id) => index.cycleOf.get(id) ?? -1);

    const reads: number[] = [];
    /** Pairs of a position and a node outside the region that its rule reads. */
    const outside: (number | string)[] = [];
    this.readStart = new Int32Array(size + 1);
    const readerCount = new Int32Array(size + 1);
    // Needs are read from the graph's integer index (in graph.reads order, without a list or a map
    // lookup per read: at 100k this loop was the largest part of a layout); a connectivity also
    // reads its network's elements, which only graph.reads names.
    const indexed = graph.index;
    const positionAt = new Int32Array(indexed.size).fill(-1);
    this.ids.forEach((id, p) => {
      const i = indexed.indexOf.get(id);
      if (i !== undefined) positionAt[i] = p;
    });
    const read = (p: number, q: number | undefined, other: () => string) => {
      if (q !== undefined && q >= 0) {
        reads.push(q);
        readerCount[q] += 1;
      } else {
        outside.push(p, other());
      }
    };
    this.ids.forEach((id, p) => {
      const i = indexed.indexOf.get(id);
      if (i === undefined || indexed.kindOf(i) === 'Connectivity') {
        for (const other of graph.reads(id)) read(p, this.positionOf.get(other), () => other);
      } else {
        for (let e = indexed.needStart[i]; e < indexed.needEnd[i]; e += 1) {
          const j = indexed.needTo[e];
          read(p, positionAt[j], () => indexed.ids[j]);
        }
      }
      this.readStart[p + 1] = reads.length;
    });
    this.readTo = Int32Array.from(reads);
    this.readerStart = new Int32Array(size + 1);
    for (let p = 0; p < size; p += 1) this.readerStart[p + 1] = this.readerStart[p] + readerCount[p];
    this.readerFrom = new Int32Array(reads.length);
    const next = this.readerStart.slice(0, size);
    for (let p = 0; p < size; p += 1) for (let k = this.readStart[p]; k < this.readStart[p + 1]; k += 1) this.readerFrom[next[this.readTo[k]]++] = p;

    const { componentOf, count } = stronglyConnected({ start: this.readStart, target: this.readTo });
    this.componentOf = componentOf;
    this.componentCount = count;
    const memberCount = new Int32Array(count + 1);
    for (let p = 0; p < size; p += 1) memberCount[componentOf[p] + 1] += 1;
    this.memberStart = new Int32Array(count + 1);
    for (let c = 0; c < count; c += 1) this.memberStart[c + 1] = this.memberStart[c] + memberCount[c + 1];
    this.members = new Int32Array(size);
    const at = this.memberStart.slice(0, count);
    for (let p = 0; p < size; p += 1) this.members[at[componentOf[p]]++] = p;
    this.cyclic = new Uint8Array(count);
    for (let p = 0; p < size; p += 1) {
      const c = componentOf[p];
      if (this.memberStart[c + 1] - this.memberStart[c] > 1 || this.readTo.subarray(this.readStart[p], this.readStart[p + 1]).includes(p)) this.cyclic[c] = 1;
    }

    const hops = Int32Array.from(this.ids, (id) => index.region.get(id) ?? 0);
    this.listOrder = Int32Array.from(this.ids.keys()).sort((a, b) => hops[a] - hops[b] || this.ids[a].localeCompare(this.ids[b]));

    this.quiet = new Uint8Array(size).fill(DOWN);
    const own = new Map<string, State>();
    const stateOf = (id: string): State => {
      const p = this.positionOf.get(id);
      return p === undefined ? 'UP' : NAMES[this.quiet[p]];
    };
    for (let c = 0; c < count; c += 1) this.solve(c, this.quiet, own, stateOf);

    // Worse inputs can only lower the least fixpoint, so a component DOWN throughout with nothing
    // failed stays so whatever fails: questions need not look at it, nor at what only it reads.
    this.settled = new Uint8Array(count).fill(1);
    for (let p = 0; p < size; p += 1) if (this.quiet[p] !== DOWN) this.settled[componentOf[p]] = 0;
    for (let k = 0; k < outside.length; k += 2) {
      const [p, id] = [outside[k] as number, outside[k + 1] as string];
      if (this.settled[componentOf[p]] === 1) continue;
      const readers = this.border.get(id);
      if (!readers) this.border.set(id, [p]);
      else if (readers[readers.length - 1] !== p) readers.push(p);
    }
    this.lookups.set(indexed, this.lookupOf(indexed, positionAt));
    this.quietHolders = holdersOf(this, this.quiet);
  }

  /**
   * What the normal answer says of the region and its border. A propagation is read by scanning the
   * nodes it touched (its blast radius, which it has paid for already), so nothing is looked up by id
   * and its own lookup by id (an array over the estate for a large blast radius) is not built; a map
   * is read from whichever is shorter, the map or the region with its border.
   */
  readFacts(answer: NormalAnswer): NormalFacts {
    const down: number[] = [];
    const border = new Map<string, State>();
    if (answer instanceof Propagation) {
      const { where, positionAt } = this.lookupFor(answer.index);
      const { touched, touchedState, index } = answer;
      for (let k = 0; k < touched.length; k += 1) {
        const i = touched[k];
        const at = where[i];
        if (at === IN_REGION) {
          if (touchedState[k] === DOWN) down.push(positionAt[i]);
        } else if (at === ON_BORDER && touchedState[k] !== UP) {
          border.set(index.ids[i], NAMES[touchedState[k]]);
        }
      }
      return { down, border, stateOf: (id) => answer.stateOf(id) };
    }
    const note = (state: State, id: string) => {
      const p = this.positionOf.get(id);
      if (p !== undefined) {
        if (state === 'DOWN') down.push(p);
      } else if (state !== 'UP' && this.border.has(id)) {
        border.set(id, state);
      }
    };
    if (answer.size <= this.ids.length + this.border.size) answer.forEach(note);
    else for (const id of [...this.ids, ...this.border.keys()]) note(answer.get(id) ?? 'UP', id);
    return { down, border, stateOf: (id) => answer.get(id) ?? 'UP' };
  }

  private lookupFor(index: ImpactIndex): Lookup {
    let lookup = this.lookups.get(index);
    if (!lookup) {
      const positionAt = new Int32Array(index.size).fill(-1);
      this.ids.forEach((id, p) => {
        const i = index.indexOf.get(id);
        if (i !== undefined && i < index.size) positionAt[i] = p;
      });
      lookup = this.lookupOf(index, positionAt);
      this.lookups.set(index, lookup);
    }
    return lookup;
  }

  private lookupOf(index: ImpactIndex, positionAt: Int32Array): Lookup {
    const where = new Uint8Array(index.size);
    for (let i = 0; i < index.size; i += 1) if (positionAt[i] >= 0) where[i] = IN_REGION;
    for (const id of this.border.keys()) {
      const i = index.indexOf.get(id);
      if (i !== undefined && i < index.size) where[i] = ON_BORDER;
    }
    return { where, positionAt };
  }

  /** Each position's node as answers name it, made on first use: every answer lists most of them. */
  get refs(): NodeRef[] {
    this.namedRefs ??= this.ids.map((id) => nodeRef(this.graph, id));
    return this.namedRefs;
  }

  /**
   * The pessimistic states (codes by position) under these failures and this normal answer, and the
   * positions whose state differs from the quiet one. When the failures reach no unsettled component
   * the states are the quiet ones themselves: read them, never write them.
   */
  pessimistic(own: ReadonlyMap<string, State>, normal: NormalFacts): { states: Uint8Array; moved: number[] } {
    const due = new Uint8Array(this.componentCount);
    let first = this.componentCount;
    const schedule = (p: number) => {
      const c = this.componentOf[p];
      if (this.settled[c] === 1) return;
      due[c] = 1;
      if (c < first) first = c;
    };
    for (const [id, state] of own) {
      const p = this.positionOf.get(id);
      if (p !== undefined && state !== 'UP') schedule(p);
    }
    for (const id of normal.border.keys()) for (const p of this.border.get(id)!) schedule(p);
    if (first === this.componentCount) return { states: this.quiet, moved: [] };

    const states = this.quiet.slice();
    const outside = (id: string): State => normal.border.get(id) ?? (this.border.has(id) ? 'UP' : normal.stateOf(id));
    const stateOf = (id: string): State => {
      const p = this.positionOf.get(id);
      return p === undefined ? outside(id) : NAMES[states[p]];
    };
    // Reads lead to lower components only, so one pass upwards sees every component's inputs final;
    // each component is solved once at most, so what moves in it moved from the quiet state.
    const moved: number[] = [];
    for (let c = first; c < this.componentCount; c += 1) {
      if (due[c] === 0) continue;
      for (const p of this.solve(c, states, own, stateOf)) {
        moved.push(p);
        for (let k = this.readerStart[p]; k < this.readerStart[p + 1]; k += 1) {
          const reader = this.componentOf[this.readerFrom[k]];
          if (this.settled[reader] === 0) due[reader] = 1;
        }
      }
    }
    return { states, moved };
  }

  /**
   * Solves one component given final states below it: an acyclic node by its rule, a cyclic one from
   * every member DOWN, improving members until nothing changes. Returns the members whose state moved.
   */
  private solve(c: number, states: Uint8Array, own: ReadonlyMap<string, State>, stateOf: (id: string) => State): number[] {
    const from = this.memberStart[c];
    const to = this.memberStart[c + 1];
    const stateAt = (p: number) => CODE[evaluate(this.graph, this.ids[p], own.get(this.ids[p]) ?? 'UP', stateOf)];
    if (this.cyclic[c] === 0) {
      const p = this.members[from];
      const next = stateAt(p);
      if (next === states[p]) return [];
      states[p] = next;
      return [p];
    }
    const before = Array.from(this.members.subarray(from, to), (p) => states[p]);
    const queue = Array.from(this.members.subarray(from, to));
    const queued = new Set(queue);
    for (const p of queue) states[p] = DOWN;
    for (let head = 0; head < queue.length; head += 1) {
      const p = queue[head];
      queued.delete(p);
      const next = stateAt(p);
      if (next >= states[p]) continue;
      states[p] = next;
      for (let k = this.readerStart[p]; k < this.readerStart[p + 1]; k += 1) {
        const reader = this.readerFrom[k];
        if (this.componentOf[reader] === c && !queued.has(reader)) {
          queued.add(reader);
          queue.push(reader);
        }
      }
    }
    const moved: number[] = [];
    for (let k = from; k < to; k += 1) if (states[this.members[k]] !== before[k - from]) moved.push(this.members[k]);
    return moved;
  }
}
