import { DependencyStrength } from '../entities';
import { Step, StoredEdge, compare, isHard, stepsByNode } from './closure';

/** A route between two shown nodes through left-out nodes only. */
export interface CollapsedEdge {
  /** The dependant end of the route. */
  from: string;
  /** What it needs at the other end. */
  to: string;
  strength: DependencyStrength;
  /** The left-out nodes along one shortest route, from `from` to `to`. */
  via: string[];
}

/**
 * The COLLAPSED edges that stand in for left-out nodes: one per ordered pair of shown nodes joined
 * by a route, from dependant to dependency, whose inner nodes are all left out (at least one).
 * HARD when some such route is HARD all along (then `via` follows the shortest of those), else SOFT
 * (`via` follows the shortest route). Routes back to their start are not edges. Breadth-first from
 * each shown node through left-out nodes only, so cycles terminate and ties go to the smaller id.
 */
export function collapsedEdges(
  edges: readonly StoredEdge[],
  shown: ReadonlySet<string>,
  leftOut: ReadonlySet<string>,
): CollapsedEdge[] {
  const needs = stepsByNode(
    edges.filter((e) => (shown.has(e.from) || leftOut.has(e.from)) && (shown.has(e.to) || leftOut.has(e.to))),
    'UPSTREAM',
  );
  const result: CollapsedEdge[] = [];
  for (const from of [...shown].sort(compare)) {
    const hard = routesFrom(from, needs, shown, leftOut, true);
    const any = routesFrom(from, needs, shown, leftOut, false);
    for (const [to, via] of hard) result.push({ from, to, strength: 'HARD', via });
    for (const [to, via] of any) if (!hard.has(to)) result.push({ from, to, strength: 'SOFT', via });
  }
  return result;
}

/** Shown nodes reached from `start` through left-out nodes only, each with the left-out nodes on the way. */
function routesFrom(
  start: string,
  needs: ReadonlyMap<string, readonly Step[]>,
  shown: ReadonlySet<string>,
  leftOut: ReadonlySet<string>,
  hardOnly: boolean,
): Map<string, string[]> {
  const cameFrom = new Map<string, string | null>();
  const queue: string[] = [];
  const routes = new Map<string, string[]>();
  const stepsOf = (id: string) => (needs.get(id) ?? []).filter((s) => !hardOnly || isHard(s.edge));

  for (const { next } of stepsOf(start)) {
    if (leftOut.has(next) && !cameFrom.has(next)) {
      cameFrom.set(next, null);
      queue.push(next);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head];
    for (const { next } of stepsOf(id)) {
      if (leftOut.has(next)) {
        if (!cameFrom.has(next)) {
          cameFrom.set(next, id);
          queue.push(next);
        }
      } else if (shown.has(next) && next !== start && !routes.has(next)) {
        routes.set(next, routeTo(id, cameFrom));
      }
    }
  }
  return routes;
}

function routeTo(last: string, cameFrom: ReadonlyMap<string, string | null>): string[] {
  const route: string[] = [];
  for (let id: string | null | undefined = last; id !== null && id !== undefined; id = cameFrom.get(id)) route.push(id);
  return route.reverse();
}
