import { ConflictError } from '../errors';
import { GraphChange } from '../graphChange';
import { LiveTopology } from './liveTopology';
import { Topology, TopologyData } from './topology';
import { changesBefore } from './topologyChange';

/**
 * The topology as it was before the given changes: undoes them newest first on a copy of today's
 * topology (each change set back to its state before). Imports and seeds record each node and
 * relationship they change; an import recorded only with its counts (before per-item history
 * existed) cannot be undone, so replaying across one is refused.
 */
export function replayTopology(current: TopologyData, changesNewestFirst: readonly GraphChange[]): Topology {
  for (const change of changesNewestFirst) {
    if (change.operation === 'IMPORT' && !isItemised(change.after)) {
      throw new ConflictError(`An import at ${change.at} changed the graph; the history before it cannot be replayed`, { at: change.at });
    }
  }
  const topology = new LiveTopology(current);
  topology.apply(changesNewestFirst.flatMap(changesBefore), `${current.version}@replay`);
  return topology;
}

function isItemised(after: string | null): boolean {
  if (after === null) return false;
  const summary = JSON.parse(after) as { itemised?: unknown };
  return summary.itemised === true;
}
