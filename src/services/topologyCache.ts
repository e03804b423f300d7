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
  /** The load in flight, with the tick it started at. */
  private loading: { startedAt: number; promise: Promise<Topology> } | null = null;
  /** Orders questions and loads: a load that started after a question reads every write acknowledged before it. */
  private clock = 0;

  constructor(
    private readonly store: TopologyStore,
    private readonly options: TopologyCacheOptions = {},
  ) {}

  /** True once a topology has been built: impact questions no longer wait for the first load. */
  isLoaded(): boolean {
    return this.current !== null;
  }

  /**
   * A topology at least as new as every write acknowledged before this call (read your writes). A
   * load already in flight is shared only if it started after this call; one that started before
   * may have read the graph before such a write, so the question waits for it and loads again.
   */
  async get(): Promise<Topology> {
    const askedAt = ++this.clock;
    const fingerprint = await this.store.fingerprint();
    for (;;) {
      if (this.current?.version === fingerprint) return this.current;
      const inFlight = this.loading;
      if (inFlight && inFlight.startedAt > askedAt) return inFlight.promise;
      if (!inFlight) return this.startLoad().promise;
      // Too old for this question: let it finish (others may be waiting on it), then look again.
      await inFlight.promise.catch(() => undefined);
    }
  }

  private startLoad(): { startedAt: number; promise: Promise<Topology> } {
    const started = performance.now();
    const promise = this.store
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
        if (this.loading?.promise === promise) this.loading = null;
      });
    this.loading = { startedAt: ++this.clock, promise };
    return this.loading;
  }
}
