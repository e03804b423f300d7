import { Step } from './closure';

/**
 * Hops from the root to every node it reaches over `steps`, the nearest route counted
 * (breadth-first, so cycles terminate). Only nodes for which `known` holds are entered; the others
 * that a step leads to are returned in `beyond`.
 */
export function depthsFrom(
  rootId: string,
  steps: ReadonlyMap<string, readonly Step[]>,
  known: (id: string) => boolean,
): { depths: Map<string, number>; beyond: Set<string> } {
  const depths = new Map<string, number>([[rootId, 0]]);
  const beyond = new Set<string>();
  const queue = [rootId];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head];
    const depth = depths.get(id)! + 1;
    for (const { next } of steps.get(id) ?? []) {
      if (depths.has(next)) continue;
      if (!known(next)) {
        beyond.add(next);
        continue;
      }
      depths.set(next, depth);
      queue.push(next);
    }
  }
  return { depths, beyond };
}
