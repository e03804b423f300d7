import { ImpactEdge, ImpactGraph, ImpactKind } from './impactGraph';
import { HAS_MEMBER, ImpactIndex } from './impactIndex';
import { State } from './state';

/** Why a node has its state: the edge from it to the node that passed the state on. */
export interface Cause {
  edge: ImpactEdge;
}

const UP = 0;
const DEGRADED = 1;
const DOWN = 2;
const NAMES: State[] = ['UP', 'DEGRADED', 'DOWN'];
const CODE: Record<State, number> = { UP, DEGRADED, DOWN };

/**
 * The states after propagation. The typed arrays are the answer; the string-keyed maps are built
 * only when someone asks for them.
 */
export class Propagation {
  private stateMap: Map<string, State> | null = null;
  private causeMap: Map<string, Cause> | null = null;

  constructor(
    private readonly index: ImpactIndex,
    private readonly state: Uint8Array,
    private readonly cause: Int32Array,
    /** Indices of every node that is not UP, in the order they got worse. */
    private readonly touched: Int32Array,
  ) {}

  stateOf(id: string): State {
    const i = this.index.indexOf.get(id);
    return i === undefined ? 'UP' : NAMES[this.state[i]];
  }

  /** Every node that is not UP. Nodes absent from the map are UP. */
  get states(): Map<string, State> {
    if (!this.stateMap) {
      this.stateMap = new Map();
      for (const i of this.touched) this.stateMap.set(this.index.ids[i], NAMES[this.state[i]]);
    }
    return this.stateMap;
  }

  /** For every node that got its state from a need (failures keep their own state uncaused). */
  get causes(): Map<string, Cause> {
    if (!this.causeMap) {
      this.causeMap = new Map();
      for (const i of this.touched) {
        const e = this.cause[i];
        if (e >= 0) this.causeMap.set(this.index.ids[i], { edge: this.index.needEdge[e] });
      }
    }
    return this.causeMap;
  }

  causeOf(id: string): Cause | undefined {
    const i = this.index.indexOf.get(id);
    const e = i === undefined ? -1 : this.cause[i];
    return e >= 0 ? { edge: this.index.needEdge[e] } : undefined;
  }

  /** Calls back for every node that is not UP, in the order they got worse. */
  forEachAffected(callback: (id: string, state: State, kind: ImpactKind | null) => void): void {
    for (const i of this.touched) callback(this.index.ids[i], NAMES[this.state[i]], this.index.kinds[i]);
  }

  /** Ids of the nodes in the given state, in the order they reached it. */
  idsIn(state: State): string[] {
    const code = CODE[state];
    const ids: string[] = [];
    for (const i of this.touched) if (this.state[i] === code) ids.push(this.index.ids[i]);
    return ids;
  }

  get affectedCount(): number {
    return this.touched.length;
  }
}

/**
 * Computes every node's state from the failures' own states. States only get worse while
 * propagating, so the answer is the least fixpoint reached from the own states; cycles terminate
 * because each node can worsen at most twice (UP -> DEGRADED -> DOWN).
 *
 * Rules (also in rules.ts, for the pessimistic evaluation): a HARD edge passes the needed node's
 * state on; a SOFT edge passes at most DEGRADED; a redundancy group is DOWN when fewer members than
 * it needs are available (not DOWN), DEGRADED when any member is not UP, UP otherwise. A node takes
 * the worst of its own state and all of these.
 *
 * Because states only worsen, one changed need can only raise its dependant to what that need
 * passes on, and groups keep running counts of down and troubled members: each edge in the blast
 * radius is looked at once per change of its need, so the work is linear in the blast radius.
 */
export function propagate(graph: ImpactGraph, own: ReadonlyMap<string, State>): Propagation {
  const index = graph.index;
  const n = index.size;
  const state = new Uint8Array(n);
  const cause = new Int32Array(n).fill(-1);
  const downMembers = new Int32Array(n);
  const troubledMembers = new Int32Array(n);
  // Each node enters the queue at most twice (once per worsening).
  const queue = new Int32Array(2 * n + own.size);
  const touched: number[] = [];
  let tail = 0;

  const worsen = (i: number, to: number, edge: number) => {
    if (state[i] === UP) touched.push(i);
    const from = state[i];
    state[i] = to;
    cause[i] = edge;
    queue[tail++] = i;
    // Keep the groups this node belongs to up to date.
    for (let k = index.byStart[i]; k < index.byStart[i + 1]; k += 1) {
      if (index.needType[index.byEdge[k]] !== HAS_MEMBER) continue;
      const group = index.byFrom[k];
      if (from === UP) troubledMembers[group] += 1;
      if (to === DOWN) downMembers[group] += 1;
    }
  };

  for (const [id, s] of own) {
    const i = index.indexOf.get(id);
    if (i === undefined || s === 'UP' || state[i] >= CODE[s]) continue;
    worsen(i, CODE[s], -1);
  }

  // FIFO order reaches nodes nearest the failures first, which keeps the recorded chains short.
  for (let head = 0; head < tail; head += 1) {
    const changed = queue[head];
    const passed = state[changed];
    for (let k = index.byStart[changed]; k < index.byStart[changed + 1]; k += 1) {
      const dependant = index.byFrom[k];
      const edge = index.byEdge[k];
      let imposed: number;
      if (index.needType[edge] === HAS_MEMBER) {
        const available = index.members[dependant] - downMembers[dependant];
        imposed = available < index.required[dependant] ? DOWN : troubledMembers[dependant] > 0 ? DEGRADED : UP;
        // A group's cause is a member that is DOWN when the group is, the member that changed otherwise.
        if (imposed === DOWN && passed !== DOWN) continue;
      } else {
        imposed = index.needSoft[edge] === 1 && passed === DOWN ? DEGRADED : passed;
      }
      if (imposed > state[dependant]) worsen(dependant, imposed, edge);
    }
  }
  return new Propagation(index, state, cause, Int32Array.from(touched));
}
