import { ValidationError } from '../domain/errors';
import { isEntityLabel } from '../domain/entities';
import { isRelationshipType } from '../domain/relationshipTypes';
import { World, WorldNode, WorldRelationship } from '../domain/world';
import { Gateway, WriteTransaction } from '../neo4j/gateway';
import { toNeo4jProperties } from '../neo4j/toNeo4jProperties';

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

/** A world as re-readable streams: a managed transaction may run its work again after a transient error. */
export interface WorldSource {
  nodes: () => AsyncIterable<WorldNode> | Iterable<WorldNode>;
  relationships: () => AsyncIterable<WorldRelationship> | Iterable<WorldRelationship>;
}

/**
 * Writes a whole world in one transaction, nodes first: either all of it lands or nothing does.
 * Upserts by id, so writing the same world twice leaves the graph unchanged.
 */
export async function writeWorld(
  gateway: Gateway,
  world: World,
  /** Runs last inside the same transaction (e.g. to record the change in the history). */
  afterWrite?: (tx: WriteTransaction, written: WorldWrite) => Promise<void>,
): Promise<WorldWrite> {
  return writeWorldFrom(gateway, { nodes: () => world.nodes, relationships: () => world.relationships }, afterWrite);
}

/** writeWorld for streams: batches of BATCH rows, the client holding one batch at a time. */
export async function writeWorldFrom(
  gateway: Gateway,
  source: WorldSource,
  afterWrite?: (tx: WriteTransaction, written: WorldWrite) => Promise<void>,
  progress?: WriteProgress,
): Promise<WorldWrite> {
  return gateway.writeTransaction(async (tx) => {
    const nodeCounts = { created: 0, updated: 0, unchanged: 0 };
    const relationshipCounts = { created: 0, updated: 0, unchanged: 0 };
    let nodes = 0;
    let relationships = 0;
    for await (const batch of batches(source.nodes())) {
      checkLabels(batch);
      const rows = batch.map((n) => ({ label: n.label, id: n.id, properties: toNeo4jProperties(n.properties) }));
      const [row] = await tx.run('mergeNodes', { nodes: rows });
      addCounts(nodeCounts, row);
      nodes += batch.length;
      progress?.('nodes', nodes);
    }
    for await (const batch of batches(source.relationships())) {
      checkTypes(batch);
      // One statement per relationship type in the batch: static types plan far better.
      const byType = new Map<string, Record<string, unknown>[]>();
      for (const r of batch) {
        const rows = byType.get(r.type) ?? [];
        rows.push({ from: r.from, to: r.to, properties: toNeo4jProperties(r.properties ?? {}) });
        byType.set(r.type, rows);
      }
      for (const [type, rows] of byType) {
        const [row] = await tx.run(`mergeRelationships/${type}`, { relationships: rows });
        if (Number(row?.written ?? 0) !== rows.length) {
          // Some endpoint does not exist; throwing rolls the whole world back.
          throw new ValidationError('A relationship names an id that is neither in the world nor in the graph');
        }
        addCounts(relationshipCounts, row);
      }
      relationships += batch.length;
      progress?.('relationships', relationships);
    }
    if (nodeCounts.created + nodeCounts.updated + relationshipCounts.created + relationshipCounts.updated > 0) {
      await tx.run('bumpTopologyVersion');
    }
    const written = { nodes, relationships, nodeCounts, relationshipCounts };
    await afterWrite?.(tx, written);
    return written;
  });
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
