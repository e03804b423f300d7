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
}

export interface DeleteResult {
  deleted: NodeRef;
  removedRelationships: RemovedRelationship[];
}
