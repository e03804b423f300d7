import { Loaders } from '../loaders/createLoaders';
import { EntityStore } from '../store/entityStore';
import { EntityService } from './entityService';
import { AnalysisService } from './analysisService';
import { ImpactService } from './impactService';
import { TopologyCache } from './topologyCache';

export interface Stores {
  entities: EntityStore;
  /** Process-wide: the in-memory impact topology. */
  topology: TopologyCache;
}

/** Use cases for one request; they share that request's loaders. */
export function createServices(stores: Stores, loaders: Loaders) {
  const impact = new ImpactService(stores.entities, stores.topology);
  return {
    entities: new EntityService(stores.entities, loaders),
    impact,
    analysis: new AnalysisService(stores.entities, stores.topology, impact),
  };
}

export type Services = ReturnType<typeof createServices>;
