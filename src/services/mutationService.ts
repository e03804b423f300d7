import { changesNothing } from '../domain/changesNothing';
import { Entity, EntityLabel, EntityOf } from '../domain/entities';
import { ConflictError, HasDependantsError, InvalidInputError, NotFoundError, Problem } from '../domain/errors';
import { DeleteResult, RelationshipChange } from '../domain/mutations';
import { RELATIONSHIP_ENDPOINTS, RelationshipType } from '../domain/relationshipTypes';
import { validateEntityInput } from '../domain/validation/validateEntityInput';
import { PropertyValue } from '../domain/world';
import { Gateway, WriteTransaction } from '../neo4j/gateway';
import { mutationStore } from '../store/mutationStore';
import { changeStore } from '../store/changeStore';
import { toEntity } from '../store/toEntity';

/** Attempts at an upsert without expectedRevision when a concurrent write slips in between. */
const ATTEMPTS = 3;

export interface RelationshipInput {
  type: RelationshipType;
  from: string;
  to: string;
  strength?: 'HARD' | 'SOFT' | null;
}

/**
 * Validated writes, each in one transaction that also bumps the topology version and records what
 * it changed under that version (so impact answers, here and in other processes, apply it). A write
 * either lands whole or changes nothing.
 */
export class MutationService {
  constructor(
    private readonly gateway: Gateway,
    /** Who is writing: recorded with every change. */
    private readonly actor: string,
  ) {}

  async upsert<L extends EntityLabel>(
    label: L,
    input: { id: string } & Record<string, unknown>,
    expectedRevision: number | null | undefined,
  ): Promise<EntityOf<L>> {
    const { id, ...rest } = input;
    const changes: Record<string, PropertyValue> = {};
    for (const [field, value] of Object.entries(rest)) if (value !== undefined) changes[field] = value as PropertyValue;

    for (let attempt = 1; ; attempt += 1) {
      const result = await this.gateway.writeTransaction(async (tx): Promise<EntityOf<L> | null> => {
        const existing = await readEntity(tx, id);
        if (existing && expectedRevision !== null && expectedRevision !== undefined && existing.revision !== expectedRevision) {
          throw conflict(id, expectedRevision, existing.revision);
        }
        if (!existing && expectedRevision) throw conflict(id, expectedRevision, 0);
        const members = label === 'RedundancyGroup' ? await mutationStore.memberCount(tx, id) : 0;
        const problems = validateEntityInput(label, id, changes, existing, members);
        if (problems.length > 0) throw new InvalidInputError(problems);
        if (existing && existing.label === label && changesNothing(existing, changes)) return existing as EntityOf<L>;
        const version = await mutationStore.bumpTopologyVersion(tx);
        // Guard the write with the revision validated against: a concurrent write in between fails it.
        const outcome = await mutationStore.upsert(tx, label, id, changes, existing?.revision ?? 0);
        // Throwing rolls the transaction back: nothing of this attempt stays.
        if (!outcome.ok) throw new StaleRead();
        await changeStore.record(tx, this.actor, version, { operation: 'UPSERT', entityId: id, before: existing, after: outcome.entity });
        return outcome.entity as EntityOf<L>;
      }).catch((error: unknown) => {
        if (error instanceof StaleRead) return null;
        throw error;
      });
      if (result) return result;
      if ((expectedRevision !== null && expectedRevision !== undefined) || attempt >= ATTEMPTS) {
        throw new ConflictError(`"${id}" was changed by another write meanwhile; read it again and retry`, { id });
      }
    }
  }

  async delete(id: string, cascade: boolean, expectedRevision: number | null | undefined): Promise<DeleteResult> {
    return this.gateway.writeTransaction(async (tx) => {
      const row = await mutationStore.dependants(tx, id);
      if (!row) throw new NotFoundError(`No entity has the id "${id}"`, { ids: [id] });
      if (expectedRevision !== null && expectedRevision !== undefined && row.revision !== expectedRevision) {
        throw conflict(id, expectedRevision, row.revision);
      }
      if (row.dependants.length > 0 && !cascade) {
        throw new HasDependantsError(
          `${row.dependants.length} node(s) depend on "${id}" (${row.dependants.slice(0, 10).join(', ')}${row.dependants.length > 10 ? ', ...' : ''}); ` +
            'pass cascade: true to delete it with its relationships',
          { dependants: row.dependants },
        );
      }
      // One rule for every write that takes members away (disconnect, delete): a group is never left
      // with fewer members than its minUp; the caller lowers minUp first.
      const short = (await mutationStore.groupsOf(tx, id)).filter((g) => g.minUp !== null && g.members - 1 < g.minUp);
      if (short.length > 0) {
        throw new InvalidInputError(
          short.map((g) => ({ path: 'id', message: `deleting it would leave ${g.members - 1} members in group "${g.id}", which needs ${g.minUp}; lower its minUp first` })),
        );
      }
      const before = await readEntity(tx, id);
      const version = await mutationStore.bumpTopologyVersion(tx);
      await mutationStore.detachDelete(tx, id);
      await changeStore.record(tx, this.actor, version, { operation: 'DELETE', entityId: id, before: { ...before, relationships: row.relationships }, after: null });
      return { deleted: { id: row.id, kind: row.label, name: row.name }, removedRelationships: row.relationships };
    });
  }

  async connect(input: RelationshipInput): Promise<RelationshipChange> {
    return this.gateway.writeTransaction(async (tx) => {
      const ends = await this.checkRelationship(tx, input, true);
      const strength = input.type === 'DEPENDS_ON' ? (input.strength ?? 'HARD') : null;
      const properties: Record<string, PropertyValue> = strength ? { strength } : {};
      const version = await mutationStore.bumpTopologyVersion(tx);
      await mutationStore.connect(tx, input.type, input.from, input.to, properties);
      await changeStore.record(tx, this.actor, version, {
        operation: 'CONNECT', relationshipType: input.type, fromId: input.from, toId: input.to,
        before: ends.exists ? ends.properties : null, after: properties,
      });
      return { type: input.type, fromId: input.from, toId: input.to, strength, created: !ends.exists, removed: false };
    });
  }

  async disconnect(input: RelationshipInput): Promise<RelationshipChange> {
    return this.gateway.writeTransaction(async (tx) => {
      const ends = await this.checkRelationship(tx, input, false);
      if (!ends.exists) return { type: input.type, fromId: input.from, toId: input.to, strength: null, created: false, removed: false };
      if (input.type === 'HAS_MEMBER') {
        const group = await readEntity(tx, input.from);
        const members = await mutationStore.memberCount(tx, input.from);
        const minUp = group?.label === 'RedundancyGroup' ? group.minUp : null;
        if (minUp !== null && minUp > members - 1) {
          throw new InvalidInputError([{ path: 'to', message: `removing it would leave ${members - 1} members in a group that needs ${minUp}; lower minUp first` }]);
        }
      }
      const version = await mutationStore.bumpTopologyVersion(tx);
      const removed = await mutationStore.disconnect(tx, input.type, input.from, input.to);
      await changeStore.record(tx, this.actor, version, {
        operation: 'DISCONNECT', relationshipType: input.type, fromId: input.from, toId: input.to, before: ends.properties, after: null,
      });
      return { type: input.type, fromId: input.from, toId: input.to, strength: null, created: false, removed };
    });
  }

  private async checkRelationship(tx: WriteTransaction, input: RelationshipInput, connecting: boolean) {
    const ends = await mutationStore.between(tx, input.type, input.from, input.to);
    const unknown = [ends.fromLabel === null ? input.from : null, ends.toLabel === null ? input.to : null].filter((x): x is string => x !== null);
    if (unknown.length > 0) throw new NotFoundError(`No entity has the id ${unknown.map((u) => `"${u}"`).join(', ')}`, { ids: unknown });
    if (!connecting) return ends;
    const problems: Problem[] = [];
    const rule = RELATIONSHIP_ENDPOINTS[input.type];
    if (!rule.from.includes(ends.fromLabel as EntityLabel)) {
      problems.push({ path: 'from', message: `a ${ends.fromLabel} cannot be the start of ${input.type} (expects ${rule.from.join(' or ')})` });
    }
    if (!rule.to.includes(ends.toLabel as EntityLabel)) {
      problems.push({ path: 'to', message: `a ${ends.toLabel} cannot be the end of ${input.type} (expects ${rule.to.join(' or ')})` });
    }
    if (input.from === input.to) problems.push({ path: 'to', message: 'a node cannot be related to itself' });
    if (input.strength && input.type !== 'DEPENDS_ON') problems.push({ path: 'strength', message: 'only DEPENDS_ON has a strength' });
    if (problems.length > 0) throw new InvalidInputError(problems);
    return ends;
  }
}

/** The entity changed between this transaction's read and its write. */
class StaleRead extends Error {}

async function readEntity(tx: WriteTransaction, id: string): Promise<Entity | null> {
  const [row] = await tx.run('entitiesByIds', { ids: [id] });
  return row ? toEntity(row as never) : null;
}

function conflict(id: string, expected: number, actual: number): ConflictError {
  return new ConflictError(`"${id}" is at revision ${actual}, not ${expected}: it changed since you read it`, {
    id,
    expectedRevision: expected,
    actualRevision: actual,
  });
}
