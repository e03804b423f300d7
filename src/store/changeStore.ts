import neo4j from 'neo4j-driver';
import { ChangeRecord, GraphChange } from '../domain/graphChange';
import { Gateway, WriteTransaction } from '../neo4j/gateway';

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/** The history of graph changes: appended inside each write's transaction, read newest first. */
export const changeStore = {
  async record(tx: WriteTransaction, by: string, change: ChangeRecord): Promise<void> {
    await tx.run('recordChange', {
      by,
      operation: change.operation,
      entityId: change.entityId ?? null,
      relationshipType: change.relationshipType ?? null,
      fromId: change.fromId ?? null,
      toId: change.toId ?? null,
      before: json(change.before),
      after: json(change.after),
    });
  },

  async since(gateway: Gateway, at: string): Promise<GraphChange[]> {
    const rows = await gateway.read('changesSince', { at });
    return rows.map((row) => ({ entityId: null, relationshipType: null, fromId: null, toId: null, before: null, after: null, ...(row.change as object) }) as GraphChange);
  },

  async history(gateway: Gateway, id: string | null, limit: number): Promise<GraphChange[]> {
    const rows = await gateway.read('changeHistory', { id, limit: neo4j.int(limit) });
    return rows.map((row) => ({
      entityId: null, relationshipType: null, fromId: null, toId: null, before: null, after: null,
      ...(row.change as object),
    }) as GraphChange);
  },
};
