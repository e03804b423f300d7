import { readsOf } from './modules';
import type { TargetSupport } from './targetSupport';

/**
 * Each support node's position in the decision diagrams' variable order: depth first from the
 * target, a node after everything it reads (post-order), and among a node's reads the most read
 * first. Shared infrastructure (power, cooling, a rack's switches) then comes before what rests on
 * it, so the diagram conditions on a shared component once, near its top, instead of carrying the
 * state of each one past the many branches that read it; what a branch reads alone stays together.
 *
 * On the services of the 2k synthetic estate this made 13 % fewer nodes in all than the pre-order
 * it replaced (fewer on 58 of 66 services), and the plain post-order about as few; pre-orders,
 * with or without the most read first, and FORCE's centre-of-gravity placement did worse.
 */
export function variableOrder(support: TargetSupport): Map<string, number> {
  const readers = new Map<string, number>();
  for (const id of support.nodes) for (const to of readsOf(support, id)) readers.set(to, (readers.get(to) ?? 0) + 1);
  const byReaders = (a: string, b: string) => (readers.get(b) ?? 0) - (readers.get(a) ?? 0);

  const position = new Map<string, number>();
  const entered = new Set<string>();
  // Iterative: dependency chains of a large estate are deeper than the call stack.
  const stack: { id: string; reads: string[]; next: number }[] = [];
  const enter = (id: string) => {
    entered.add(id);
    stack.push({ id, reads: readsOf(support, id).sort(byReaders), next: 0 });
  };
  enter(support.targetId);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.next < frame.reads.length) {
      const to = frame.reads[frame.next++];
      if (!entered.has(to)) enter(to);
      continue;
    }
    stack.pop();
    position.set(frame.id, position.size);
  }
  return position;
}
