import { Entity, EntityLabel, Neighbour } from '../domain/entities';
import { Gateway, Row } from '../neo4j/gateway';
import neo4j from 'neo4j-driver';
import { ReadBatcher } from './readBatcher';
import { toEntity } from './toEntity';

export type Direction = 'OUT' | 'IN';

export interface EntityFilter {
  ids?: string[] | null;
  nameContains?: string | null;
  /** Exact matches on stored properties; keys come from the schema, never from free input. */
  where?: Record<string, string | number>;
}

export interface NeighbourQuery {
  ids: readonly string[];
  type: string;
  direction: Direction;
  /** Only neighbours with this label; null for any. */
  label: EntityLabel | null;
}

/** One relation of an entity: a relationship type, its direction and (optionally) the neighbours' label. */
export interface RelationQuery {
  type: string;
  direction: Direction;
  label: EntityLabel | null;
}

export function relationKey(relation: RelationQuery): string {
  return `${relation.type}|${relation.direction}|${relation.label ?? '*'}`;
}

/**
 * Typed reads of entities and their neighbours; the only code that knows these rows' shape. Reads
 * by id (entities, neighbours, components) go through one process-wide ReadBatcher, so the same
 * read asked by many requests at once is one statement (readBatcher.ts has the contract).
 */
export class EntityStore {
  constructor(
    private readonly gateway: Gateway,
    private readonly batcher: ReadBatcher = new ReadBatcher(),
  ) {}

  async byIds(ids: readonly string[]): Promise<Map<string, Entity>> {
    const found = await this.batched('entitiesByIds', '', {}, ids, 'id');
    return new Map([...found].map(([id, [row]]) => [id, toEntity(row as never)]));
  }

  /** Up to `limit` entities after the cursor id, in id order. */
  async page(label: EntityLabel, filter: EntityFilter, after: string | null, limit: number): Promise<Entity[]> {
    const rows = await this.gateway.read('entityPage', {
      label,
      after,
      ...filterParams(filter),
      limit: neo4j.int(limit),
    });
    return rows.map((row) => toEntity(row as never));
  }

  /** Up to `limit` entities of any label whose id or name contains the text, best matches first. */
  async search(text: string, limit: number): Promise<Entity[]> {
    const rows = await this.gateway.read('searchEntities', { text: text.toLowerCase(), limit: neo4j.int(limit) });
    return rows.map((row) => toEntity(row as never));
  }

  async count(label: EntityLabel, filter: EntityFilter): Promise<number> {
    const rows = await this.gateway.read('entityCount', { label, ...filterParams(filter) });
    return Number(rows[0]?.total ?? 0);
  }

  /** Ids of the components at a site (their location). */
  async componentsAt(location: string): Promise<string[]> {
    const rows = await this.gateway.read('componentsAtLocation', { location });
    return rows.map((row) => String(row.id));
  }

  async countAll(): Promise<number> {
    const rows = await this.gateway.read('entityCountAll');
    return Number(rows[0]?.total ?? 0);
  }

  /** Neighbours of many nodes in one statement, grouped by the node asked about. */
  async neighbours(query: NeighbourQuery): Promise<Map<string, Neighbour[]>> {
    const statement = query.direction === 'OUT' ? 'neighboursOut' : 'neighboursIn';
    return toNeighbours(await this.batched(statement, `${query.type}|${query.label ?? '*'}`, { type: query.type, label: query.label }, query.ids, 'key'));
  }

  /**
   * Entities with their neighbours over the given relations, in one statement; per entity, the
   * neighbours by relation key (every asked relation present, empty when it has none).
   */
  async withNeighbours(ids: readonly string[], relations: readonly RelationQuery[]): Promise<Map<string, { entity: Entity; neighbours: Map<string, Neighbour[]> }>> {
    // In key order, so the same relations asked in another order share a batch.
    const kinds = relations.map((r) => ({ key: relationKey(r), type: r.type, direction: r.direction, label: r.label })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const rowsById = await this.batched('entitiesWithNeighbours', kinds.map((k) => k.key).join(','), { kinds }, ids, 'id');
    const result = new Map<string, { entity: Entity; neighbours: Map<string, Neighbour[]> }>();
    for (const [row] of rowsById.values()) {
      const neighbours = new Map<string, Neighbour[]>(kinds.map((k) => [k.key, []]));
      for (const found of row.neighbours as Record<string, unknown>[]) {
        neighbours.get(String(found.kind))?.push({ node: toEntity(found as never), relationship: (found.relationship ?? {}) as Record<string, unknown> });
      }
      result.set(String(row.id), { entity: toEntity(row as never), neighbours });
    }
    return result;
  }

  async componentsOfServices(ids: readonly string[]): Promise<Map<string, Neighbour[]>> {
    return toNeighbours(await this.batched('componentsOfServices', '', {}, ids, 'key'));
  }

  /**
   * Rows of a statement whose `$ids` are the keys, by the column naming each row's key, read with
   * the same statement and parameters other requests ask at about the same time. `variant` names
   * the other parameters: reads with equal statement and variant must have equal `params`.
   */
  private batched(statement: string, variant: string, params: Record<string, unknown>, ids: readonly string[], keyColumn: 'id' | 'key'): Promise<Map<string, Row[]>> {
    return this.batcher.read(
      `${statement} ${variant}`,
      [...new Set(ids)],
      (keys) => this.gateway.read(statement, { ...params, ids: keys }),
      (row) => String(row[keyColumn]),
    );
  }
}

function filterParams(filter: EntityFilter): Record<string, unknown> {
  return {
    ids: filter.ids ?? null,
    nameContains: filter.nameContains ?? null,
    where: filter.where ?? {},
  };
}

function toNeighbours(rowsByKey: Map<string, Row[]>): Map<string, Neighbour[]> {
  const byKey = new Map<string, Neighbour[]>();
  for (const [key, rows] of rowsByKey) {
    byKey.set(key, rows.map((row) => ({ node: toEntity(row as never), relationship: (row.relationship ?? {}) as Record<string, unknown> })));
  }
  return byKey;
}
