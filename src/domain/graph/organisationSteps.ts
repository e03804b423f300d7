import { Closure, GraphDirection, isHard, stepsByNode } from './closure';

/** Where a node stands in a value chain, seen from the closure's root (the subject). */
export interface OrganisationStep {
  /** Organisation boundaries crossed from the subject, along the route that crosses fewest. */
  hops: number;
  /** Reached from the subject through HARD steps only, along at least one route. */
  hard: boolean;
  /** The node's organisation; a node without one counts as part of the one it was reached from. */
  organizationId: string | null;
}

/**
 * Walks the closure from its root in `direction`, counting organisation boundaries rather than
 * relationships (a breadth-first walk with 0/1 costs: a step to another organisation's node costs
 * one, any other step nothing). Every node is settled once, so cycles terminate. Nodes the
 * closure lacks lie beyond its bound and are returned in `beyond`.
 */
export function organisationSteps(
  closure: Closure,
  direction: GraphDirection,
): { steps: Map<string, OrganisationStep>; beyond: Set<string> } {
  const stepsOut = stepsByNode(closure.edges, direction);
  const hops = new Map<string, number>([[closure.rootId, 0]]);
  const organisation = new Map<string, string | null>([[closure.rootId, closure.nodes.get(closure.rootId)?.organizationId ?? null]]);
  const beyond = new Set<string>();

  let level = [closure.rootId];
  for (let h = 0; level.length > 0; h++) {
    const nextLevel: string[] = [];
    // Steps within the organisation cost nothing and join this level while it is being walked.
    for (let i = 0; i < level.length; i++) {
      const id = level[i];
      if (hops.get(id) !== h) continue; // reached more cheaply since it was queued
      const here = organisation.get(id) ?? null;
      for (const { next } of stepsOut.get(id) ?? []) {
        const node = closure.nodes.get(next);
        if (!node) {
          beyond.add(next);
          continue;
        }
        const there = node.organizationId ?? here;
        const cost = here !== null && there !== here ? 1 : 0;
        const known = hops.get(next);
        if (known !== undefined && known <= h + cost) continue;
        hops.set(next, h + cost);
        organisation.set(next, there);
        (cost === 0 ? level : nextLevel).push(next);
      }
    }
    level = nextLevel;
  }

  const hard = reachedHard(closure, direction);
  const steps = new Map<string, OrganisationStep>();
  for (const [id, h] of hops) steps.set(id, { hops: h, hard: hard.has(id), organizationId: organisation.get(id) ?? null });
  return { steps, beyond };
}

/** Nodes reached from the root through HARD steps only. */
function reachedHard(closure: Closure, direction: GraphDirection): Set<string> {
  const stepsOut = stepsByNode(closure.edges.filter(isHard), direction);
  const reached = new Set([closure.rootId]);
  const queue = [closure.rootId];
  for (let head = 0; head < queue.length; head++) {
    for (const { next } of stepsOut.get(queue[head]) ?? []) {
      if (reached.has(next) || !closure.nodes.has(next)) continue;
      reached.add(next);
      queue.push(next);
    }
  }
  return reached;
}
