import type { ImpactIndex } from './impactIndex';
import { HAS_ELEMENT, HAS_MEMBER, THROUGH } from './indexLayout';

const UP = 0;
const DOWN = 2;

/**
 * Which nodes go DOWN when some fail, and nothing else: propagate() without DEGRADED. Whether a
 * node is DOWN depends only on which of its needs are DOWN (a HARD edge passes DOWN, a SOFT one
 * never does, a group is DOWN when too few members are not DOWN, a connectivity when no path avoids
 * DOWN elements), so the least fixpoint of that two-valued system is exactly the set of nodes that
 * propagate() leaves DOWN. Analyses that ask thousands of "what goes DOWN" questions (cut sets and
 * the people they cut off) skip the DEGRADED halo around every blast radius, which is often larger
 * than the blast radius itself, and never touch a string.
 *
 * Scratch arrays are kept between runs and reset sparsely: one closure serves one caller at a time.
 */
export class DownClosure {
  private readonly down: Uint8Array;
  /** Members (elements) lost so far, per group (network). */
  private readonly lost: Int32Array;
  private readonly queue: Int32Array;
  private readonly networkMarked: Uint8Array;
  private readonly countedGroups: number[] = [];
  private readonly markedNetworks: number[] = [];

  constructor(readonly index: ImpactIndex) {
    const n = index.size;
    this.down = new Uint8Array(n);
    this.lost = new Int32Array(n);
    this.queue = new Int32Array(n);
    this.networkMarked = new Uint8Array(n);
  }

  /**
   * The nodes DOWN when the given node numbers fail, in the order they went DOWN. With `stopAt`,
   * the run ends as soon as that node goes DOWN (the answer then ends with it and is partial).
   */
  run(failed: ArrayLike<number>, stopAt = -1): Int32Array {
    const tail = this.close(failed, stopAt);
    const result = this.queue.slice(0, tail);
    this.reset(tail);
    return result;
  }

  /** Whether `node` goes DOWN when the given node numbers fail (the run stops there). */
  reaches(failed: ArrayLike<number>, node: number): boolean {
    const tail = this.close(failed, node);
    const reached = this.down[node] === 1;
    this.reset(tail);
    return reached;
  }

  /** Fills the queue with the nodes that go DOWN (until `stopAt` does) and returns how many. */
  private close(failed: ArrayLike<number>, stopAt: number): number {
    const { index, down, lost, queue, networkMarked, countedGroups, markedNetworks } = this;
    const { byStart, byEnd, byFrom, byEdge, needType, needSoft, members, required } = index;
    let tail = 0;
    let stopped = false;
    const fail = (i: number): void => {
      down[i] = 1;
      queue[tail++] = i;
      if (i === stopAt) stopped = true;
    };
    for (let s = 0; s < failed.length && !stopped; s += 1) if (down[failed[s]] === 0) fail(failed[s]);
    let head = 0;
    while (!stopped) {
      for (; head < tail && !stopped; head += 1) {
        const changed = queue[head];
        for (let k = byStart[changed]; k < byEnd[changed]; k += 1) {
          const dependant = byFrom[k];
          if (down[dependant] === 1) continue;
          const edge = byEdge[k];
          const type = needType[edge];
          if (type === HAS_MEMBER || type === HAS_ELEMENT) {
            if (lost[dependant] === 0) countedGroups.push(dependant);
            lost[dependant] += 1;
            // A network's connectivities are evaluated once the queue runs dry, as propagate() does.
            if (type === HAS_ELEMENT && networkMarked[dependant] === 0) {
              networkMarked[dependant] = 1;
              markedNetworks.push(dependant);
            }
            if (members[dependant] - lost[dependant] < required[dependant]) fail(dependant);
          } else if (type === THROUGH || needSoft[edge] === 0) {
            // THROUGH edges pass on a network DOWN as a whole; HARD needs pass DOWN.
            fail(dependant);
          }
          if (stopped) break;
        }
      }
      if (stopped || markedNetworks.length === 0) break;
      for (const network of markedNetworks.splice(0)) {
        networkMarked[network] = 0;
        if (down[network] === 1) continue; // everything through it is DOWN already
        const plan = index.networkPlan(network);
        if (plan.needs.length === 0) continue;
        const codes = plan.network.evaluateAll(plan.needs, (element) => {
          const i = plan.impactOf[element];
          return i >= 0 && down[i] === 1 ? DOWN : UP;
        }, plan.out);
        for (let c = 0; c < plan.connectivities.length && !stopped; c += 1) {
          if (codes[c] === DOWN && down[plan.connectivities[c]] === 0) fail(plan.connectivities[c]);
        }
      }
    }

    return tail;
  }

  /** Clears the scratch after a run that took `tail` nodes DOWN. */
  private reset(tail: number): void {
    const { down, lost, queue, networkMarked, countedGroups, markedNetworks } = this;
    for (let p = 0; p < tail; p += 1) down[queue[p]] = 0;
    for (const group of countedGroups) lost[group] = 0;
    countedGroups.length = 0;
    for (const network of markedNetworks) networkMarked[network] = 0;
    markedNetworks.length = 0;
  }
}

const closures = new WeakMap<ImpactIndex, DownClosure>();

/** The closure of an index, made on first use and kept as long as the index is. */
export function downClosureOf(index: ImpactIndex): DownClosure {
  let closure = closures.get(index);
  if (!closure) {
    closure = new DownClosure(index);
    closures.set(index, closure);
  }
  return closure;
}
