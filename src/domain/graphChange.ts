/** One recorded change of the graph: who, when, what, before and after. */
export type ChangeOperation = 'UPSERT' | 'DELETE' | 'CONNECT' | 'DISCONNECT' | 'IMPORT';

export interface GraphChange {
  id: string;
  at: string;
  by: string;
  operation: ChangeOperation;
  entityId: string | null;
  relationshipType: string | null;
  fromId: string | null;
  toId: string | null;
  /** JSON text of the properties before (null: did not exist) and after (null: gone). */
  before: string | null;
  after: string | null;
}

export interface ChangeRecord {
  operation: ChangeOperation;
  entityId?: string | null;
  relationshipType?: string | null;
  fromId?: string | null;
  toId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Who acts: the caller's name from the x-cascade-user header, bounded, or "anonymous". */
export function actorOf(header: unknown): string {
  const name = typeof header === 'string' ? header.trim() : '';
  return name === '' ? 'anonymous' : name.slice(0, 100);
}
