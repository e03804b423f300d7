import { Status } from '../status';
import { AlertRecord } from './alertRecord';
import { EventBinding } from './bindEvent';
import { MonitoringEvent } from './monitoringEvent';
import { SeverityStates, stateOfSeverity, worstState } from './severityStates';
import { StatusHold, isBetter } from './statusHold';

/** What became of one event. */
export type EventOutcome =
  /** Recorded; its entity's status follows its open alerts. */
  | 'APPLIED'
  /** Same key and same state as known: nothing to do (Alertmanager resends a group's alerts). */
  | 'DUPLICATE'
  /** Older than the last event applied to the same alert: a late arrival does not undo a newer one. */
  | 'STALE'
  /** No entity found: kept in the unbound list for someone to add a rule. */
  | 'UNBOUND'
  /** Recorded, but its entity is in MAINTENANCE: reported apart, the status is left alone. */
  | 'MAINTENANCE'
  /** An open alert marked as being worked on; no state changes. */
  | 'ACKNOWLEDGED';

export interface BoundEvent {
  event: MonitoringEvent;
  binding: EventBinding;
}

/** What Cascade knows before the events: the records of their keys and of their entities. */
export interface EventsBefore {
  /** Records by key: those of the events' keys and every open alert of the entities involved. */
  alerts: ReadonlyMap<string, AlertRecord>;
  /** Current statuses of the entities involved (absent: UP). */
  statuses: ReadonlyMap<string, Status>;
}

export interface StatusPlan {
  entityId: string;
  state: 'UP' | 'DEGRADED' | 'DOWN';
  /** The event that decided it: its summary and key make the reason. */
  reason: string;
  /** The monitoring source the change is on behalf of. */
  source: string;
  /** The incident of the alert that decided it, if any (the caller records it only while it is open). */
  incidentId: string | null;
}

export interface EventPlan {
  outcomes: { key: string; entityId: string | null; outcome: EventOutcome; reason: string | null }[];
  /** Records to store, one per key changed, as they end up. */
  alerts: AlertRecord[];
  /** Events to keep in the unbound list. */
  unbound: { event: MonitoringEvent; reason: string }[];
  /** One status change per entity whose status differs from its alerts' verdict, in the order first touched. */
  statuses: StatusPlan[];
  /** Better statuses held until the hold-down has passed (the caller adds who made them). */
  holds: Omit<StatusHold, 'by'>[];
  /** Entities whose earlier holds go: their alerts have spoken again (the new hold, if any, is in `holds`). */
  unheld: string[];
}

/**
 * How long a better status waits before it is applied (0: at once), and the time it is now: a
 * better status whose hold-down has already passed (a late delivery, a replay) is applied at once.
 */
export interface HoldDown {
  ms: number;
  /** ISO 8601. */
  now: string;
}

export const NO_HOLD_DOWN: HoldDown = { ms: 0, now: new Date(0).toISOString() };

/**
 * Applies a batch of bound events, in order, to what is known, and says what to store. An event
 * without its own binding (a resolve that carries only its key) follows its alert's entity. Per
 * entity the worst open alert wins and UP comes back only when all are resolved. A status follows
 * that verdict when an alert that gives a state (not info) opened, changed or closed, so an info
 * alert does not undo a person's DOWN; an entity in MAINTENANCE keeps it. A better status waits
 * out the hold-down from the event that made it better, and a firing in that time cancels it: it is
 * the return that is damped, never the failure, since delaying a firing would hide every first
 * failure for the hold-down, while a flapping entity shown down a little longer misleads nobody
 * about where to look. Pure: the caller reads `before` and writes the plan.
 */
export function planEvents(batch: readonly BoundEvent[], before: EventsBefore, severities: SeverityStates, holdDown: HoldDown = NO_HOLD_DOWN): EventPlan {
  const alerts = new Map(before.alerts);
  const changed = new Map<string, AlertRecord>();
  /** Entity -> the last alert changed on it. */
  const touched = new Map<string, AlertRecord>();
  const plan: EventPlan = { outcomes: [], alerts: [], unbound: [], statuses: [], holds: [], unheld: [] };
  /** Entities where an alert that gives a state opened, changed or closed: their status follows the verdict. */
  const stated = new Set<string>();
  /**
   * Entity -> keys of its alerts, in the order of `alerts`, so the verdict costs an entity's alerts
   * rather than every alert known (batches applied together know thousands).
   */
  const keysOf = new Map<string, string[]>();
  for (const alert of alerts.values()) keyOn(alert.entityId, alert.key);
  const alertsOf = (entityId: string) => (keysOf.get(entityId) ?? []).map((key) => alerts.get(key)!).filter((a) => a.entityId === entityId);
  const verdictOf = (entityId: string) => worstState(alertsOf(entityId).filter((a) => a.open).map((a) => a.state));

  for (const { event, binding } of batch) {
    const previous = alerts.get(event.key);
    const entityId = binding.entityId ?? previous?.entityId ?? null;
    const outcome = (result: EventOutcome, reason: string | null = null) => plan.outcomes.push({ key: event.key, entityId, outcome: result, reason });
    if (entityId === null && event.action !== 'trigger') {
      // Closing something never bound: there is nothing to close, and nothing to bind later.
      outcome('DUPLICATE', 'nothing open has this key');
      continue;
    }
    if (entityId === null) {
      plan.unbound.push({ event, reason: binding.reason ?? 'not bound' });
      outcome('UNBOUND', binding.reason);
      continue;
    }
    if (event.action === 'acknowledge') {
      if (!previous?.open) outcome('STALE', 'no open alert has this key');
      else if (previous.acknowledged) outcome('DUPLICATE');
      else {
        record({ ...previous, acknowledged: true });
        outcome('ACKNOWLEDGED');
      }
      continue;
    }
    const open = event.action === 'trigger';
    const state = open ? stateOfSeverity(event.severity, severities) : null;
    if (!previous && !open) {
      outcome('DUPLICATE', 'nothing open has this key');
      continue;
    }
    if (previous && previous.open === open && previous.entityId === entityId && (!open || (previous.state === state && previous.severity === event.severity))) {
      outcome('DUPLICATE');
      continue;
    }
    if (previous && Date.parse(event.at) < Date.parse(previous.lastAt)) {
      outcome('STALE', `older than the last event of this alert (${previous.lastAt})`);
      continue;
    }
    const maintenance = before.statuses.get(entityId) === 'MAINTENANCE';
    const stored = record({
      key: event.key,
      source: event.source ?? previous?.source ?? 'events',
      entityId,
      open,
      acknowledged: open && previous?.open === true ? previous.acknowledged : false,
      severity: open ? event.severity : (previous?.severity ?? event.severity),
      state: open ? state : (previous?.state ?? null),
      // A close often says only which alert it closes: the alert keeps what it was about.
      summary: open || !previous ? event.summary : previous.summary,
      labels: JSON.stringify(Object.keys(event.labels).length > 0 || !previous ? event.labels : JSON.parse(previous.labels)),
      startsAt: open && !previous?.open ? event.at : (previous?.startsAt ?? event.at),
      lastAt: event.at,
      duringMaintenance: maintenance,
      incidentId: open && !previous?.open ? null : (previous?.incidentId ?? null),
    });
    touched.set(entityId, stored);
    if (stored.state !== null || (previous?.open && previous.state !== null)) stated.add(entityId);
    // A rule changed since the alert fired: the entity it was bound to has lost it.
    if (previous && previous.entityId !== entityId) {
      touched.set(previous.entityId, stored);
      if (previous.open && previous.state !== null) stated.add(previous.entityId);
    }
    outcome(maintenance ? 'MAINTENANCE' : 'APPLIED');
  }

  for (const [entityId, last] of touched) {
    const current = before.statuses.get(entityId) ?? 'UP';
    if (current === 'MAINTENANCE' || !stated.has(entityId)) continue;
    const verdict = verdictOf(entityId);
    // What the alerts say now supersedes a hold made from what they said before: a firing within
    // the hold-down leaves the status as it is (no flip back), a new improvement starts a new hold.
    plan.unheld.push(entityId);
    if (verdict === current) continue;
    // The reason names the alert that decides the state (the newest of the worst), or the last resolution.
    const deciding = alertsOf(entityId)
      .filter((a) => a.open && a.state === verdict)
      .sort((a, b) => Date.parse(b.lastAt) - Date.parse(a.lastAt))[0];
    const by = deciding ?? last;
    const change: StatusPlan = { entityId, state: verdict, reason: reasonOf(by, deciding ? 'firing' : 'resolved'), source: by.source, incidentId: by.incidentId ?? null };
    // Only getting better waits: a worse state is news the impact must show at once.
    const until = Date.parse(last.lastAt) + holdDown.ms;
    if (verdict !== 'DOWN' && isBetter(verdict, current) && holdDown.ms > 0 && until > Date.parse(holdDown.now)) {
      plan.holds.push({ ...change, state: verdict, from: current, until: new Date(until).toISOString() });
    } else plan.statuses.push(change);
  }
  plan.alerts = [...changed.values()];
  return plan;

  function keyOn(entityId: string, key: string): void {
    const keys = keysOf.get(entityId);
    if (!keys) keysOf.set(entityId, [key]);
    else if (!keys.includes(key)) keys.push(key);
  }

  function record(alert: AlertRecord): AlertRecord {
    if (!alerts.has(alert.key) || alerts.get(alert.key)!.entityId !== alert.entityId) keyOn(alert.entityId, alert.key);
    alerts.set(alert.key, alert);
    changed.set(alert.key, alert);
    return alert;
  }
}

/** A status change's reason: what monitoring said, short enough for a history line. */
function reasonOf(alert: AlertRecord, what: 'firing' | 'resolved'): string {
  return `${alert.source}: ${alert.summary}${alert.severity ? ` (${alert.severity})` : ''} ${what} [${alert.key}]`.slice(0, 500);
}
