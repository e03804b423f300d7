import { Status } from '../status';
import { AlertRecord } from './alertRecord';
import { worstState } from './severityStates';

/**
 * A status that monitoring would make better (DOWN -> DEGRADED or UP, DEGRADED -> UP), held until
 * the hold-down has passed without a new firing, so a flapping alert does not flip its entity UP
 * and DOWN again. Kept in the graph, not in a timer: a restart loses nothing, and the next batch
 * of events or the periodic sweep applies it once it is due.
 */
export interface StatusHold {
  entityId: string;
  /** The status held (the entity shows it until then); a person changing it drops the hold. */
  from: Status;
  /** The better state the entity's alerts said when the hold began. */
  state: 'UP' | 'DEGRADED';
  /** ISO 8601: the time of the event that made it better, plus the hold-down. */
  until: string;
  /** The status change's reason when it is applied. */
  reason: string;
  /** The monitoring source it is on behalf of. */
  source: string;
  /** The identity whose event made it better: the author of the change when it is applied. */
  by: string;
  /** The incident the change is recorded in, while it is open. */
  incidentId?: string | null;
}

/** A held status change that is now due: what to record, by whom. */
export interface ReleasedHold {
  entityId: string;
  state: 'UP' | 'DEGRADED';
  reason: string;
  source: string;
  by: string;
  incidentId: string | null;
}

const RANK: Record<Status, number> = { UP: 0, DEGRADED: 1, DOWN: 2, MAINTENANCE: 3 };

/** Whether `state` is better than `than` (MAINTENANCE is never left by monitoring). */
export function isBetter(state: Status, than: Status): boolean {
  return than !== 'MAINTENANCE' && RANK[state] < RANK[than];
}

/**
 * The due holds' status changes. Each entity takes the verdict of its open alerts now (not the
 * state the hold was made with: an alert may have closed since), and only when the status is still
 * the one held and the verdict is still better; otherwise the hold is dropped with nothing recorded.
 * Pure: `open` are the entities' open alerts, `statuses` their current statuses (absent: UP).
 */
export function releaseHolds(due: readonly StatusHold[], open: readonly AlertRecord[], statuses: ReadonlyMap<string, Status>): ReleasedHold[] {
  const released: ReleasedHold[] = [];
  for (const hold of due) {
    const current = statuses.get(hold.entityId) ?? 'UP';
    if (current !== hold.from) continue;
    const verdict = worstState(open.filter((a) => a.open && a.entityId === hold.entityId).map((a) => a.state));
    if (verdict === 'DOWN' || !isBetter(verdict, current)) continue;
    released.push({ entityId: hold.entityId, state: verdict, reason: hold.reason, source: hold.source, by: hold.by, incidentId: hold.incidentId ?? null });
  }
  return released;
}
