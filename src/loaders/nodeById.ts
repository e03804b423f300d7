import DataLoader from 'dataloader';
import { Entity } from '../domain/entities';
import { EntityStore } from '../store/entityStore';

/** Entities by id, one statement per batch; null for ids nobody has. */
export function nodeById(store: EntityStore): DataLoader<string, Entity | null> {
  return new DataLoader(async (ids) => {
    const found = await store.byIds(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
}
