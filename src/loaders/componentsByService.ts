import DataLoader from 'dataloader';
import { Component } from '../domain/entities';
import { EntityStore } from '../store/entityStore';

/** A service's components, direct or through redundancy groups; one statement per batch. */
export function componentsByService(store: EntityStore): DataLoader<string, Component[]> {
  return new DataLoader(async (ids) => {
    const found = await store.componentsOfServices(ids);
    return ids.map((id) => (found.get(id) ?? []).map((n) => n.node as Component));
  });
}
