import { Propagation } from './propagate';
import { Topology } from './topology';

/** People in consumer groups cut off (DOWN) by the given states: each group counted once. */
export function peopleCutOff(topology: Topology, propagation: Propagation): number {
  const counted = new Set<string>();
  let people = 0;
  for (const id of propagation.idsIn('DOWN')) {
    for (const target of topology.targets.get(id) ?? []) {
      if (counted.has(target.consumerGroupId)) continue;
      counted.add(target.consumerGroupId);
      people += target.size;
    }
  }
  return people;
}
