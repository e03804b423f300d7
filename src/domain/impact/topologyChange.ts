import { GraphChange } from '../graphChange';

type Properties = Record<string, unknown>;

/**
 * One change as the in-memory topology sees it: an entity or a relationship now has these
 * properties, or (null) is gone. An entity that goes takes its relationships with it.
 */
export type TopologyChange =
  | { kind: 'entity'; id: string; properties: (Properties & { label?: unknown }) | null }
  | { kind: 'relationship'; type: string; from: string; to: string; properties: Properties | null };

type Recorded = Properties & { label?: unknown; relationships?: { type: string; from: string; to: string; properties?: Properties }[] };

/** What a recorded change did, forward: applying these brings a topology from before it to after it. */
export function changesAfter(change: GraphChange): TopologyChange[] {
  return changesTo(change, change.after, false);
}

/**
 * What undoes a recorded change: applying these brings a topology from after it back to before it
 * (a deleted entity comes back with the relationships it had).
 */
export function changesBefore(change: GraphChange): TopologyChange[] {
  return changesTo(change, change.before, true);
}

function changesTo(change: GraphChange, text: string | null, undo: boolean): TopologyChange[] {
  const state = text === null ? null : (JSON.parse(text) as Recorded);
  switch (change.operation) {
    case 'IMPORT':
      // A summary: the items are recorded beside it.
      return [];
    case 'UPSERT':
      return [{ kind: 'entity', id: change.entityId!, properties: state }];
    case 'DELETE': {
      const entity: TopologyChange = { kind: 'entity', id: change.entityId!, properties: state };
      if (!undo || state === null) return [entity];
      const { relationships = [], ...properties } = state;
      return [
        { ...entity, properties },
        ...relationships.map((r): TopologyChange => ({ kind: 'relationship', type: r.type, from: r.from, to: r.to, properties: r.properties ?? {} })),
      ];
    }
    case 'CONNECT':
    case 'DISCONNECT':
      return [{ kind: 'relationship', type: change.relationshipType!, from: change.fromId!, to: change.toId!, properties: state }];
  }
}
