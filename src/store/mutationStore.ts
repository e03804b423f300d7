import { Entity, EntityLabel } from '../domain/entities';
import { WriteTransaction } from '../neo4j/gateway';
import { toNeo4jProperties } from '../neo4j/toNeo4jProperties';
import { PropertyValue } from '../domain/world';
import { RemovedRelationship } from '../domain/mutations';
import { toEntity } from './toEntity';
import { MAX_LEASE_TTL_MS as MAX_LEASE_WAIT_MS } from './topologyStore';

export interface UpsertOutcome {
  ok: boolean;
  /** The label the id has in the graph (differs from the asked label when the id is taken). */
  label: string;
  previousRevision: number;
  entity: Entity | null;
}

export interface DependantsRow {
  id: string;
  label: string;
  name: string;
  revision: number;
  dependants: string[];
  relationships: RemovedRelationship[];
}

/** Typed writes of single entities and relationships, inside a caller's transaction. */
export const mutationStore = {
  async upsert(
    tx: WriteTransaction,
    label: EntityLabel,
    id: string,
    changes: Record<string, PropertyValue>,
    expectedRevision: number | null,
  ): Promise<UpsertOutcome> {
    const [row] = await tx.run('upsertEntity', {
      id,
      label,
      changes: toNeo4jProperties(changes),
      expectedRevision,
    });
    return {
      ok: row.ok === true,
      label: String(row.label),
      previousRevision: Number(row.previousRevision),
      entity: row.ok === true ? toEntity({ id: row.id, label: row.label, properties: row.properties }) : null,
    };
  },

  /** The groups `id` is a member of: their absolute quorum (null for a percentage) and member count. */
  async groupsOf(tx: WriteTransaction, id: string): Promise<{ id: string; minUp: number | null; members: number }[]> {
    const rows = await tx.run('groupsShrunkByDelete', { id });
    return rows.map((row) => ({ id: String(row.id), minUp: typeof row.minUp === 'number' ? row.minUp : null, members: Number(row.members) }));
  },

  async memberCount(tx: WriteTransaction, id: string): Promise<number> {
    const [row] = await tx.run('memberCount', { id });
    return Number(row?.members ?? 0);
  },

  async dependants(tx: WriteTransaction, id: string): Promise<DependantsRow | null> {
    const [row] = await tx.run('entityDependants', { id });
    if (!row) return null;
    return {
      id: String(row.id),
      label: String(row.label),
      name: String(row.name ?? row.id),
      revision: Number(row.revision),
      dependants: (row.dependants as string[]).sort(),
      relationships: row.relationships as RemovedRelationship[],
    };
  },

  async detachDelete(tx: WriteTransaction, id: string): Promise<void> {
    await tx.run('detachDeleteEntity', { id });
  },

  async between(tx: WriteTransaction, type: string, from: string, to: string) {
    const [row] = await tx.run('relationshipBetween', { type, from, to });
    return {
      fromLabel: (row?.fromLabel ?? null) as string | null,
      toLabel: (row?.toLabel ?? null) as string | null,
      exists: row?.exists === true,
      properties: (row?.properties ?? null) as Record<string, unknown> | null,
    };
  },

  async connect(tx: WriteTransaction, type: string, from: string, to: string, properties: Record<string, PropertyValue>): Promise<void> {
    await tx.run('connect', { type, from, to, properties: toNeo4jProperties(properties) });
  },

  async disconnect(tx: WriteTransaction, type: string, from: string, to: string): Promise<boolean> {
    const [row] = await tx.run('disconnect', { type, from, to });
    return Number(row?.removed ?? 0) > 0;
  },

  /**
   * The topology version this write makes, taken before it writes anything (the lock orders writers,
   * so versions follow commit order). `unrecorded`: the write keeps no history to catch up from.
   */
  async bumpTopologyVersion(tx: WriteTransaction, unrecorded = false): Promise<number> {
    const [row] = await tx.run('bumpTopologyVersion', { renew: unrecorded, writer: tx.writer });
    // Another process answers from memory until its lease lapses: commit only after that, so its
    // first answer after this write is acknowledged asks the graph (see topologyLease.ts). Capped
    // in case a stray holder wrote a far future.
    const waitMs = Math.min(Number(row?.waitMs ?? 0), MAX_LEASE_WAIT_MS);
    if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
    return Number(row?.version);
  },
};
