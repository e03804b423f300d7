import { Status } from '../status';
import { AlertRecord } from './alertRecord';
import { EventBinding } from './bindEvent';
import { MonitoringEvent } from './monitoringEvent';
import { SeverityStates, stateOfSeverity, worstState } from './severityStates';

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
}

export interface EventPlan {
  outcomes: { key: string; entityId: string | null; outcome: EventOutcome; reason: string | null }[];
  /** Records to store, one per key changed, as they end up. */
  alerts: AlertRecord[];
  /** Events to keep in the unbound list. */
  unbound: { event: MonitoringEvent; reason: string }[];
  /** One status change per entity whose alerts' verdict changed, in the order first touched. */
  statuses: StatusPlan[];
}

/**
 * Applies a batch of bound events, in order, to what is known, and says what to store. An event
 * without its own binding (a resolve that carries only its key) follows its alert's entity. Per
 * entity the worst open alert wins and UP comes back only when all are resolved; a status changes
 * only when that verdict changes, so an info alert does not undo a person's DOWN, and an entity in
 * MAINTENANCE keeps it. Pure: the caller reads `before` and writes the plan.
 */
export function planEvents(batch: readonly BoundEvent[], before: EventsBefore, severities: SeverityStates): EventPlan {
  const alerts = new Map(before.alerts);
  const changed = new Map<string, AlertRecord>();
  /** Entity -> the last event that changed one of its alerts. */
  const touched = new Map<string, MonitoringEvent>();
  const plan: EventPlan = { outcomes: [], alerts: [], unbound: [], statuses: [] };
  const verdictBefore = new Map<string, ReturnType<typeof worstState>>();
  const verdictOf = (entityId: string) => worstState([...alerts.values()].filter((a) => a.entityId === entityId && a.open).map((a) => a.state));
  const touch = (entityId: string, event: MonitoringEvent) => {
    if (!verdictBefore.has(entityId)) verdictBefore.set(entityId, verdictOf(entityId));
    touched.set(entityId, event);
  };

  for (const { event, binding } of batch) {
    const previous = alerts.get(event.key);
    const entityId = binding.entityId ?? previous?.entityId ?? null;
    const outcome = (result: EventOutcome, reason: string | null = null) => plan.outcomes.push({ key: event.key, entityId, outcome: result, reason });
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
    touch(entityId, event);
    // A rule changed since the alert fired: the entity it was bound to has lost it.
    if (previous && previous.entityId !== entityId) touch(previous.entityId, event);
    const maintenance = before.statuses.get(entityId) === 'MAINTENANCE';
    record({
      key: event.key,
      source: event.source,
      entityId,
      open,
      acknowledged: open && previous?.open === true ? previous.acknowledged : false,
      severity: open ? event.severity : (previous?.severity ?? event.severity),
      state: open ? state : (previous?.state ?? null),
      summary: event.summary,
      labels: JSON.stringify(Object.keys(event.labels).length > 0 || !previous ? event.labels : JSON.parse(previous.labels)),
      startsAt: open && !previous?.open ? event.at : (previous?.startsAt ?? event.at),
      lastAt: event.at,
      duringMaintenance: maintenance,
    });
    outcome(maintenance ? 'MAINTENANCE' : 'APPLIED');
  }

  for (const [entityId, last] of touched) {
    const current = before.statuses.get(entityId) ?? 'UP';
    const verdict = verdictOf(entityId);
    if (current === 'MAINTENANCE' || verdict === verdictBefore.get(entityId) || verdict === current) continue;
    // The reason names the alert that decides the state (the newest of the worst), or the last resolution.
    const deciding = [...alerts.values()]
      .filter((a) => a.entityId === entityId && a.open && a.state === verdict)
      .sort((a, b) => Date.parse(b.lastAt) - Date.parse(a.lastAt))[0];
    const reason = deciding ? reasonOf(deciding.source, deciding.summary, deciding.severity, 'firing', deciding.key) : reasonOf(last.source, last.summary, last.severity, 'resolved', last.key);
    plan.statuses.push({ entityId, state: verdict, reason, source: deciding?.source ?? last.source });
  }
  plan.alerts = [...changed.values()];
  return plan;

  function record(alert: AlertRecord) {
    alerts.set(alert.key, alert);
    changed.set(alert.key, alert);
  }
}

/** A status change's reason: what monitoring said, short enough for a history line. */
function reasonOf(source: string, summary: string, severity: string | null, what: 'firing' | 'resolved', key: string): string {
  return `${source}: ${summary}${severity ? ` (${severity})` : ''} ${what} [${key}]`.slice(0, 500);
}
