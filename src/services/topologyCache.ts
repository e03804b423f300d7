import { Topology, buildTopology } from '../domain/impact/topology';
import { TopologyStore } from '../store/topologyStore';

/**
 * The impact topology held in memory for the whole process (not per request: it is the estate, not
 * a cache of one answer). Each question first reads the fingerprint (one tiny statement); when
 * Cascade has written since, or node/relationship totals changed, the topology is reloaded once,
 * however many questions arrive meanwhile.
 */
export class TopologyCache {
  private current: Topology | null = null;
  private loading: Promise<Topology> | null = null;

  constructor(private readonly store: TopologyStore) {}

  async get(): Promise<Topology> {
    const fingerprint = await this.store.fingerprint();
    if (this.current?.version === fingerprint) return this.current;
    if (!this.loading) {
      this.loading = this.store
        .load()
        .then((data) => {
          this.current = buildTopology(data);
          return this.current;
        })
        .finally(() => {
          this.loading = null;
        });
    }
    return this.loading;
  }
}
