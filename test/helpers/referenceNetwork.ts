import { NetworkLink, NetworkModel } from '../../src/domain/network/networkModel';
import { State, worst } from '../../src/domain/impact/state';

/** One connectivity question on a small network, in plain ids and states (absent means UP). */
export interface NetworkCase {
  network: NetworkModel;
  states: ReadonlyMap<string, State>;
  from: readonly string[];
  to: readonly string[];
}

/*
 * Deliberately naive answers to check NetworkIndex and connectivityTolerance against: every simple
 * path written out, every failure set tried. Exponential, so for meshes of a handful of routers.
 */

const stateOf = (c: NetworkCase, id: string): State => c.states.get(id) ?? 'UP';

/** Links with both ends among the network's nodes; any other link carries nothing. */
function usableLinks(network: NetworkModel): NetworkLink[] {
  return network.links.filter((link) => network.nodes.includes(link.a) && network.nodes.includes(link.b));
}

/** [link, next node] for every way traffic may leave node u. */
function stepsFrom(network: NetworkModel, u: string): [string, string][] {
  const steps: [string, string][] = [];
  for (const link of usableLinks(network)) {
    if (link.a === u) steps.push([link.id, link.b]);
    else if (link.b === u && !link.directed) steps.push([link.id, link.a]);
  }
  return steps;
}

/** Every path that starts at a from node, ends at a to node and visits no node twice. */
export function simplePaths(c: NetworkCase): string[][] {
  const paths: string[][] = [];
  const walk = (path: string[], visited: string[]) => {
    const u = path[path.length - 1];
    if (c.to.includes(u)) paths.push(path);
    for (const [link, v] of stepsFrom(c.network, u)) {
      if (!visited.includes(v)) walk([...path, link, v], [...visited, v]);
    }
  };
  for (const p of new Set(c.from)) if (c.network.nodes.includes(p)) walk([p], [p]);
  return paths;
}

export function pathState(c: NetworkCase, path: readonly string[]): State {
  return path.reduce<State>((state, id) => worst(state, stateOf(c, id)), 'UP');
}

export function degradedCount(c: NetworkCase, path: readonly string[]): number {
  return path.filter((id) => stateOf(c, id) === 'DEGRADED').length;
}

/** The best path's state: the best, over all simple paths, of each path's worst element. */
export function referenceState(c: NetworkCase): State {
  const order: State[] = ['UP', 'DEGRADED', 'DOWN'];
  let best: State = 'DOWN';
  for (const path of simplePaths(c)) {
    const state = pathState(c, path);
    if (order.indexOf(state) < order.indexOf(best)) best = state;
  }
  return best;
}

/** Whether some from node reaches some to node through elements neither DOWN nor in `failed`. */
export function stillConnected(c: NetworkCase, failed: ReadonlySet<string>): boolean {
  const usable = (id: string) => stateOf(c, id) !== 'DOWN' && !failed.has(id);
  const seen = new Set<string>();
  const stack = c.from.filter((p) => c.network.nodes.includes(p) && usable(p));
  while (stack.length > 0) {
    const u = stack.pop()!;
    if (seen.has(u)) continue;
    seen.add(u);
    if (c.to.includes(u)) return true;
    for (const [link, v] of stepsFrom(c.network, u)) if (usable(link) && usable(v)) stack.push(v);
  }
  return false;
}

/** The available elements: nodes and usable links that are not DOWN. */
export function availableElements(c: NetworkCase): string[] {
  const ids = [...c.network.nodes, ...usableLinks(c.network).map((link) => link.id)];
  return ids.filter((id) => stateOf(c, id) !== 'DOWN');
}

/** The size of the smallest set of available elements whose failure disconnects, by trying all. */
export function referenceTolerance(c: NetworkCase): number {
  const candidates = availableElements(c);
  for (let size = 0; size <= candidates.length; size += 1) {
    if (subsets(candidates, size).some((set) => !stillConnected(c, new Set(set)))) return size;
  }
  throw new Error('failing every available element always disconnects');
}

function subsets<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  const result: T[][] = [];
  for (let i = 0; i <= items.length - size; i += 1) {
    for (const rest of subsets(items.slice(i + 1), size - 1)) result.push([items[i], ...rest]);
  }
  return result;
}
