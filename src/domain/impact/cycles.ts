import { ImpactGraph } from './impactGraph';
import { stronglyConnected } from './stronglyConnected';

/**
 * Strongly connected components of the impact edges that are real cycles (two or more nodes, or a
 * node that needs itself): things that hold each other up. Tarjan's algorithm (stronglyConnected,
 * iterative) on the graph's integer index, renumbered in the graph's order: the cycles, and the
 * order they come in (the order answers list their regions in), are those of a walk from roots in
 * the graph's order along needs in their order. Linear in nodes and edges with integer work only,
 * so a whole estate after a full load costs milliseconds, not the second string-keyed maps took at
 * 100k components; edge ends outside the graph hold nothing up and close no cycle.
 */
export function findCycles(graph: ImpactGraph): string[][] {
  const index = graph.index;
  const ids = [...graph.nodes.keys()];
  const at = new Int32Array(ids.length);
  const numberOf = new Int32Array(index.size).fill(-1);
  ids.forEach((id, u) => {
    at[u] = index.indexOf.get(id)!;
    numberOf[at[u]] = u;
  });
  const start = new Int32Array(ids.length + 1);
  const target = new Int32Array(index.edgeCount);
  const selfLoop = new Uint8Array(ids.length);
  let m = 0;
  for (let u = 0; u < ids.length; u += 1) {
    for (let e = index.needStart[at[u]]; e < index.needEnd[at[u]]; e += 1) {
      const v = numberOf[index.needTo[e]];
      if (v < 0) continue;
      target[m++] = v;
      if (v === u) selfLoop[u] = 1;
    }
    start[u + 1] = m;
  }
  const { componentOf, count } = stronglyConnected({ start, target: target.subarray(0, m) });

  const size = new Int32Array(count);
  for (let u = 0; u < ids.length; u += 1) size[componentOf[u]] += 1;
  const members: (string[] | undefined)[] = new Array(count);
  for (let u = 0; u < ids.length; u += 1) {
    const c = componentOf[u];
    if (size[c] > 1 || selfLoop[u] === 1) (members[c] ??= []).push(ids[u]);
  }
  return members.filter((m): m is string[] => m !== undefined).map((cycle) => cycle.sort());
}
