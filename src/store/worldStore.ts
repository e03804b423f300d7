import { mutationStore } from './mutationStore';
import { InvalidInputError, ValidationError } from '../domain/errors';
import { isEntityLabel } from '../domain/entities';
import { isRelationshipType } from '../domain/relationshipTypes';
import { World, WorldNode, WorldRelationship } from '../domain/world';
import { Gateway, WriteTransaction } from '../neo4j/gateway';
import { toNeo4jProperties } from '../neo4j/toNeo4jProperties';
import { BatchItem, changeStore } from './changeStore';

/** Rows per UNWIND batch: large enough to amortise round trips, small enough for a 512 MB heap. */
const BATCH = 2000;

export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface WorldWrite {
  nodes: number;
  relationships: number;
  nodeCounts: WriteCounts;
  relationshipCounts: WriteCounts;
}

/** Where writes stand, for progress displays: phase and items written so far. */
export type WriteProgress = (phase: 'nodes' | 'relationships', written: number) => void;

/** A world as re-readable streams (an import reads them once to validate, once to write). */
export interface WorldSource {
  nodes: () => AsyncIterable<WorldNode> | Iterable<WorldNode>;
  relationships: () => AsyncIterable<WorldRelationship> | Iterable<WorldRelationship>;
}

/** How a world write is recorded and reported. */
export interface WriteOptions {
  /**
   * Who writes: each node and relationship created or changed is recorded in the history (before,
   * after) as that actor, with one IMPORT change summing up the counts. Absent: nothing recorded.
   */
  recordAs?: string;
  progress?: WriteProgress;
  /** Write everything, check everything (quorums too), report the counts, then roll it all back. */
  dryRun?: boolean;
}

/** Thrown at the end of a dry run to roll its transaction back, carrying what the write would have done. */
class DryRunRollback extends Error {
  constructor(readonly written: WorldWrite) {
    super('dry run');
  }
}

/**
 * Writes a whole world in one transaction, nodes first: either all of it lands or nothing does.
 * Upserts by id, so writing the same world twice leaves the graph unchanged.
 */
export async function writeWorld(gateway: Gateway, world: World, options: WriteOptions = {}): Promise<WorldWrite> {
  return writeWorldFrom(gateway, { nodes: () => world.nodes, relationships: () => world.relationships }, options);
}

/** writeWorld for streams: batches of BATCH rows, the client holding one batch at a time. */
export async function writeWorldFrom(gateway: Gateway, source: WorldSource, options: WriteOptions = {}): Promise<WorldWrite> {
  const { recordAs, progress, dryRun = false } = options;
  // Once, without retries: a bulk write that failed would fail again, minutes later.
  const write = gateway.writeTransactionOnce(async (tx): Promise<WorldWrite> => {
    const nodeCounts = { created: 0, updated: 0, unchanged: 0 };
    const relationshipCounts = { created: 0, updated: 0, unchanged: 0 };
    // First: the lock on the version orders this write against every other, and its items carry it.
    const version = await mutationStore.bumpTopologyVersion(tx, recordAs === undefined);
    const record = recordAs === undefined ? undefined : { by: recordAs, version, seq: 0 };
    let nodes = 0;
    let relationships = 0;
    // Groups whose quorum or membership this write touches: checked against minUp at the end.
    const groups = new Set<string>();
    for await (const batch of batches(source.nodes())) {
      checkLabels(batch);
      for (const n of batch) if (n.label === 'RedundancyGroup') groups.add(n.id);
      const rows = batch.map((n) => ({ label: n.label, id: n.id, properties: toNeo4jProperties(n.properties) }));
      const [row] = await tx.run('mergeNodes', { nodes: rows });
      addCounts(nodeCounts, row);
      if (record) await recordNodeChanges(tx, record, batch, row?.changes);
      nodes += batch.length;
      progress?.('nodes', nodes);
    }
    for await (const batch of batches(source.relationships())) {
      checkTypes(batch);
      for (const r of batch) if (r.type === 'HAS_MEMBER') groups.add(r.from);
      // One statement per relationship type in the batch: static types plan far better.
      const byType = new Map<string, WorldRelationship[]>();
      for (const r of batch) {
        const ofType = byType.get(r.type) ?? [];
        ofType.push(r);
        byType.set(r.type, ofType);
      }
      for (const [type, ofType] of byType) {
        const rows = ofType.map((r) => ({ from: r.from, to: r.to, properties: toNeo4jProperties(r.properties ?? {}) }));
        const [row] = await tx.run(`mergeRelationships/${type}`, { relationships: rows });
        if (Number(row?.written ?? 0) !== rows.length) {
          // Some endpoint does not exist; throwing rolls the whole world back.
          throw new ValidationError('A relationship names an id that is neither in the world nor in the graph');
        }
        addCounts(relationshipCounts, row);
        if (record) await recordRelationshipChanges(tx, record, type, ofType, row?.changes);
      }
      relationships += batch.length;
      progress?.('relationships', relationships);
    }
    await checkQuorums(tx, [...groups]);
    const written = { nodes, relationships, nodeCounts, relationshipCounts };
    if (record) {
      // The summary: replays skip it (each item is recorded beside it), changeHistory shows it.
      await changeStore.record(tx, record.by, version, { operation: 'IMPORT', after: { nodes: nodeCounts, relationships: relationshipCounts, itemised: true } });
    }
    if (dryRun) throw new DryRunRollback(written);
    return written;
  });
  // A dry run ends in its own rollback: what it would have written is the answer.
  return write.catch((error: unknown) => {
    if (error instanceof DryRunRollback) return error.written;
    throw error;
  });
}

/**
 * The rule every write follows (docs/impact.md, "Impact rules"): a group with members
 * never has fewer than its minUp. Throwing rolls the whole write back.
 */
async function checkQuorums(tx: WriteTransaction, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = await tx.run('groupsShortOfQuorum', { ids });
  if (rows.length === 0) return;
  throw new InvalidInputError(
    rows.map((row) => ({
      path: String(row.id),
      message: `the group would have ${Number(row.members)} members but needs ${Number(row.minUp)} (minUp); add members or lower minUp`,
    })),
  );
}

interface NodeChangeRow {
  id: string;
  label: string;
  before: Record<string, unknown> | null;
  revision: number;
}

/** One UPSERT item per node created or changed: its stored properties before and after (reads add the entity shape). */
/** Who records a write's batches, under which version, and the place of the next batch. */
interface Recording {
  by: string;
  version: number;
  seq: number;
}

async function recordNodeChanges(tx: WriteTransaction, record: Recording, batch: WorldNode[], changed: unknown): Promise<void> {
  const rows = (Array.isArray(changed) ? changed : []) as NodeChangeRow[];
  if (rows.length === 0) return;
  const byId = new Map(batch.map((n) => [n.id, n]));
  // Stored properties only (no entity shape with every null field): a 100k import's history must fit
  // in its transaction's memory. Reads give them the entity shape again.
  const items: BatchItem[] = rows.map((c) => ['N', c.id, c.label, c.before, { ...byId.get(c.id)?.properties, id: c.id, revision: c.revision }]);
  await changeStore.recordBatch(tx, record.by, record.version, (record.seq += 1), items);
}

/** One CONNECT change per relationship created or changed, with its properties before and after. */
async function recordRelationshipChanges(tx: WriteTransaction, record: Recording, type: string, batch: WorldRelationship[], changed: unknown): Promise<void> {
  const rows = (Array.isArray(changed) ? changed : []) as { from: string; to: string; before: Record<string, unknown> | null }[];
  if (rows.length === 0) return;
  const byEnds = new Map(batch.map((r) => [`${r.from}\u0000${r.to}`, r]));
  const items: BatchItem[] = rows.map((c) => ['R', type, c.from, c.to, c.before, byEnds.get(`${c.from}\u0000${c.to}`)?.properties ?? {}]);
  await changeStore.recordBatch(tx, record.by, record.version, (record.seq += 1), items);
}

// Labels and types become part of the graph's schema: only the model's are written.
function checkLabels(nodes: WorldNode[]): void {
  const unknown = [...new Set(nodes.map((n) => n.label))].filter((label) => !isEntityLabel(label));
  if (unknown.length > 0) throw new ValidationError(`Unknown labels: ${unknown.join(', ')}`, { labels: unknown });
}

function checkTypes(relationships: WorldRelationship[]): void {
  const unknown = [...new Set(relationships.map((r) => r.type))].filter((type) => !isRelationshipType(type));
  if (unknown.length > 0) throw new ValidationError(`Unknown relationship types: ${unknown.join(', ')}`, { types: unknown });
}

async function* batches<T>(items: AsyncIterable<T> | Iterable<T>): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function addCounts(total: WriteCounts, row: Record<string, unknown> | undefined): void {
  total.created += Number(row?.created ?? 0);
  total.updated += Number(row?.updated ?? 0);
  total.unchanged += Number(row?.unchanged ?? 0);
}
