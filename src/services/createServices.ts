import { Loaders } from '../loaders/createLoaders';
import { EntityStore } from '../store/entityStore';
import { ImpactStore } from '../store/impactStore';
import { EntityService } from './entityService';
import { ImpactService } from './impactService';

export interface Stores {
  entities: EntityStore;
  impact: ImpactStore;
}

/** Use cases for one request; they share that request's loaders. */
export function createServices(stores: Stores, loaders: Loaders) {
  return {
    entities: new EntityService(stores.entities, loaders),
    impact: new ImpactService(stores.entities, stores.impact),
  };
}

export type Services = ReturnType<typeof createServices>;
