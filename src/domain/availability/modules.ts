import { stronglyConnected } from '../impact/stronglyConnected';
import type { TargetSupport } from './targetSupport';

/** The support nodes a node's DOWN state reads directly (its needs, members and path elements). */
export function readsOf(support: TargetSupport, id: string): string[] {
  const rule = support.rules.get(id)!;
  const reads = [...rule.hard, ...rule.members];
  if (Array.isArray(rule.paths)) for (const set of rule.paths) reads.push(...set);
  return reads.filter((to) => support.rules.has(to));
}

/**
 * The modules of a target's support: nodes not on a cycle whose every descendant is read only by
 * the node itself or by other descendants. A module's DOWN state then depends on variables that
 * nothing outside it reads, so it is independent of the rest, and its probability can be computed
 * on its own and stand in for it as one variable (the classic fault-tree modularisation).
 *
 * Linear in nodes and reads, by Dutuit and Rauzy's dates ("A linear-time algorithm to find modules
 * of fault trees", IEEE Trans. Reliability 45(3), 1996): one depth-first walk from the target stamps
 * each node with the date of its first visit, of the end of that visit, and of its last visit (a
 * visit is any arrival, also at a node seen before). Every arrival at a descendant falls within a
 * node's first visit exactly when no node outside reads it, so a node is a module when, over all its
 * descendants, the earliest first visit comes after its own and the latest last visit before the
 * end of its own. Those extremes are gathered per strongly connected part, sinks first.
 *
 * Nodes without reads (components that need nothing) are left out: they are a variable already.
 */
export function modules(support: TargetSupport): Set<string> {
  const { nodes } = support;
  const index = new Map(nodes.map((id, i) => [id, i]));
  const start = new Int32Array(nodes.length + 1);
  const target: number[] = [];
  nodes.forEach((id, i) => {
    for (const to of readsOf(support, id)) target.push(index.get(to)!);
    start[i + 1] = target.length;
  });
  const adjacency = { start, target: Int32Array.from(target) };

  const first = new Int32Array(nodes.length).fill(-1);
  const end = new Int32Array(nodes.length);
  const last = new Int32Array(nodes.length);
  let date = 0;
  // Iterative: dependency chains of a large estate are deeper than the call stack.
  const frameNode: number[] = [];
  const frameEdge: number[] = [];
  const arrive = (u: number) => {
    date += 1;
    last[u] = date;
    if (first[u] >= 0) return;
    first[u] = date;
    frameNode.push(u);
    frameEdge.push(start[u]);
  };
  arrive(index.get(support.targetId)!);
  while (frameNode.length > 0) {
    const top = frameNode.length - 1;
    const u = frameNode[top];
    const k = frameEdge[top];
    if (k < start[u + 1]) {
      frameEdge[top] = k + 1;
      arrive(adjacency.target[k]);
      continue;
    }
    frameNode.pop();
    frameEdge.pop();
    date += 1;
    end[u] = date;
  }

  // Per part, the extremes over its nodes and everything they reach. Parts are numbered sinks first.
  const { componentOf, count } = stronglyConnected(adjacency);
  const members: number[][] = Array.from({ length: count }, () => []);
  componentOf.forEach((p, u) => members[p].push(u));
  const earliest = new Int32Array(count).fill(2 ** 31 - 1);
  const latest = new Int32Array(count);
  for (let p = 0; p < count; p += 1) {
    for (const u of members[p]) {
      earliest[p] = Math.min(earliest[p], first[u]);
      latest[p] = Math.max(latest[p], last[u]);
      for (let k = start[u]; k < start[u + 1]; k += 1) {
        const q = componentOf[adjacency.target[k]];
        if (q === p) continue;
        earliest[p] = Math.min(earliest[p], earliest[q]);
        latest[p] = Math.max(latest[p], latest[q]);
      }
    }
  }

  const found = new Set<string>();
  nodes.forEach((id, u) => {
    if (start[u] === start[u + 1] || support.cyclic.has(id)) return;
    let lo = Number.MAX_SAFE_INTEGER;
    let hi = 0;
    for (let k = start[u]; k < start[u + 1]; k += 1) {
      const q = componentOf[adjacency.target[k]];
      lo = Math.min(lo, earliest[q]);
      hi = Math.max(hi, latest[q]);
    }
    if (lo > first[u] && hi < end[u]) found.add(id);
  });
  return found;
}
