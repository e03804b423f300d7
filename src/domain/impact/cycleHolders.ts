const DOWN = 2;

/** The reads of a cycle region as the holder walk needs them (CycleRegion has them all). */
export interface RegionReads {
  /** Cycle number of each position, -1 for nodes outside the cycles. */
  readonly cycleOf: Int32Array;
  /** What position p's rule reads inside the region, in read order: readTo[readStart[p] .. readStart[p + 1]). */
  readonly readStart: Int32Array;
  readonly readTo: Int32Array;
  /** The positions whose rules read p: readerFrom[readerStart[p] .. readerStart[p + 1]). */
  readonly readerStart: Int32Array;
  readonly readerFrom: Int32Array;
}

/**
 * For each position, the cycle holding it up (-1 for none) and its distance from that cycle (-1 for
 * none). A position has a holder when it is DOWN in the pessimistic states and a walk up from it
 * through DOWN nodes meets a cycle member: the one met first walking breadth-first, in the order
 * rules read their inputs.
 */
export interface Holders {
  holder: Int32Array;
  distance: Int32Array;
}

/**
 * Every position's holder, all walks at once: distances to the nearest cycle member by one walk down
 * from the members; then, nearest first, a node takes the holder of the first input in read order
 * that is one step nearer, which is where its own walk would have met a cycle first.
 */
export function holdersOf(region: RegionReads, states: Uint8Array): Holders {
  const size = states.length;
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
    holder[p] = holderFrom(region, states, distance, holder, p);
    for (let k = region.readerStart[p]; k < region.readerStart[p + 1]; k += 1) {
      const reader = region.readerFrom[k];
      if (distance[reader] < 0 && states[reader] === DOWN) {
        distance[reader] = distance[p] + 1;
        queue[tail++] = reader;
      }
    }
  }
  return { holder, distance };
}

/**
 * The holders under states that differ from those `base` was computed for only at `moved`. A walk
 * up from a node passes only through what it reads, transitively: a node nothing moved above keeps
 * its distance and holder. So only the positions downstream of a moved one (`affected`, the moved
 * included) are walked again, from what their unaffected inputs already know, nearest first.
 */
export function holdersAfter(region: RegionReads, base: Holders, states: Uint8Array, moved: readonly number[]): Holders & { affected: number[] } {
  const holder = base.holder.slice();
  const distance = base.distance.slice();
  /** 1: affected, not yet final; 2: affected and final. */
  const mark = new Uint8Array(states.length);
  const affected = [...moved];
  for (const p of affected) mark[p] = 1;
  for (let head = 0; head < affected.length; head += 1) {
    const p = affected[head];
    distance[p] = -1;
    holder[p] = -1;
    for (let k = region.readerStart[p]; k < region.readerStart[p + 1]; k += 1) {
      const reader = region.readerFrom[k];
      if (mark[reader] === 0) {
        mark[reader] = 1;
        affected.push(reader);
      }
    }
  }

  // Each affected DOWN node starts at its distance through unaffected inputs (0 on a cycle); then a
  // walk down through affected DOWN nodes in order of distance (seeds merged into the queue).
  const seeds: number[] = [];
  const seedDistance = new Map<number, number>();
  for (const p of affected) {
    if (states[p] !== DOWN) continue;
    let best = region.cycleOf[p] >= 0 ? 0 : -1;
    for (let k = region.readStart[p]; best !== 0 && k < region.readStart[p + 1]; k += 1) {
      const input = region.readTo[k];
      if (mark[input] === 0 && states[input] === DOWN && distance[input] >= 0 && (best < 0 || distance[input] + 1 < best)) best = distance[input] + 1;
    }
    if (best >= 0) {
      seeds.push(p);
      seedDistance.set(p, best);
      distance[p] = best;
    }
  }
  seeds.sort((a, b) => seedDistance.get(a)! - seedDistance.get(b)!);
  const queue: number[] = [];
  let head = 0;
  let next = 0;
  while (head < queue.length || next < seeds.length) {
    // Both lists are in order of distance; a seed whose distance a walk lowered is final already.
    const fromQueue = next >= seeds.length || (head < queue.length && distance[queue[head]] <= seedDistance.get(seeds[next])!);
    const p = fromQueue ? queue[head++] : seeds[next++];
    if (mark[p] === 2) continue;
    mark[p] = 2;
    holder[p] = holderFrom(region, states, distance, holder, p);
    for (let k = region.readerStart[p]; k < region.readerStart[p + 1]; k += 1) {
      const reader = region.readerFrom[k];
      if (mark[reader] === 1 && states[reader] === DOWN && (distance[reader] < 0 || distance[reader] > distance[p] + 1)) {
        distance[reader] = distance[p] + 1;
        queue.push(reader);
      }
    }
  }
  return { holder, distance, affected };
}

/** A reached position's holder: its own cycle, or that of its first input in read order one step nearer. */
function holderFrom(region: RegionReads, states: Uint8Array, distance: Int32Array, holder: Int32Array, p: number): number {
  if (distance[p] === 0) return region.cycleOf[p];
  for (let k = region.readStart[p]; k < region.readStart[p + 1]; k += 1) {
    const input = region.readTo[k];
    if (states[input] === DOWN && distance[input] === distance[p] - 1) return holder[input];
  }
  return -1;
}
