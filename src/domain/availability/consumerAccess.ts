import { InvalidInputError } from '../errors';
import { ImpactEdge, ImpactGraph } from '../impact/impactGraph';
import type { Topology } from '../impact/topology';
import type { StatedLevel } from './agreedGap';

/** A consumer group's access as an availability target: the group and the offerings that target it. */
export interface ConsumerAccess {
  groupId: string;
  name: string;
  /** The offerings that TARGET the group, by id. */
  offeringIds: string[];
}

/**
 * The access of consumer group `groupId`, or null when no offering targets it (then it has no
 * access to compute: nothing in the model can cut it off, and nothing reaches it either).
 */
export function consumerAccess(targets: Topology['targets'], groupId: string): ConsumerAccess | null {
  const offeringIds: string[] = [];
  let name = groupId;
  for (const [offeringId, groups] of targets) {
    const group = groups.find((g) => g.consumerGroupId === groupId);
    if (!group) continue;
    offeringIds.push(offeringId);
    name = group.name;
  }
  return offeringIds.length === 0 ? null : { groupId, name, offeringIds: offeringIds.sort() };
}

/**
 * The target's part of the graph with the group's access added as one more node, named by the
 * group's id, that HARD-needs every offering targeting it: the access is DOWN as soon as any of
 * them is. That is what impact counts as the group's people cut off (a group takes the worst state
 * of the offerings that target it, and its people are counted when any of them is DOWN), so the
 * availability of the access is the probability that impact would not count the group cut off.
 * The node's kind is Service because a service is exactly a node that fails only through its hard
 * needs (no failure of its own, unlike a component): the structure function, the Monte Carlo
 * propagation, contributors and what-if changes then work on it unchanged. `keep`: more nodes to
 * keep with what they need (those a what-if change names).
 */
export function withAccessNode(graph: ImpactGraph, access: ConsumerAccess, keep: readonly string[] = []): ImpactGraph {
  if (graph.nodes.has(access.groupId)) {
    throw new InvalidInputError([{ path: 'target', message: `${access.groupId} is already a node of the impact graph` }]);
  }
  const part = graph.subgraph(graph.upstream([...access.offeringIds, ...keep]));
  const needs = access.offeringIds.map((to): ImpactEdge => ({ from: access.groupId, to, type: 'DEPENDS_ON', strength: 'HARD' }));
  return new ImpactGraph([...part.nodes.values(), { id: access.groupId, kind: 'Service', name: access.name }], [...part.allEdges(), ...needs], part.networkEnds);
}

/**
 * The level a group's access is measured against: the strictest agreed for any offering that
 * targets it (the model records no level for a consumer group itself), a service level before a
 * service's own statement of the same figure, as agreedAvailability.cypher orders them; null when
 * none of the offerings has one.
 */
export function strictestLevel(levels: ReadonlyMap<string, StatedLevel[]>, offeringIds: readonly string[]): StatedLevel | null {
  const all = offeringIds.flatMap((id) => levels.get(id) ?? []);
  all.sort(
    (a, b) =>
      b.percent - a.percent ||
      Number(a.relationshipId === null) - Number(b.relationshipId === null) ||
      byCodePoint(a.sourceId, b.sourceId) ||
      byCodePoint(a.relationshipId ?? '', b.relationshipId ?? ''),
  );
  return all[0] ?? null;
}

/** Strings in Cypher's order (code points), not the locale's. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
