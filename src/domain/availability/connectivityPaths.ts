import type { ImpactGraph } from '../impact/impactGraph';

/** More simple paths than this through one connectivity's mesh, and it is not written out. */
export const TOO_MANY_PATHS = 'TOO_MANY_PATHS';

/**
 * A connectivity's minimal path sets, as element ids (nodes and links), read from the engine's own
 * compiled mesh so that "constrains nothing" and "which links count" are decided exactly as
 * propagation decides them. The connectivity is DOWN exactly when every path set holds a DOWN
 * element (a path is as good as its worst element, the connectivity as its best path).
 *
 * Null when it constrains nothing (see ImpactGraph.compiledNeed); TOO_MANY_PATHS past `maxPaths`.
 */
export function connectivityPaths(graph: ImpactGraph, connectivityId: string, maxPaths: number): string[][] | null | typeof TOO_MANY_PATHS {
  const compiled = graph.compiledNeed(connectivityId);
  if (!compiled) return null;
  const { network, need } = compiled;
  const destinations = new Set(need.to);
  const found: number[][] = [];
  const path: number[] = [];
  const onPath = new Uint8Array(network.nodeCount);
  // Simple paths, each ending at the first destination it reaches: going on would only add elements.
  const walk = (u: number): boolean => {
    path.push(u);
    onPath[u] = 1;
    if (destinations.has(u)) found.push([...path]);
    else {
      for (let k = network.outStart[u]; k < network.outStart[u + 1]; k += 1) {
        const v = network.outNode[k];
        if (onPath[v] === 1) continue;
        if (found.length > maxPaths) return false;
        path.push(network.outLink[k]);
        const ok = walk(v);
        path.pop();
        if (!ok) return false;
      }
    }
    path.pop();
    onPath[u] = 0;
    return true;
  };
  for (const start of need.from) if (!walk(start) || found.length > maxPaths) return TOO_MANY_PATHS;

  // Minimal sets only: a path whose elements include another's adds nothing to "every path is cut".
  const unique = new Map<string, number[]>();
  for (const p of found) {
    const set = [...new Set(p)].sort((a, b) => a - b);
    unique.set(set.join(','), set);
  }
  const sets = [...unique.values()];
  sets.sort((a, b) => a.length - b.length);
  const minimal: number[][] = [];
  for (const s of sets) {
    const members = new Set(s);
    if (!minimal.some((m) => m.every((e) => members.has(e)))) minimal.push(s);
  }
  return minimal.map((s) => s.map((e) => network.elements[e]));
}
