/**
 * A directed graph over the nodes 0 .. size-1 in compressed rows: the successors of node u are
 * `target[start[u]] .. target[start[u + 1] - 1]`, so `start` has size + 1 entries.
 */
export interface Adjacency {
  start: Int32Array;
  target: Int32Array;
}

/** Each node's component, numbered in the order found. */
export interface Components {
  componentOf: Int32Array;
  count: number;
}

/**
 * Strongly connected components by Tarjan's algorithm, linear in nodes and edges. Iterative, with
 * an explicit stack of (node, next edge) frames, because dependency chains in a large estate are
 * deeper than the call stack. A component is completed only after every component it reaches, so
 * every edge leads to its own component or to one numbered lower: component 0 is a sink.
 */
export function stronglyConnected({ start, target }: Adjacency): Components {
  const size = start.length - 1;
  const order = new Int32Array(size).fill(-1);
  const low = new Int32Array(size);
  const componentOf = new Int32Array(size).fill(-1);
  const stack = new Int32Array(size);
  const frameNode = new Int32Array(size);
  const frameEdge = new Int32Array(size);
  let stackTop = 0;
  let depth = 0;
  let counter = 0;
  let count = 0;
  const enter = (u: number) => {
    order[u] = low[u] = counter++;
    stack[stackTop++] = u;
    frameNode[depth] = u;
    frameEdge[depth] = start[u];
    depth += 1;
  };

  for (let root = 0; root < size; root += 1) {
    if (order[root] >= 0) continue;
    enter(root);
    while (depth > 0) {
      const u = frameNode[depth - 1];
      const k = frameEdge[depth - 1];
      if (k < start[u + 1]) {
        frameEdge[depth - 1] = k + 1;
        const v = target[k];
        if (order[v] < 0) enter(v);
        // Still on the stack exactly when it has an order but no component yet.
        else if (componentOf[v] < 0 && order[v] < low[u]) low[u] = order[v];
        continue;
      }
      depth -= 1;
      if (depth > 0) {
        const parent = frameNode[depth - 1];
        if (low[u] < low[parent]) low[parent] = low[u];
      }
      if (low[u] === order[u]) {
        let member: number;
        do {
          member = stack[--stackTop];
          componentOf[member] = count;
        } while (member !== u);
        count += 1;
      }
    }
  }
  return { componentOf, count };
}
