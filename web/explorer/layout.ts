/**
 * A layered drawing, infrastructure at the bottom and consumers at the top: each node sits one
 * layer above the highest of the nodes that support it. Things that hold each other up (a cycle)
 * share a layer. Within a layer, nodes are ordered by the mean position of their neighbours (a few
 * sweeps of the barycentre heuristic) so edges cross less; a wide layer wraps onto several rows.
 * Linear in nodes and edges per sweep, so thousands of nodes lay out in milliseconds. Pure.
 */

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
}

/** `source` supports `target`: impact travels from source to target. */
export interface LayoutEdge {
  source: string;
  target: string;
}

export interface Position {
  x: number;
  y: number;
}

export interface LayoutOptions {
  /** Horizontal gap between neighbours in a row. */
  gapX?: number;
  /** Vertical gap between rows. */
  gapY?: number;
  /** The most nodes in one row before a layer wraps. */
  maxPerRow?: number;
  /** Sweeps of the ordering heuristic. */
  sweeps?: number;
}

/** Strongly connected components (Tarjan, iterative): each node's component index. */
export function components(ids: string[], next: Map<string, string[]>): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const component = new Map<string, number>();
  let counter = 0;
  let count = 0;
  for (const start of ids) {
    if (index.has(start)) continue;
    const work: { id: string; i: number }[] = [{ id: start, i: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1];
      const out = next.get(frame.id) ?? [];
      if (frame.i < out.length) {
        const to = out[frame.i++];
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ id: to, i: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].id;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.id)!));
      }
      if (low.get(frame.id) === index.get(frame.id)) {
        for (;;) {
          const member = stack.pop()!;
          onStack.delete(member);
          component.set(member, count);
          if (member === frame.id) break;
        }
        count++;
      }
    }
  }
  return component;
}

/**
 * Layer of each node: 0 for nodes nothing shown supports, else one more than its highest
 * supporter; the members of a cycle share the layer of the cycle.
 */
export function assignLayers(ids: string[], edges: LayoutEdge[]): Map<string, number> {
  const known = new Set(ids);
  const next = new Map<string, string[]>();
  for (const e of edges) {
    if (!known.has(e.source) || !known.has(e.target) || e.source === e.target) continue;
    (next.get(e.source) ?? next.set(e.source, []).get(e.source)!).push(e.target);
  }
  const component = components(ids, next);
  // Tarjan numbers components in reverse topological order: a component's successors come first.
  const count = Math.max(-1, ...component.values()) + 1;
  const supporters = new Map<number, Set<number>>();
  for (const [source, targets] of next) {
    for (const target of targets) {
      const from = component.get(source)!;
      const to = component.get(target)!;
      if (from !== to) (supporters.get(to) ?? supporters.set(to, new Set()).get(to)!).add(from);
    }
  }
  const layerOf = new Array<number>(count).fill(0);
  for (let c = count - 1; c >= 0; c--) {
    for (const s of supporters.get(c) ?? []) layerOf[c] = Math.max(layerOf[c], layerOf[s] + 1);
  }
  return new Map(ids.map((id) => [id, layerOf[component.get(id)!]]));
}

/** Positions in model coordinates: layer 0 at the bottom (largest y), rows centred on x = 0. */
export function layeredLayout(nodes: LayoutNode[], edges: LayoutEdge[], options: LayoutOptions = {}): Map<string, Position> {
  const gapX = options.gapX ?? 24;
  const gapY = options.gapY ?? 60;
  const maxPerRow = options.maxPerRow ?? 24;
  const sweeps = options.sweeps ?? 4;
  const ids = [...nodes].map((n) => n.id).sort();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const layer = assignLayers(ids, edges);
  const layers: string[][] = [];
  for (const id of ids) (layers[layer.get(id)!] ??= []).push(id);
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    if (!byId.has(e.source) || !byId.has(e.target)) continue;
    (neighbours.get(e.source) ?? neighbours.set(e.source, []).get(e.source)!).push(e.target);
    (neighbours.get(e.target) ?? neighbours.set(e.target, []).get(e.target)!).push(e.source);
  }
  const rank = new Map<string, number>();
  const setRanks = (row: string[]) => row.forEach((id, i) => rank.set(id, i / Math.max(1, row.length - 1)));
  layers.forEach((row) => row && setRanks(row));
  for (let sweep = 0; sweep < sweeps; sweep++) {
    const order = sweep % 2 === 0 ? layers.map((_, i) => i) : layers.map((_, i) => layers.length - 1 - i);
    for (const l of order) {
      const row = layers[l];
      if (!row) continue;
      const key = new Map<string, number>();
      for (const id of row) {
        const around = (neighbours.get(id) ?? []).filter((n) => layer.get(n) !== l);
        key.set(id, around.length ? around.reduce((sum, n) => sum + rank.get(n)!, 0) / around.length : rank.get(id)!);
      }
      row.sort((a, b) => key.get(a)! - key.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
      setRanks(row);
    }
  }
  const positions = new Map<string, Position>();
  let y = 0;
  for (const row of layers) {
    if (!row) continue;
    for (let start = 0; start < row.length; start += maxPerRow) {
      const slice = row.slice(start, start + maxPerRow);
      const width = slice.reduce((sum, id) => sum + byId.get(id)!.width, 0) + gapX * (slice.length - 1);
      const height = Math.max(...slice.map((id) => byId.get(id)!.height));
      let x = -width / 2;
      for (const id of slice) {
        const w = byId.get(id)!.width;
        positions.set(id, { x: x + w / 2, y: -(y + height / 2) });
        x += w + gapX;
      }
      y += height + gapY;
    }
  }
  return positions;
}
