import { InvalidInputError, NotFoundError } from '../errors';
import { ImpactEdge, ImpactEdgeType, ImpactGraph, ImpactNode } from '../impact/impactGraph';
import { AvailabilityFigure } from './availabilityFigure';
import { AvailabilityAnswer, AvailabilityOptions, computeAvailability } from './computeAvailability';

/** An edge of a hypothetical component: to (or from) an existing node, HARD DEPENDS_ON unless said. */
export interface ChangeEdge {
  id: string;
  type?: ImpactEdgeType;
  strength?: 'HARD' | 'SOFT';
}

/**
 * Hypothetical changes to the structure, applied to a copy (nothing is written):
 * - ADD_STANDBY: a second X beside component X ("a second access circuit"): the standby needs what X
 *   needs, and whatever needed X now needs one of the two (a new 1-of-2 group);
 * - ADD_MEMBER: a new component in a redundancy group, optionally needing what a member needs;
 * - SET_REQUIRED: a group's quorum as a count or a percentage ("make the database 2 of 3");
 * - ADD_COMPONENT: a new component with its needs and the nodes that need it;
 * - SET_FIGURE: another availability for an existing component.
 */
export type StructureChange =
  | { kind: 'ADD_STANDBY'; componentId: string; standbyId: string; figure?: AvailabilityFigure | null }
  | { kind: 'ADD_MEMBER'; groupId: string; componentId: string; figure: AvailabilityFigure; likeMember?: string | null }
  | { kind: 'SET_REQUIRED'; groupId: string; minUp?: number | null; minUpPercent?: number | null }
  | { kind: 'ADD_COMPONENT'; componentId: string; figure: AvailabilityFigure; needs?: ChangeEdge[]; neededBy?: ChangeEdge[] }
  | { kind: 'SET_FIGURE'; componentId: string; figure: AvailabilityFigure };

export interface WhatIfAnswer {
  changes: StructureChange[];
  before: AvailabilityAnswer;
  after: AvailabilityAnswer;
}

/** The target's availability now and with the changes, computed the same way (the graph is not touched). */
export function availabilityWhatIf(
  graph: ImpactGraph,
  targetId: string,
  figures: ReadonlyMap<string, AvailabilityFigure>,
  changes: StructureChange[],
  options: AvailabilityOptions = {},
): WhatIfAnswer {
  const before = computeAvailability(graph, targetId, figures, options);
  const changed = withChanges(graph, figures, changes, [targetId]);
  return { changes, before, after: computeAvailability(changed.graph, targetId, changed.figures, options) };
}

/**
 * A copy of the part of the graph that the given nodes and the changes reach, with the changes
 * applied in order, and the figures with the new components' ones.
 */
export function withChanges(
  graph: ImpactGraph,
  figures: ReadonlyMap<string, AvailabilityFigure>,
  changes: StructureChange[],
  keep: string[],
): { graph: ImpactGraph; figures: Map<string, AvailabilityFigure> } {
  const mentioned = changes.flatMap((c) => mentionedIds(c));
  const part = graph.subgraph(graph.upstream([...keep, ...mentioned]));
  const nodes = new Map(part.nodes);
  const edges: ImpactEdge[] = [...part.allEdges()];
  const newFigures = new Map(figures);

  const existing = (id: string, path: string, kind?: ImpactNode['kind']): ImpactNode => {
    const node = nodes.get(id);
    if (!node) throw new NotFoundError(`${path}: ${id} is not in the impact graph`, { id });
    if (kind && node.kind !== kind) throw new InvalidInputError([{ path, message: `${id} is a ${node.kind}, not a ${kind}` }]);
    return node;
  };
  const fresh = (id: string, path: string) => {
    if (nodes.has(id)) throw new InvalidInputError([{ path, message: `${id} exists already` }]);
    nodes.set(id, { id, kind: 'Component', name: id });
  };
  const needsOf = (id: string) => edges.filter((e) => e.from === id);

  changes.forEach((change, k) => {
    const path = `changes[${k}]`;
    switch (change.kind) {
      case 'ADD_STANDBY': {
        existing(change.componentId, `${path}.componentId`, 'Component');
        fresh(change.standbyId, `${path}.standbyId`);
        const groupId = `${change.componentId}|${change.standbyId}`;
        fresh(groupId, `${path}.standbyId`);
        nodes.set(groupId, { id: groupId, kind: 'RedundancyGroup', name: `${change.componentId} or ${change.standbyId}`, minUp: 1, minUpPercent: null });
        for (const e of needsOf(change.componentId)) edges.push({ ...e, from: change.standbyId });
        // Mesh membership stays: a second router or link is another element, not a standby.
        for (let i = 0; i < edges.length; i += 1) {
          const e = edges[i];
          if (e.to === change.componentId && e.type !== 'HAS_ELEMENT' && e.type !== 'THROUGH') edges[i] = { ...e, to: groupId };
        }
        edges.push(member(groupId, change.componentId), member(groupId, change.standbyId));
        const figure = change.figure ?? figures.get(change.componentId);
        if (figure) newFigures.set(change.standbyId, figure);
        break;
      }
      case 'ADD_MEMBER': {
        existing(change.groupId, `${path}.groupId`, 'RedundancyGroup');
        fresh(change.componentId, `${path}.componentId`);
        if (change.likeMember) {
          existing(change.likeMember, `${path}.likeMember`);
          for (const e of needsOf(change.likeMember)) edges.push({ ...e, from: change.componentId });
        }
        edges.push(member(change.groupId, change.componentId));
        newFigures.set(change.componentId, change.figure);
        break;
      }
      case 'SET_REQUIRED': {
        const group = existing(change.groupId, `${path}.groupId`, 'RedundancyGroup');
        if ((change.minUp ?? null) === null && (change.minUpPercent ?? null) === null) {
          throw new InvalidInputError([{ path, message: 'give minUp or minUpPercent' }]);
        }
        const byCount = change.minUp !== null && change.minUp !== undefined;
        nodes.set(group.id, { ...group, minUp: byCount ? change.minUp : null, minUpPercent: byCount ? null : change.minUpPercent });
        break;
      }
      case 'ADD_COMPONENT': {
        fresh(change.componentId, `${path}.componentId`);
        for (const e of change.needs ?? []) {
          existing(e.id, `${path}.needs`);
          edges.push({ from: change.componentId, to: e.id, type: e.type ?? 'DEPENDS_ON', strength: e.strength ?? 'HARD' });
        }
        for (const e of change.neededBy ?? []) {
          existing(e.id, `${path}.neededBy`);
          edges.push({ from: e.id, to: change.componentId, type: e.type ?? 'DEPENDS_ON', strength: e.strength ?? 'HARD' });
        }
        newFigures.set(change.componentId, change.figure);
        break;
      }
      case 'SET_FIGURE':
        existing(change.componentId, `${path}.componentId`, 'Component');
        newFigures.set(change.componentId, change.figure);
        break;
    }
  });
  return { graph: new ImpactGraph(nodes.values(), edges, part.networkEnds), figures: newFigures };
}

function member(groupId: string, id: string): ImpactEdge {
  return { from: groupId, to: id, type: 'HAS_MEMBER', strength: 'HARD' };
}

/** The existing nodes a change names (the ids it adds are not among them). */
export function mentionedIds(change: StructureChange): string[] {
  switch (change.kind) {
    case 'ADD_STANDBY':
    case 'SET_FIGURE':
      return [change.componentId];
    case 'ADD_MEMBER':
      return [change.groupId, ...(change.likeMember ? [change.likeMember] : [])];
    case 'SET_REQUIRED':
      return [change.groupId];
    case 'ADD_COMPONENT':
      return [...(change.needs ?? []), ...(change.neededBy ?? [])].map((e) => e.id);
  }
}
