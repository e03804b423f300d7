import DataLoader from 'dataloader';
import { EntityLabel, Neighbour } from '../domain/entities';
import { Direction, EntityStore } from '../store/entityStore';

export interface NeighbourKey {
  id: string;
  type: string;
  direction: Direction;
  label: EntityLabel | null;
}

/**
 * Neighbours over one relationship type and direction. A batch holds keys of many kinds (every
 * relation field a query touches in one tick); it costs one statement per kind, never one per node.
 */
export function neighboursByNode(store: EntityStore): DataLoader<NeighbourKey, Neighbour[], string> {
  return new DataLoader(
    async (keys) => {
      const groups = new Map<string, NeighbourKey[]>();
      for (const key of keys) {
        const kind = kindOf(key);
        groups.set(kind, [...(groups.get(kind) ?? []), key]);
      }
      const results = new Map<string, Neighbour[]>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const [{ type, direction, label }] = group;
          const byId = await store.neighbours({ ids: group.map((k) => k.id), type, direction, label });
          for (const key of group) results.set(cacheKey(key), byId.get(key.id) ?? []);
        }),
      );
      return keys.map((key) => results.get(cacheKey(key)) ?? []);
    },
    { cacheKeyFn: cacheKey },
  );
}

function kindOf(key: NeighbourKey): string {
  return `${key.type}|${key.direction}|${key.label ?? '*'}`;
}

function cacheKey(key: NeighbourKey): string {
  return `${kindOf(key)}|${key.id}`;
}
