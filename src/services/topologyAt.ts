import { ValidationError } from '../domain/errors';
import { replayTopology } from '../domain/impact/replayTopology';
import { Topology } from '../domain/impact/topology';
import { Gateway } from '../neo4j/gateway';
import { changeStore } from '../store/changeStore';
import { TopologyCache } from './topologyCache';

/** A point in time given by a client: an ISO 8601 date-time, normalised; null for now. */
export function instantOf(at: string | null | undefined): string | null {
  if (at === null || at === undefined) return null;
  const time = Date.parse(at);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(at) || Number.isNaN(time)) {
    throw new ValidationError(`at must be an ISO 8601 date-time such as 2026-11-29T14:05:00Z, got "${at}"`);
  }
  return time >= Date.now() ? null : new Date(time).toISOString();
}

/**
 * The impact topology as it was at a past instant: today's, with every recorded change since undone
 * (newest first). Now, or an instant with no change since, is today's topology itself.
 */
export async function topologyAt(cache: TopologyCache, gateway: Gateway, at: string | null): Promise<Topology> {
  const current = await cache.get();
  if (at === null) return current;
  const changes = await changeStore.since(gateway, at);
  return changes.length === 0 ? current : replayTopology(current.data, changes);
}
