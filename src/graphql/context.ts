import { Loaders, createLoaders } from '../loaders/createLoaders';
import { Services, Stores, createServices } from '../services/createServices';

export interface Context {
  loaders: Loaders;
  services: Services;
}

export function createContext(stores: Stores): Context {
  const loaders = createLoaders(stores.entities);
  return { loaders, services: createServices(stores, loaders) };
}
