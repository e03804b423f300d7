import { EntityStore } from '../store/entityStore';
import { componentsByService } from './componentsByService';
import { neighboursByNode } from './neighboursByNode';
import { nodeById } from './nodeById';

/** A fresh set per request: caches must never outlive the request that filled them. */
export function createLoaders(store: EntityStore) {
  return {
    nodeById: nodeById(store),
    neighboursByNode: neighboursByNode(store),
    componentsByService: componentsByService(store),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
