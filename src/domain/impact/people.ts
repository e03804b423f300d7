import { ImpactIndex } from './impactIndex';
import { Topology } from './topology';

/**
 * Who stands behind each node, by node number of one ImpactIndex: the consumer groups an offering
 * targets (numbered) and each group's size. Counting the people a set of DOWN nodes cuts off is
 * then one pass over typed arrays, which matters when an analysis counts for thousands of sets
 * (singlePointsOfFailure ranks every cut set it finds by people).
 */
export class PeopleIndex {
  /** Groups of node i: group[start[i]] .. group[start[i + 1] - 1]. */
  private readonly start: Int32Array;
  private readonly group: Int32Array;
  /** People by group number. */
  private readonly size: number[] = [];
  /** Marks groups already counted: seen[g] === tick. */
  private readonly seen: Uint32Array;
  private tick = 0;

  constructor(
    readonly index: ImpactIndex,
    readonly version: string,
    targets: Topology['targets'],
  ) {
    const numbers = new Map<string, number>();
    const byNode = new Map<number, number[]>();
    for (const [id, groups] of targets) {
      const i = index.indexOf.get(id);
      // Ids are shared with later layouts of the index: numbers past this one's size are not ours.
      if (i === undefined || i >= index.size) continue;
      byNode.set(
        i,
        groups.map((target) => {
          let g = numbers.get(target.consumerGroupId);
          if (g === undefined) {
            g = numbers.size;
            numbers.set(target.consumerGroupId, g);
            // A group's size is the same wherever it is targeted (LiveTopology refreshes them together).
            this.size.push(target.size);
          }
          return g;
        }),
      );
    }
    this.start = new Int32Array(index.size + 1);
    for (const [i, groups] of byNode) this.start[i + 1] = groups.length;
    for (let i = 0; i < index.size; i += 1) this.start[i + 1] += this.start[i];
    this.group = new Int32Array(this.start[index.size]);
    for (const [i, groups] of byNode) this.group.set(groups, this.start[i]);
    this.seen = new Uint32Array(this.size.length);
  }

  /** People in consumer groups cut off when these nodes (numbers) are DOWN: each group counted once. */
  cutOff(down: ArrayLike<number>): number {
    const { start, group, size, seen } = this;
    this.tick += 1;
    if (this.tick === 0xffffffff) {
      seen.fill(0);
      this.tick = 1;
    }
    const tick = this.tick;
    let people = 0;
    for (let p = 0; p < down.length; p += 1) {
      const i = down[p];
      for (let k = start[i]; k < start[i + 1]; k += 1) {
        const g = group[k];
        if (seen[g] === tick) continue;
        seen[g] = tick;
        people += size[g];
      }
    }
    return people;
  }
}

const built = new WeakMap<Topology, PeopleIndex>();

/** The PeopleIndex of a topology's graph, made again when the index is laid out anew or the facts change (a new version). */
export function peopleIndexOf(topology: Topology): PeopleIndex {
  const index = topology.graph.index;
  const known = built.get(topology);
  if (known && known.index === index && known.version === topology.version) return known;
  const made = new PeopleIndex(index, topology.version, topology.targets);
  built.set(topology, made);
  return made;
}
