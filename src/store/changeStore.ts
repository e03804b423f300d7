import neo4j from 'neo4j-driver';
import { ChangeRecord, GraphChange } from '../domain/graphChange';
import { Gateway, Row, WriteTransaction } from '../neo4j/gateway';
import { toEntity } from './toEntity';

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

type Properties = Record<string, unknown>;

/**
 * A change as stored inside a batch, compact (a 100k import holds ~800k of them in one transaction):
 * a node upsert with its stored properties before (null: created) and after, or a relationship
 * upsert with its properties before (null: created) and after.
 */
export type BatchItem =
  | ['N', id: string, label: string, before: Properties | null, after: Properties]
  | ['R', type: string, from: string, to: string, before: Properties | null, after: Properties];

const EMPTY = { entityId: null, relationshipType: null, fromId: null, toId: null, before: null, after: null };

/**
 * The history of graph changes: appended inside each write's transaction, read newest first. Single
 * writes are one GraphChange node each; imports store their items in GraphChangeBatch nodes (one
 * per write batch), which reads expand into the same GraphChange shape.
 */
export const changeStore = {
  /** `version` is the topology version the write bumped to (mutationStore.bumpTopologyVersion). */
  async record(tx: WriteTransaction, by: string, version: number, change: ChangeRecord): Promise<void> {
    await tx.run('recordChange', {
      by,
      version,
      operation: change.operation,
      entityId: change.entityId ?? null,
      relationshipType: change.relationshipType ?? null,
      fromId: change.fromId ?? null,
      toId: change.toId ?? null,
      before: json(change.before),
      after: json(change.after),
    });
  },

  /** Many changes of one write as one batch node; `seq` orders the batches of one write. */
  async recordBatch(tx: WriteTransaction, by: string, version: number, seq: number, items: BatchItem[]): Promise<void> {
    if (items.length === 0) return;
    const ids = [...new Set(items.flatMap((i) => (i[0] === 'N' ? [i[1]] : [i[2], i[3]])))];
    await tx.run('recordChanges', { by, items: JSON.stringify(items), ids, version, seq, count: items.length });
  },

  async since(gateway: Gateway, at: string): Promise<GraphChange[]> {
    const singles = (await gateway.read('changesSince', { at })).map(single);
    const batches = (await gateway.read('changeBatchesSince', { at })).flatMap((row) => expand(row, null));
    return newestFirst([...singles, ...batches]);
  },

  async history(gateway: Gateway, id: string | null, limit: number): Promise<GraphChange[]> {
    const singles = (await gateway.read('changeHistory', { id, limit: neo4j.int(limit) })).map(single);
    const batches = (await gateway.read('changeBatchHistory', { id, limit: neo4j.int(limit) })).flatMap((row) => expand(row, id));
    return newestFirst([...singles, ...batches]).slice(0, limit);
  },
};

function single(row: Row): GraphChange {
  return { ...EMPTY, ...(row.change as object) } as GraphChange;
}

/** A batch's items as changes (only those touching `id` when given), newest first within it. */
function expand(row: Row, id: string | null): GraphChange[] {
  return expandBatch(JSON.parse(String(row.items)) as BatchItem[], { id: String(row.id), at: String(row.at), by: String(row.by) }, id).reverse();
}

/** A batch's items as changes in the order they were made (only those touching `id` when given). */
export function expandBatch(items: BatchItem[], batch = { id: '', at: '', by: '' }, id: string | null = null): GraphChange[] {
  const changes: GraphChange[] = [];
  items.forEach((item, k) => {
    const common = { id: `${batch.id}#${k}`, at: batch.at, by: batch.by };
    if (item[0] === 'N') {
      const [, entityId, label, before, after] = item;
      if (id !== null && entityId !== id) return;
      // The shape a single upsert records: whole entities.
      const entity = (properties: Properties) => JSON.stringify(toEntity({ id: entityId, label, properties }));
      changes.push({ ...common, ...EMPTY, operation: 'UPSERT', entityId, before: before === null ? null : entity(before), after: entity(after) });
    } else {
      const [, relationshipType, fromId, toId, before, after] = item;
      if (id !== null && fromId !== id && toId !== id) return;
      changes.push({ ...common, ...EMPTY, operation: 'CONNECT', relationshipType, fromId, toId, before: json(before), after: JSON.stringify(after) });
    }
  });
  return changes;
}

/** Newest first (the text breaks ties below a millisecond); stable within an instant (a batch keeps its order). */
function newestFirst(changes: GraphChange[]): GraphChange[] {
  return changes
    .map((change, order) => ({ change, order, time: Date.parse(change.at) }))
    .sort((a, b) => b.time - a.time || (a.change.at < b.change.at ? 1 : a.change.at > b.change.at ? -1 : 0) || a.order - b.order)
    .map((x) => x.change);
}
