import { Identity } from '../domain/identity';
import { Loaders, createLoaders } from '../loaders/createLoaders';
import { Services, Stores, createServices } from '../services/createServices';

export interface Context {
  loaders: Loaders;
  services: Services;
  /** Who is asking, as the edge authenticated them; the author of every write in this request. */
  identity: Identity;
  /** Correlates the request's log lines (x-request-id). */
  requestId: string;
}

/** A fresh context per request (per subscription over WebSocket). */
export function createContext(stores: Stores, identity: Identity, requestId: string): Context {
  const loaders = createLoaders(stores.entities);
  return { loaders, services: createServices(stores, loaders, identity.subject), identity, requestId };
}
