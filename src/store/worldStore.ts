import { ValidationError } from '../domain/errors';
import { isEntityLabel } from '../domain/entities';
import { isRelationshipType } from '../domain/relationshipTypes';
import { World } from '../domain/world';
import { Gateway, WriteTransaction } from '../neo4j/gateway';
import { toNeo4jProperties } from '../neo4j/toNeo4jProperties';

/** Rows per UNWIND batch: large enough to amortise round trips, small enough for a 512 MB heap. */
const BATCH = 2000;

/**
 * Writes a whole world in one transaction, nodes first: either all of it lands or nothing does.
 * Upserts by id, so writing the same world twice leaves the graph unchanged.
 */
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

export async function writeWorld(
  gateway: Gateway,
  world: World,
  /** Runs last inside the same transaction (e.g. to record the change in the history). */
  afterWrite?: (tx: WriteTransaction, written: WorldWrite) => Promise<void>,
): Promise<WorldWrite> {
  // Labels and types become part of the graph's schema: only the model's are written.
  const unknownLabels = [...new Set(world.nodes.map((n) => n.label))].filter((label) => !isEntityLabel(label));
  if (unknownLabels.length > 0) throw new ValidationError(`Unknown labels: ${unknownLabels.join(', ')}`, { labels: unknownLabels });
  const unknownTypes = [...new Set(world.relationships.map((r) => r.type))].filter((type) => !isRelationshipType(type));
  if (unknownTypes.length > 0) throw new ValidationError(`Unknown relationship types: ${unknownTypes.join(', ')}`, { types: unknownTypes });
  return gateway.writeTransaction(async (tx) => {
    const nodeCounts = { created: 0, updated: 0, unchanged: 0 };
    const relationshipCounts = { created: 0, updated: 0, unchanged: 0 };
    for (let i = 0; i < world.nodes.length; i += BATCH) {
      const batch = world.nodes
        .slice(i, i + BATCH)
        .map((n) => ({ label: n.label, id: n.id, properties: toNeo4jProperties(n.properties) }));
      const [row] = await tx.run('mergeNodes', { nodes: batch });
      addCounts(nodeCounts, row);
    }
    for (let i = 0; i < world.relationships.length; i += BATCH) {
      const batch = world.relationships
        .slice(i, i + BATCH)
        .map((r) => ({ type: r.type, from: r.from, to: r.to, properties: toNeo4jProperties(r.properties ?? {}) }));
      const [row] = await tx.run('mergeRelationships', { relationships: batch });
      if (Number(row?.written ?? 0) !== batch.length) {
        // Some endpoint does not exist; throwing rolls the whole world back.
        throw new ValidationError('A relationship names an id that is neither in the world nor in the graph');
      }
      addCounts(relationshipCounts, row);
    }
    if (nodeCounts.created + nodeCounts.updated + relationshipCounts.created + relationshipCounts.updated > 0) {
      await tx.run('bumpTopologyVersion');
    }
    const written = { nodes: world.nodes.length, relationships: world.relationships.length, nodeCounts, relationshipCounts };
    await afterWrite?.(tx, written);
    return written;
  });
}

function addCounts(total: WriteCounts, row: Record<string, unknown> | undefined): void {
  total.created += Number(row?.created ?? 0);
  total.updated += Number(row?.updated ?? 0);
  total.unchanged += Number(row?.unchanged ?? 0);
}
