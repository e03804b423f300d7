import { NodeRef } from './impact/impactGraph';
import { DependencyStrength } from './entities';

/** What connect and disconnect report. */
export interface RelationshipChange {
  type: string;
  fromId: string;
  toId: string;
  strength: DependencyStrength | null;
  created: boolean;
  removed: boolean;
}

export interface RemovedRelationship {
  type: string;
  from: string;
  to: string;
  /** Kept in the change history so the relationship can be replayed (strength of DEPENDS_ON). */
  properties?: Record<string, unknown>;
}

export interface DeleteResult {
  deleted: NodeRef;
  removedRelationships: RemovedRelationship[];
}
