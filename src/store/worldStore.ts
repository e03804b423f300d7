import { mutationStore } from './mutationStore';
import { InvalidInputError, ValidationError } from '../domain/errors';
import { isEntityLabel } from '../domain/entities';
import { isRelationshipType } from '../domain/relationshipTypes';
import { PropertyValue, World, WorldNode, WorldRelationship } from '../domain/world';
import { Gateway, WriteTransaction } from '../neo4j/gateway';
import { toNeo4jProperties } from '../neo4j/toNeo4jProperties';
import { BatchItem, changeStore } from './changeStore';

/**
 * Rows per UNWIND batch: large enough to amortise round trips (an import is one statement per batch
 * and path, not one per relationship type and batch), small enough for a 512 MB heap.
 */
const BATCH = 5000;
/** Items per GraphChangeBatch node (changeBatchHistory reads and expands whole batches). */
const HISTORY_BATCH = 2000;

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
  /**
   * Awaited last, before the commit: throwing rolls everything back (an import validated while
   * it is written commits only once its validation found nothing).
   */
  beforeCommit?: () => Promise<void>;
  /** Aborting stops the write at its next batch and rolls it back. */
  signal?: AbortSignal;
}

/** Thrown at the end of a dry run to roll its transaction back, carrying what the write would have done. */
class DryRunRollback extends Error {
  constructor(readonly written: WorldWrite) {
    super('dry run');
  }
}

/**
 * Writes a whole world in one transaction, nodes first: either all of it lands or nothing does.
 * Upserts by id, so writing the same world twice leaves the graph unchanged. The world holds at
 * most one relationship per type and pair (the document validator refuses a second one).
 */
export async function writeWorld(gateway: Gateway, world: World, options: WriteOptions = {}): Promise<WorldWrite> {
  return writeWorldFrom(gateway, { nodes: () => world.nodes, relationships: () => world.relationships }, options);
}

/**
 * writeWorld for streams: batches of BATCH rows, the client holding one batch at a time (and reading
 * the next while Neo4j writes this one). What is new is created without comparing: a node absent
 * from the graph (asked inside this transaction, or the graph holds no entity at all) is created,
 * and a relationship with a created end cannot exist yet; only what was already there is merged
 * and compared, to count and record what changed. Memory grows with the number of nodes (the
 * element ids of the nodes the write touches), not with the world's size.
 */
export async function writeWorldFrom(gateway: Gateway, source: WorldSource, options: WriteOptions = {}): Promise<WorldWrite> {
  const { recordAs, progress, dryRun = false, beforeCommit, signal } = options;
  // Once, without retries: a bulk write that failed would fail again, minutes later.
  const write = gateway.writeTransactionOnce(async (tx): Promise<WorldWrite> => {
    const nodeCounts = { created: 0, updated: 0, unchanged: 0 };
    const relationshipCounts = { created: 0, updated: 0, unchanged: 0 };
    // First: the lock on the version orders this write against every other, and its items carry it.
    // From here on no other Cascade write can add or remove a node before this one commits.
    const version = await mutationStore.bumpTopologyVersion(tx, recordAs === undefined);
    const history = recordAs === undefined ? undefined : new History(tx, recordAs, version);
    const [count] = await tx.run('entityCountAll');
    const graphWasEmpty = Number(count?.total ?? 0) === 0;
    const places = new Places(tx);
    let nodes = 0;
    let relationships = 0;
    // Groups whose quorum or membership this write touches: checked against minUp at the end.
    const quorums = new Quorums();
    for await (const batch of readAhead(batches(source.nodes()))) {
      signal?.throwIfAborted();
      checkLabels(batch);
      const stored = graphWasEmpty ? new Map<string, Place>() : await places.lookUp(batch.map((n) => n.id));
      for (const n of batch) {
        const label = stored.get(n.id)?.label;
        // The validator asked outside this transaction; a write committed since may have changed it.
        if (label !== undefined && label !== n.label) throw new ValidationError(`"${n.id}" is a ${label} in the graph, not a ${n.label}`);
      }
      const fresh = batch.filter((n) => !stored.has(n.id));
      const known = batch.filter((n) => stored.has(n.id));
      for (const n of fresh) if (n.label === 'RedundancyGroup') quorums.created(n.id, n.properties.minUp);
      for (const n of known) if (n.label === 'RedundancyGroup') quorums.stored(n.id);
      if (fresh.length > 0) {
        const [row] = await tx.run('createNodes', { nodes: fresh.map(nodeRow) });
        places.created(row?.ids as string[], row?.elementIds as string[]);
        nodeCounts.created += fresh.length;
        await history?.add(fresh.map((n): BatchItem => ['N', n.id, n.label, null, { ...n.properties, id: n.id, revision: 1 }]));
      }
      if (known.length > 0) {
        const [row] = await tx.run('mergeNodes', { nodes: known.map(nodeRow) });
        addCounts(nodeCounts, row);
        await history?.add(nodeChanges(known, row?.changes));
      }
      nodes += batch.length;
      progress?.('nodes', nodes);
    }
    for await (const batch of readAhead(batches(source.relationships()))) {
      signal?.throwIfAborted();
      checkTypes(batch);
      for (const r of batch) if (r.type === 'HAS_MEMBER') quorums.member(r.from);
      const fresh = batch.filter((r) => places.isCreated(r.from) || places.isCreated(r.to));
      const known = batch.filter((r) => !places.isCreated(r.from) && !places.isCreated(r.to));
      if (fresh.length > 0) {
        const ends = await places.find(fresh.flatMap((r) => [r.from, r.to]));
        const rows = fresh.map((r) => ({ type: r.type, from: ends.get(r.from) ?? null, to: ends.get(r.to) ?? null, properties: toNeo4jProperties(r.properties ?? {}) }));
        const [row] = await tx.run('createRelationships', { relationships: rows });
        checkWritten(row, rows.length);
        relationshipCounts.created += fresh.length;
        await history?.add(fresh.map((r): BatchItem => ['R', r.type, r.from, r.to, null, r.properties ?? {}]));
      }
      // Between nodes that were there before: one statement per type (static types plan far better).
      for (const [type, ofType] of byType(known)) {
        const rows = ofType.map((r) => ({ from: r.from, to: r.to, properties: toNeo4jProperties(r.properties ?? {}) }));
        const [row] = await tx.run(`mergeRelationships/${type}`, { relationships: rows });
        checkWritten(row, rows.length);
        addCounts(relationshipCounts, row);
        await history?.add(relationshipChanges(type, ofType, row?.changes));
      }
      relationships += batch.length;
      progress?.('relationships', relationships);
    }
    await quorums.check(tx);
    const written = { nodes, relationships, nodeCounts, relationshipCounts };
    if (history) {
      await history.flush();
      // The summary: replays skip it (each item is recorded beside it), changeHistory shows it.
      await changeStore.record(tx, recordAs ?? '', version, { operation: 'IMPORT', after: { nodes: nodeCounts, relationships: relationshipCounts, itemised: true } });
    }
    await beforeCommit?.();
    if (dryRun) throw new DryRunRollback(written);
    return written;
  });
  // A dry run ends in its own rollback: what it would have written is the answer.
  return write.catch((error: unknown) => {
    if (error instanceof DryRunRollback) return error.written;
    throw error;
  });
}

/** A node in the graph as this transaction sees it. */
interface Place {
  elementId: string;
  label: string;
}

/**
 * Where the nodes a write touches are (element ids, valid inside its transaction), and which of
 * them it created. Relationships with a created end are joined by element id (createRelationships).
 */
class Places {
  private readonly elementIds = new Map<string, string>();
  private readonly fresh = new Set<string>();

  constructor(private readonly tx: WriteTransaction) {}

  created(ids: string[] = [], elementIds: string[] = []): void {
    ids.forEach((id, i) => {
      this.elementIds.set(id, elementIds[i]);
      this.fresh.add(id);
    });
  }

  isCreated(id: string): boolean {
    return this.fresh.has(id);
  }

  /** The stored nodes among `ids`, remembered for the relationships that join them. */
  async lookUp(ids: string[]): Promise<Map<string, Place>> {
    const rows = await this.tx.run('entityElementIds', { ids });
    const found = new Map(rows.map((r) => [String(r.id), { elementId: String(r.elementId), label: String(r.label) }]));
    for (const [id, place] of found) this.elementIds.set(id, place.elementId);
    return found;
  }

  /** Element ids of `ids`, looking up in one statement those this write has not met yet. */
  async find(ids: string[]): Promise<Map<string, string>> {
    const unknown = [...new Set(ids.filter((id) => !this.elementIds.has(id)))];
    if (unknown.length > 0) await this.lookUp(unknown);
    return this.elementIds;
  }
}

/** A write's history, as GraphChangeBatch nodes of HISTORY_BATCH items in the order they were made. */
class History {
  private items: BatchItem[] = [];
  private seq = 0;

  constructor(
    private readonly tx: WriteTransaction,
    private readonly by: string,
    private readonly version: number,
  ) {}

  async add(items: BatchItem[]): Promise<void> {
    for (const item of items) {
      this.items.push(item);
      if (this.items.length >= HISTORY_BATCH) await this.flush();
    }
  }

  async flush(): Promise<void> {
    const items = this.items;
    this.items = [];
    if (items.length > 0) await changeStore.recordBatch(this.tx, this.by, this.version, (this.seq += 1), items);
  }
}

/**
 * The rule every write follows (docs/impact.md, "Impact rules"): a group with members never has
 * fewer than its minUp. A group this write creates has exactly the members it writes, so it is
 * counted here (a 100k import creates ~27k groups); a group that was stored is asked of the graph.
 * Throwing rolls the whole write back.
 */
class Quorums {
  private readonly fresh = new Map<string, { minUp: PropertyValue | undefined; members: number }>();
  private readonly toAsk = new Set<string>();

  created(id: string, minUp: PropertyValue | undefined): void {
    this.fresh.set(id, { minUp, members: 0 });
  }

  stored(id: string): void {
    this.toAsk.add(id);
  }

  member(groupId: string): void {
    const group = this.fresh.get(groupId);
    if (group) group.members += 1;
    else this.toAsk.add(groupId);
  }

  async check(tx: WriteTransaction): Promise<void> {
    const short: { id: string; members: number; minUp: number }[] = [];
    for (const [id, { minUp, members }] of this.fresh) {
      if (typeof minUp === 'number' && members > 0 && members < minUp) short.push({ id, members, minUp });
    }
    if (this.toAsk.size > 0) {
      const rows = await tx.run('groupsShortOfQuorum', { ids: [...this.toAsk] });
      short.push(...rows.map((row) => ({ id: String(row.id), members: Number(row.members), minUp: Number(row.minUp) })));
    }
    if (short.length === 0) return;
    throw new InvalidInputError(
      short
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .slice(0, 100)
        .map((g) => ({ path: g.id, message: `the group would have ${g.members} members but needs ${g.minUp} (minUp); add members or lower minUp` })),
    );
  }
}

interface NodeChangeRow {
  id: string;
  label: string;
  before: Record<string, unknown> | null;
  revision: number;
}

/**
 * One item per merged node that changed: its stored properties before and after. Stored properties
 * only (no entity shape with every null field): a 100k import's history must fit in its
 * transaction's memory. Reads give them the entity shape again.
 */
function nodeChanges(batch: WorldNode[], changed: unknown): BatchItem[] {
  const rows = (Array.isArray(changed) ? changed : []) as NodeChangeRow[];
  const byId = new Map(batch.map((n) => [n.id, n]));
  return rows.map((c) => ['N', c.id, c.label, c.before, { ...byId.get(c.id)?.properties, id: c.id, revision: c.revision }]);
}

/** One item per merged relationship that changed, with its properties before and after. */
function relationshipChanges(type: string, batch: WorldRelationship[], changed: unknown): BatchItem[] {
  const rows = (Array.isArray(changed) ? changed : []) as { from: string; to: string; before: Record<string, unknown> | null }[];
  const byEnds = new Map(batch.map((r) => [`${r.from}\u0000${r.to}`, r]));
  return rows.map((c) => ['R', type, c.from, c.to, c.before, byEnds.get(`${c.from}\u0000${c.to}`)?.properties ?? {}]);
}

function nodeRow(n: WorldNode): Record<string, unknown> {
  return { label: n.label, id: n.id, properties: toNeo4jProperties(n.properties) };
}

function byType(relationships: WorldRelationship[]): Map<string, WorldRelationship[]> {
  const grouped = new Map<string, WorldRelationship[]>();
  for (const r of relationships) {
    const ofType = grouped.get(r.type) ?? [];
    ofType.push(r);
    grouped.set(r.type, ofType);
  }
  return grouped;
}

function checkWritten(row: Record<string, unknown> | undefined, expected: number): void {
  // Some end does not exist; throwing rolls the whole world back.
  if (Number(row?.written ?? 0) !== expected) throw new ValidationError('A relationship names an id that is neither in the world nor in the graph');
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

/**
 * The next batch is read (and parsed, for a file) while the caller's statement runs in Neo4j: the
 * client's work and the database's overlap instead of taking turns.
 */
async function* readAhead<T>(items: AsyncIterator<T> & AsyncIterable<T>): AsyncGenerator<T> {
  let next = items.next();
  try {
    for (;;) {
      const result = await next;
      if (result.done) return;
      next = items.next();
      // A read that fails while the caller has already failed must not go unhandled.
      next.catch(() => undefined);
      yield result.value;
    }
  } finally {
    await next.catch(() => undefined);
    await items.return?.(undefined);
  }
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
