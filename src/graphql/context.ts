import { Loaders, createLoaders } from '../loaders/createLoaders';
import { Services, Stores, createServices } from '../services/createServices';

export interface Context {
  loaders: Loaders;
  services: Services;
}

/** A fresh context per request (per subscription over WebSocket); `actor` is who writes. */
export function createContext(stores: Stores, actor = 'anonymous'): Context {
  const loaders = createLoaders(stores.entities);
  return { loaders, services: createServices(stores, loaders, actor) };
}
