import { ImpactEdge, ImpactGraph, ImpactKind } from './impactGraph';
import type { ImpactIndex, NetworkPlan } from './impactIndex';
import { HAS_ELEMENT, HAS_MEMBER, SOFT_BIT, THROUGH, TYPE_MASK } from './indexLayout';
import { State } from './state';

/** Why a node has its state: the edge from it to the node that passed the state on. */
export interface Cause {
  edge: ImpactEdge;
}

const UP = 0;
const DEGRADED = 1;
const DOWN = 2;
/** State names by the codes a Propagation holds (0 UP, 1 DEGRADED, 2 DOWN). */
export const STATE_NAMES: readonly State[] = ['UP', 'DEGRADED', 'DOWN'];
const CODE: Record<State, number> = { UP, DEGRADED, DOWN };

/**
 * The states after propagation, held compactly for the nodes that are not UP (a blast radius is
 * usually a small part of the estate). The string-keyed maps are built only when asked for; the
 * typed arrays are there for answers that count over the whole blast radius (the impact report).
 */
export class Propagation {
  private stateMap: Map<string, State> | null = null;
  private causeMap: Map<string, Cause> | null = null;
  private position: Int32Array | Map<number, number> | null = null;

  constructor(
    readonly index: ImpactIndex,
    /** Indices of every node that is not UP, in the order they got worse. */
    readonly touched: Int32Array,
    /** By position in `touched`: the state's code (STATE_NAMES) and the cause edge (-1 for none, see ImpactIndex.edgeAt). */
    readonly touchedState: Uint8Array,
    readonly touchedCause: Int32Array,
  ) {}

  /** Where node number i sits in `touched`; -1 when it is UP. */
  positionOfIndex(i: number): number {
    if (!this.position) {
      // A map for a small blast radius, an array over the estate for a large one (cheaper to fill).
      const n = this.index.size;
      if (this.touched.length * 8 < n) {
        const map = new Map<number, number>();
        this.touched.forEach((node, p) => map.set(node, p));
        this.position = map;
      } else {
        const array = new Int32Array(n).fill(-1);
        this.touched.forEach((node, p) => (array[node] = p));
        this.position = array;
      }
    }
    return this.position instanceof Map ? (this.position.get(i) ?? -1) : i < this.position.length ? this.position[i] : -1;
  }

  private positionOf(id: string): number | undefined {
    const i = this.index.indexOf.get(id);
    if (i === undefined || i >= this.index.size) return undefined;
    const p = this.positionOfIndex(i);
    return p < 0 ? undefined : p;
  }

  stateOf(id: string): State {
    const p = this.positionOf(id);
    return p === undefined ? 'UP' : STATE_NAMES[this.touchedState[p]];
  }

  causeOf(id: string): Cause | undefined {
    const p = this.positionOf(id);
    const e = p === undefined ? -1 : this.touchedCause[p];
    return e >= 0 ? { edge: this.index.edgeAt(e) } : undefined;
  }

  /** Every node that is not UP. Nodes absent from the map are UP. */
  get states(): Map<string, State> {
    if (!this.stateMap) {
      this.stateMap = new Map();
      this.touched.forEach((i, p) => this.stateMap!.set(this.index.ids[i], STATE_NAMES[this.touchedState[p]]));
    }
    return this.stateMap;
  }

  /** For every node that got its state from a need (failures keep their own state uncaused). */
  get causes(): Map<string, Cause> {
    if (!this.causeMap) {
      this.causeMap = new Map();
      this.touched.forEach((i, p) => {
        const e = this.touchedCause[p];
        if (e >= 0) this.causeMap!.set(this.index.ids[i], { edge: this.index.edgeAt(e) });
      });
    }
    return this.causeMap;
  }

  /** Calls back for every node that is not UP, in the order they got worse. */
  forEachAffected(callback: (id: string, state: State, kind: ImpactKind | null) => void): void {
    this.touched.forEach((i, p) => callback(this.index.ids[i], STATE_NAMES[this.touchedState[p]], this.index.kindOf(i)));
  }

  /** Ids of the nodes in the given state, in the order they reached it. */
  idsIn(state: State): string[] {
    const code = CODE[state];
    const ids: string[] = [];
    this.touched.forEach((i, p) => {
      if (this.touchedState[p] === code) ids.push(this.index.ids[i]);
    });
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
 *
 * Networks: a network counts its elements like a group that needs one (DOWN only when all are).
 * A connectivity's state is its best path through the network, which no single edge decides: when
 * an element changes, its network is marked, and once the queue runs dry every marked network
 * evaluates all its connectivities at once (NetworkIndex.evaluateAll: components of the UP and of
 * the available elements, then each connectivity by its points). Connectivities that get worse go
 * back into the queue, and the loop goes on until no network is marked. Path states only worsen as
 * elements do, so this is still the least fixpoint.
 */
export function propagate(graph: ImpactGraph, own: ReadonlyMap<string, State>): Propagation {
  const index = graph.index;
  // Scratch arrays sized to the estate are reused and reset sparsely, so a question costs work in
  // proportion to its blast radius, not to the estate (analyses run thousands of propagations).
  const { state, cause, downMembers, troubledMembers, queue, touched } = index.scratch(own.size);
  const { byStart, byEnd, byFrom, byEdge, byType, groupStart, groupEnd, groupOf, groupIsNetwork, members, required } = index;
  let touchedCount = 0;
  const countedGroups: number[] = [];
  const marked = new Set<number>();
  const markedNetworks: number[] = [];
  let tail = 0;

  const worsen = (i: number, to: number, edge: number) => {
    if (state[i] === UP) touched[touchedCount++] = i;
    const from = state[i];
    state[i] = to;
    cause[i] = edge;
    queue[tail++] = i;
    // Keep the groups (and networks) this node belongs to up to date.
    for (let g = groupStart[i]; g < groupEnd[i]; g += 1) {
      const group = groupOf[g];
      if (groupIsNetwork[g] === 1 && !marked.has(group)) {
        marked.add(group);
        markedNetworks.push(group);
      }
      if (troubledMembers[group] === 0) countedGroups.push(group);
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
  let head = 0;
  for (;;) {
  for (; head < tail; head += 1) {
    const changed = queue[head];
    const passed = state[changed];
    for (let k = byStart[changed]; k < byEnd[changed]; k += 1) {
      const dependant = byFrom[k];
      const typed = byType[k];
      const type = typed & TYPE_MASK;
      let imposed: number;
      if (type === THROUGH) {
        // Only a network DOWN as a whole passes on; otherwise the path evaluation below decides.
        if (passed !== DOWN) continue;
        imposed = DOWN;
      } else if (type === HAS_MEMBER || type === HAS_ELEMENT) {
        const available = members[dependant] - downMembers[dependant];
        imposed = available < required[dependant] ? DOWN : troubledMembers[dependant] > 0 ? DEGRADED : UP;
        // A group's cause is a member that is DOWN when the group is, the member that changed otherwise.
        if (imposed === DOWN && passed !== DOWN) continue;
      } else {
        imposed = (typed & SOFT_BIT) !== 0 && passed === DOWN ? DEGRADED : passed;
      }
      if (imposed > state[dependant]) worsen(dependant, imposed, byEdge[k]);
    }
  }
  if (markedNetworks.length === 0) break;
  // The queue ran dry: evaluate the connectivities of every network whose elements changed.
  for (const network of markedNetworks.splice(0)) {
    marked.delete(network);
    const plan = index.networkPlan(network);
    if (plan.needs.length === 0) continue;
    const codes = plan.network.evaluateAll(plan.needs, (element) => {
      const i = plan.impactOf[element];
      return i < 0 ? UP : state[i];
    }, plan.out);
    for (let c = 0; c < plan.connectivities.length; c += 1) {
      const connectivity = plan.connectivities[c];
      if (codes[c] > state[connectivity]) worsen(connectivity, codes[c], elementCause(index, plan, c, codes[c], state));
    }
  }
  }

  const nodes = touched.slice(0, touchedCount);
  const states = new Uint8Array(touchedCount);
  const causes = new Int32Array(touchedCount);
  for (let p = 0; p < touchedCount; p += 1) {
    const i = nodes[p];
    states[p] = state[i];
    causes[p] = cause[i];
    state[i] = UP;
    cause[i] = -1;
  }
  for (const group of countedGroups) {
    downMembers[group] = 0;
    troubledMembers[group] = 0;
  }
  return new Propagation(index, nodes, states, causes);
}

/**
 * Why a connectivity got worse: an element at least as bad as it is now, preferring one on its best
 * path with nothing failed (what an engineer would look at first). Such an element reached its state
 * before the connectivity did, so chains through it never loop back.
 */
function elementCause(index: ImpactIndex, plan: NetworkPlan, c: number, code: number, state: Uint8Array): number {
  let path = plan.suspects[c];
  if (!path) {
    path = Int32Array.from(plan.network.bestPath(plan.needs[c], () => UP) ?? [], (id) => plan.network.elementIndex(id)!);
    plan.suspects[c] = path;
  }
  const bad = (element: number) => plan.impactOf[element] >= 0 && state[plan.impactOf[element]] >= code;
  let culprit = path.find(bad);
  for (let e = 0; culprit === undefined && e < plan.network.size; e += 1) if (bad(e)) culprit = e;
  return culprit === undefined ? plan.throughEdges[c] : index.elementCause(plan.connectivities[c], plan.impactOf[culprit]);
}
