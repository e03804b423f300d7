import { Connection, checkPageSize, decodeCursor, encodeCursor } from '../domain/connection';
import { Entity, EntityLabel, EntityOf } from '../domain/entities';
import { NotFoundError, ValidationError } from '../domain/errors';
import { Loaders } from '../loaders/createLoaders';
import { EntityFilter, EntityStore, RelationQuery, relationKey } from '../store/entityStore';

/** A list filter as GraphQL hands it over: ids, nameContains, and exact-match fields of the type. */
export type ListFilter = { ids?: string[] | null; nameContains?: string | null } & Record<string, unknown>;

/** Reading entities: one by id (an unknown id is an error) and filtered pages of one label. */
export class EntityService {
  constructor(
    private readonly store: EntityStore,
    private readonly loaders: Loaders,
  ) {}

  /**
   * One entity by id. With `relations` (the relation fields the query asks of it), the entity and
   * those neighbours are read in one statement and handed to the request's loaders, so the
   * relation fields cost no second round trip.
   */
  async get<L extends EntityLabel>(label: L, id: string, relations: readonly RelationQuery[] = []): Promise<EntityOf<L>> {
    if (relations.length > 0) {
      const found = (await this.store.withNeighbours([id], relations)).get(id);
      // Nobody has the id: said as such, without asking again.
      if (!found) this.loaders.nodeById.prime(id, null);
      else {
        this.loaders.nodeById.prime(id, found.entity);
        for (const relation of relations) {
          this.loaders.neighboursByNode.prime({ id, ...relation }, found.neighbours.get(relationKey(relation)) ?? []);
        }
      }
    }
    const entity = await this.loaders.nodeById.load(id);
    if (!entity || entity.label !== label) {
      throw new NotFoundError(`No ${label} has the id "${id}"`, { id, label });
    }
    return entity as EntityOf<L>;
  }

  /**
   * Entities of any kind whose id or name contains the text (case-insensitive), best first: what a
   * search box needs. The text is trimmed; it must hold 1 to 100 characters.
   */
  async search(text: string, first: number | null | undefined): Promise<Entity[]> {
    const trimmed = text.trim();
    if (trimmed.length === 0 || trimmed.length > 100) throw new ValidationError('search text must hold 1 to 100 characters');
    const found = await this.store.search(trimmed, checkPageSize(first));
    for (const entity of found) this.loaders.nodeById.prime(entity.id, entity);
    return found;
  }

  async list<L extends EntityLabel>(
    label: L,
    filter: ListFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<EntityOf<L>>> {
    const size = checkPageSize(first);
    const afterId = decodeCursor(after);
    const entityFilter = toEntityFilter(filter);
    // One extra row tells whether another page follows without a second query.
    const rows = (await this.store.page(label, entityFilter, afterId, size + 1)) as EntityOf<L>[];
    const nodes = rows.slice(0, size);
    for (const node of nodes) this.loaders.nodeById.prime(node.id, node);
    const edges = nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
    return {
      edges,
      nodes,
      pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: () => this.store.count(label, entityFilter),
    };
  }
}

function toEntityFilter(filter: ListFilter | null | undefined): EntityFilter {
  const { ids, nameContains, ...fields } = filter ?? {};
  if (ids && ids.length > 1000) throw new ValidationError('filter.ids takes at most 1000 ids');
  const where: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string' || typeof value === 'number') where[key] = value;
  }
  return { ids: ids ?? null, nameContains: nameContains ?? null, where };
}
