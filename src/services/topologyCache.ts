import { Topology, buildTopology } from '../domain/impact/topology';
import { TopologyStore } from '../store/topologyStore';

/**
 * The impact topology held in memory for the whole process (not per request: it is the estate, not
 * a cache of one answer). Each question first reads the fingerprint (one tiny statement); when
 * Cascade has written since, or node/relationship totals changed, the topology is reloaded once,
 * however many questions arrive meanwhile.
 */
export interface TopologyCacheOptions {
  /** Called after each load (the first and every reload) with how long reading and building took. */
  onLoad?: (ms: number) => void;
}

export class TopologyCache {
  private current: Topology | null = null;
  private loading: Promise<Topology> | null = null;

  constructor(
    private readonly store: TopologyStore,
    private readonly options: TopologyCacheOptions = {},
  ) {}

  /** True once a topology has been built: impact questions no longer wait for the first load. */
  isLoaded(): boolean {
    return this.current !== null;
  }

  async get(): Promise<Topology> {
    const fingerprint = await this.store.fingerprint();
    if (this.current?.version === fingerprint) return this.current;
    if (!this.loading) {
      const started = performance.now();
      this.loading = this.store
        .load()
        .then((data) => {
          this.current = buildTopology(data);
          try {
            this.options.onLoad?.(performance.now() - started);
          } catch {
            // A metrics listener's failure must not fail an impact question.
          }
          return this.current;
        })
        .finally(() => {
          this.loading = null;
        });
    }
    return this.loading;
  }
}
