import { ImpactGraph } from './impactGraph';
import { propagate } from './propagate';
import { evaluateNeeds } from './rules';
import { State } from './state';
import { stronglyConnected } from './stronglyConnected';

/** Nodes to start together, once every earlier layer is up. */
export interface RecoveryLayer {
  index: number;
  /** Sorted. */
  ids: string[];
  /** The cycle this layer starts by force (each member waits for another), or null for a layer whose needs are met. */
  forcedCycle: string[] | null;
}

/**
 * The order in which to bring back what a failure took DOWN. Every node that is DOWN appears in
 * exactly one layer, or in `blocked`.
 */
export interface RecoveryPlan {
  layers: RecoveryLayer[];
  /** The cycles that block a cold start, each sorted, in the order the plan forces them. */
  cycles: string[][];
  /** DEGRADED nodes, sorted: not in the plan, they recover as their needs come back. */
  degraded: string[];
  /**
   * DOWN nodes that neither their needs nor a forced cycle ever let start, sorted. They wait for
   * something outside the plan; the rules and the propagation agree, so this should stay empty.
   */
  blocked: string[];
}

/**
 * A cold start after the given failures (their own state DOWN; ids the graph does not know are
 * ignored, as propagate does), simulated with the engine's rule (evaluateNeeds). Every node DOWN
 * after propagation starts down, the failed ones included (the plan is their repair); everything
 * else keeps its propagated state, a DEGRADED node counting as available. Each layer is every
 * remaining node whose needs no longer impose DOWN, started together: a soft need never holds a
 * node back, a group starts with its quorum, a network with one element, a connectivity with one
 * path (and its network).
 *
 * Only when nothing can start but some nodes remain do cycles get forced (see `coldStartTraps`):
 * each trap found then becomes a layer of its own, one after the other, and the simulation goes on.
 * Forcing is the last resort, so a trap comes after everything that can start without it.
 *
 * Only the dependants (`affects`) of the nodes just started are looked at again, since nothing else
 * can have changed: each node is evaluated once per layer in which something it reads starts.
 */
export function recoveryPlan(graph: ImpactGraph, failedIds: readonly string[]): RecoveryPlan {
  const propagation = propagate(graph, new Map(failedIds.map((id): [string, State] => [id, 'DOWN'])));
  const down = new Set(propagation.idsIn('DOWN'));
  const remaining = new Set(down);
  const stateOf = (id: string): State => (remaining.has(id) ? 'DOWN' : down.has(id) ? 'UP' : propagation.stateOf(id));

  const layers: RecoveryLayer[] = [];
  const cycles: string[][] = [];
  let blocked: string[] = [];
  let candidates: Iterable<string> = down;
  while (remaining.size > 0) {
    // Decided against the state before the layer: a layer starts together.
    const ready = [...candidates].filter((id) => remaining.has(id) && evaluateNeeds(graph, id, stateOf).state !== 'DOWN');
    const forced = ready.length === 0;
    const started = forced ? coldStartTraps(graph, remaining) : [ready.sort()];
    if (started.length === 0) {
      blocked = [...remaining].sort();
      break;
    }
    for (const ids of started) {
      layers.push({ index: layers.length, ids, forcedCycle: forced ? [...ids] : null });
      if (forced) cycles.push([...ids]);
      for (const id of ids) remaining.delete(id);
    }
    const next = new Set<string>();
    for (const ids of started) for (const id of ids) for (const dependant of graph.affects(id)) if (remaining.has(dependant)) next.add(dependant);
    candidates = next;
  }
  return { layers, cycles, degraded: propagation.idsIn('DEGRADED').sort(), blocked };
}

/**
 * The cycles that keep the remaining nodes from starting when none can. A need blocks when the
 * needed node being DOWN can keep its dependant DOWN: every need but a SOFT one, a group's members
 * and a network's elements included (together they may deny quorum), and for a connectivity every
 * element of its network still down (any may lie on its path). A trap is a strongly connected
 * component of the remaining nodes over blocking needs, with none leading out of it (nothing else
 * still holds it), of two or more nodes or one that needs itself. Its nodes must be started
 * together, or the cycle broken. Each trap sorted, in the order of their first ids.
 *
 * Components that do lead out are left for later: they may not be traps at all once what they wait
 * for is up (a group's quorum can come from outside the cycle).
 */
function coldStartTraps(graph: ImpactGraph, remaining: ReadonlySet<string>): string[][] {
  const ids = [...remaining];
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const rows: number[][] = ids.map(() => []);
  const selfLoop = new Uint8Array(ids.length);
  // One extra node per network stands for its elements still down, so that c connectivities
  // through a network of e elements cost c + e edges, not c * e.
  const hubOf = new Map<string, number>();
  const hub = (network: string): number | undefined => {
    if (!hubOf.has(network)) {
      const elements: number[] = [];
      for (const edge of graph.needs(network)) {
        const element = edge.type === 'HAS_ELEMENT' ? indexOf.get(edge.to) : undefined;
        if (element !== undefined) elements.push(element);
      }
      hubOf.set(network, elements.length > 0 ? rows.push(elements) - 1 : -1);
    }
    const found = hubOf.get(network)!;
    return found >= 0 ? found : undefined;
  };

  ids.forEach((id, i) => {
    for (const edge of graph.needs(id)) {
      // The path rule reads the elements whatever the strength of THROUGH says of the network itself.
      const elements = edge.type === 'THROUGH' ? hub(edge.to) : undefined;
      if (elements !== undefined) rows[i].push(elements);
      const member = edge.type === 'HAS_MEMBER' || edge.type === 'HAS_ELEMENT';
      if (!member && edge.strength === 'SOFT') continue;
      const j = indexOf.get(edge.to);
      if (j !== undefined) rows[i].push(j);
      if (j === i) selfLoop[i] = 1;
    }
  });

  const start = new Int32Array(rows.length + 1);
  rows.forEach((row, u) => (start[u + 1] = start[u] + row.length));
  const target = Int32Array.from(rows.flat());
  const { componentOf, count } = stronglyConnected({ start, target });

  const leadsOut = new Uint8Array(count);
  for (let u = 0; u < rows.length; u += 1) {
    for (let k = start[u]; k < start[u + 1]; k += 1) if (componentOf[target[k]] !== componentOf[u]) leadsOut[componentOf[u]] = 1;
  }
  const members = new Map<number, string[]>();
  ids.forEach((id, i) => {
    const component = componentOf[i];
    if (leadsOut[component] === 1) return;
    const list = members.get(component);
    if (list) list.push(id);
    else members.set(component, [id]);
  });
  return [...members.values()]
    .filter((cycle) => cycle.length > 1 || selfLoop[indexOf.get(cycle[0])!] === 1)
    .map((cycle) => cycle.sort())
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
}
