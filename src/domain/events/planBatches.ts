import { Status } from '../status';
import { AlertRecord } from './alertRecord';
import { MonitoringEvent } from './monitoringEvent';
import { BoundEvent, EventPlan, EventsBefore, HoldDown, NO_HOLD_DOWN, planEvents } from './planEvents';
import { SeverityStates } from './severityStates';
import { StatusHold } from './statusHold';

/** One request's events, bound, with the identity whose events they are (the author of its changes and holds). */
export interface QueuedBatch {
  events: readonly BoundEvent[];
  by: string;
}

export interface BatchesPlan {
  /**
   * The plans of the first `plans.length` batches, each as if the ones before it had been applied
   * alone: what each request answers. Fewer than the batches given when a batch changes the status
   * of an entity an earlier one changed: that batch and the rest are left for the next round.
   */
  plans: EventPlan[];
  /** What to write for those batches, in one transaction. */
  write: CombinedWrite;
}

/** The net effect of applying several plans one after another, as one transaction writes it. */
export interface CombinedWrite {
  /** The alerts as they end up, one per key. */
  alerts: AlertRecord[];
  /** Unbound events to count in, one per key with how many times it came. */
  unbound: { event: MonitoringEvent; reason: string; times: number }[];
  /** Holds as they end up (one per entity) and the entities whose earlier holds go. */
  holds: StatusHold[];
  unheld: string[];
}

/**
 * Plans batches that queued behind one another as if applied one at a time, in order, from one
 * reading of what they build on (`before`: the alerts of all their keys and the open alerts and
 * statuses of all their entities). Each batch's plan starts from what the batches before it left:
 * their alerts and status changes. So duplicates, ordering, the worst-alert verdict, maintenance
 * and holds come out exactly as they would one by one, and the writes can go in one transaction.
 * A batch stops the run where it would change the status of an entity an earlier batch of the run
 * changed: two changes of one entity in one transaction would share its timestamp, and the
 * history could not tell which came last. Pure: the caller reads `before` and writes the result.
 */
export function planBatches(batches: readonly QueuedBatch[], before: EventsBefore, severities: SeverityStates, holdDown: HoldDown = NO_HOLD_DOWN): BatchesPlan {
  const plans: EventPlan[] = [];
  let alerts: Map<string, AlertRecord> = new Map(before.alerts);
  const statuses = new Map<string, Status>(before.statuses);
  const changed = new Set<string>();
  for (const batch of batches) {
    const plan = planEvents(batch.events, { alerts, statuses }, severities, holdDown);
    if (plans.length > 0 && plan.statuses.some((s) => changed.has(s.entityId))) break;
    plans.push(plan);
    if (plan.alerts.length > 0) {
      alerts = new Map(alerts);
      for (const alert of plan.alerts) alerts.set(alert.key, alert);
    }
    for (const change of plan.statuses) {
      statuses.set(change.entityId, change.state);
      changed.add(change.entityId);
    }
  }
  return { plans, write: combineWrites(plans, batches.map((b) => b.by)) };
}

/**
 * The writes of plans applied in order, merged: the last record of each alert; unbound events
 * counted per key since the last alert recorded with that key (recording an alert unlists its key,
 * so what came before it is gone); per entity, the hold of the last plan that spoke of its holds.
 */
export function combineWrites(plans: readonly EventPlan[], authors: readonly string[]): CombinedWrite {
  const alerts = new Map<string, AlertRecord>();
  const unbound = new Map<string, { event: MonitoringEvent; reason: string; times: number }>();
  const holds = new Map<string, StatusHold>();
  const unheld = new Set<string>();
  plans.forEach((plan, i) => {
    // In the order one batch writes them: its alerts (which drop their keys' unbound entries), then its unbound events.
    for (const alert of plan.alerts) {
      alerts.set(alert.key, alert);
      unbound.delete(alert.key);
    }
    for (const { event, reason } of plan.unbound) {
      const times = (unbound.get(event.key)?.times ?? 0) + 1;
      unbound.delete(event.key);
      unbound.set(event.key, { event, reason, times });
    }
    for (const entityId of plan.unheld) {
      unheld.add(entityId);
      holds.delete(entityId);
    }
    for (const hold of plan.holds) holds.set(hold.entityId, { ...hold, by: authors[i] });
  });
  return { alerts: [...alerts.values()], unbound: [...unbound.values()], holds: [...holds.values()], unheld: [...unheld] };
}
