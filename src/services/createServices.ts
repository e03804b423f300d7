import { Loaders } from '../loaders/createLoaders';
import { changeHistory } from './changeHistory';
import { Gateway } from '../neo4j/gateway';
import { EntityStore } from '../store/entityStore';
import { GraphStore } from '../store/graphStore';
import { EntityService } from './entityService';
import { AnalysisService } from './analysisService';
import { AvailabilityService } from './availabilityService';
import { AvailabilityStore } from '../store/availabilityStore';
import { ImpactService } from './impactService';
import { GraphService } from './graphService';
import { ImportService } from './importService';
import { NetworkService } from './networkService';
import { StatusService } from './statusService';
import { StatusStore } from '../store/statusStore';
import { MutationService } from './mutationService';
import { TopologyCache } from './topologyCache';
import { StatusHub } from './statusHub';
import { ApiKeyStore } from '../store/apiKeyStore';
import { ApiKeyService } from './apiKeyService';
import { EventService } from './eventService';
import { EventStore } from '../store/eventStore';
import { DEFAULT_EVENT_SETTINGS, EventSettings } from '../domain/events/eventSettings';

export interface Stores {
  entities: EntityStore;
  /** Process-wide: the in-memory impact topology. */
  topology: TopologyCache;
  /** Dependency graphs and value chains. */
  graph: GraphStore;
  /** Writes run their own transactions through the gateway. */
  gateway: Gateway;
  /** Process-wide: status changes for subscriptions. */
  statusEvents: StatusHub;
  apiKeys: ApiKeyStore;
  /** Called when a key is revoked here, so this process stops accepting it at once. */
  forgetApiKey: (id: string) => void;
  /** How events from monitoring become statuses; unset: the defaults. */
  events?: EventSettings;
}

/** Use cases for one request; they share that request's loaders. */
/** `actor` is the authenticated identity's subject: the author recorded for every write. */
export function createServices(stores: Stores, loaders: Loaders, actor: string) {
  const impact = new ImpactService(stores.entities, stores.topology, stores.gateway);
  const statusStore = new StatusStore(stores.gateway);
  const status = new StatusService(statusStore, stores.topology, impact, stores.statusEvents, actor);
  return {
    entities: new EntityService(stores.entities, loaders),
    impact,
    analysis: new AnalysisService(stores.entities, stores.topology, impact),
    availability: new AvailabilityService(new AvailabilityStore(stores.gateway), impact),
    networks: new NetworkService(impact),
    graph: new GraphService(stores.graph),
    mutations: new MutationService(stores.gateway, actor),
    imports: new ImportService(stores.gateway, actor),
    changes: (id: string | null, first: number) => changeHistory(stores.gateway, id, first),
    apiKeys: new ApiKeyService(stores.apiKeys, actor, stores.forgetApiKey),
    status,
    /** Statuses from monitoring: their changes take the same path as setStatus (`status`). */
    events: new EventService(new EventStore(stores.gateway), statusStore, stores.topology, status, actor, stores.events ?? DEFAULT_EVENT_SETTINGS, (author) =>
      author === actor ? status : new StatusService(statusStore, stores.topology, impact, stores.statusEvents, author),
    ),
  };
}

export type Services = ReturnType<typeof createServices>;
