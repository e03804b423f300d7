import { AlertRecord } from '../../src/domain/events/alertRecord';
import { MonitoringEvent } from '../../src/domain/events/monitoringEvent';
import { QueuedBatch, planBatches } from '../../src/domain/events/planBatches';
import { BoundEvent, EventPlan, EventsBefore, HoldDown, planEvents } from '../../src/domain/events/planEvents';
import { DEFAULT_SEVERITY_STATES } from '../../src/domain/events/severityStates';
import { StatusHold } from '../../src/domain/events/statusHold';
import { Status } from '../../src/domain/status';

/**
 * Batches that queued behind one another and are applied together (one read, one write) leave the
 * same statuses, history, alerts, unbound events and holds, and answer each request the same, as
 * the same batches applied one at a time. Both sides run against an in-memory copy of what the
 * statements read and write (eventsBefore, setStatuses, recordAlerts, recordStatusHolds,
 * recordUnboundEvents), started from the same state.
 */
const T0 = '2026-12-01T10:00:00.000Z';
const T1 = '2026-12-01T10:01:00.000Z';
const T2 = '2026-12-01T10:02:00.000Z';
const T3 = '2026-12-01T10:03:00.000Z';
const HOLD: HoldDown = { ms: 5 * 60_000, now: '2026-12-01T10:04:00.000Z' };
/** Returns applied at once: they change the status, so a later batch on the entity starts a new round. */
const AT_ONCE: HoldDown = { ms: 0, now: HOLD.now };

function ev(key: string, action: MonitoringEvent['action'], severity: string | null, at: string, entity: string | null): BoundEvent {
  return {
    event: { key, source: 'alertmanager', action, severity, entityId: entity, labels: { alertname: key }, summary: `${key} summary`, at },
    binding: { entityId: entity, via: entity ? 'cascade_id' : null, value: entity, reason: entity ? null : 'no rule' },
  };
}
const fire = (key: string, severity: string, at: string, entity: string | null = 'rtr-1') => ev(key, 'trigger', severity, at, entity);
const resolve = (key: string, at: string, entity: string | null = 'rtr-1') => ev(key, 'resolve', null, at, entity);
const ack = (key: string, at: string) => ev(key, 'acknowledge', null, at, null);
const batch = (events: BoundEvent[], by = 'apikey:monitor'): QueuedBatch => ({ events, by });

function known(key: string, severity: string, state: AlertRecord['state'], overrides: Partial<AlertRecord> = {}): AlertRecord {
  return {
    key, source: 'alertmanager', entityId: 'rtr-1', open: true, acknowledged: false, severity, state, summary: `${key} summary`,
    labels: '{}', startsAt: T0, lastAt: T0, duringMaintenance: false, incidentId: null, ...overrides,
  };
}

/** What the graph holds of live state, as the event statements see it. */
interface World {
  alerts: Map<string, AlertRecord>;
  statuses: Map<string, Status>;
  history: { entityId: string; state: Status; previous: Status; reason: string; by: string }[];
  unbound: Map<string, { reason: string; count: number }>;
  holds: Map<string, StatusHold>;
}

function world(alerts: AlertRecord[] = [], statuses: Record<string, Status> = {}, holds: StatusHold[] = []): World {
  return {
    alerts: new Map(alerts.map((a) => [a.key, a])),
    statuses: new Map(Object.entries(statuses)),
    history: [],
    unbound: new Map(),
    holds: new Map(holds.map((h) => [h.entityId, h])),
  };
}

function copy(w: World): World {
  return { alerts: new Map(w.alerts), statuses: new Map(w.statuses), history: [...w.history], unbound: new Map(w.unbound), holds: new Map(w.holds) };
}

/** eventsBefore: the alerts of the keys, the open alerts and the statuses (not UP) of the entities involved. */
function readBefore(w: World, batches: readonly QueuedBatch[]): EventsBefore & { held: Set<string> } {
  const events = batches.flatMap((b) => b.events);
  const keys = new Set(events.map((e) => e.event.key));
  const entities = new Set(events.map((e) => e.binding.entityId).filter((id): id is string => id !== null));
  for (const key of keys) if (w.alerts.has(key)) entities.add(w.alerts.get(key)!.entityId);
  const alerts = [...w.alerts.values()].filter((a) => keys.has(a.key) || (a.open && entities.has(a.entityId)));
  return {
    alerts: new Map(alerts.map((a) => [a.key, a])),
    statuses: new Map([...w.statuses].filter(([id, state]) => entities.has(id) && state !== 'UP')),
    held: new Set([...w.holds.keys()].filter((id) => entities.has(id))),
  };
}

function setStatuses(w: World, changes: readonly { entityId: string; state: Status; reason: string }[], by: string): void {
  for (const c of changes) {
    w.history.push({ entityId: c.entityId, state: c.state, previous: w.statuses.get(c.entityId) ?? 'UP', reason: c.reason, by });
    w.statuses.set(c.entityId, c.state);
  }
}

function recordAlerts(w: World, alerts: readonly AlertRecord[]): void {
  for (const a of alerts) {
    w.alerts.set(a.key, a);
    w.unbound.delete(a.key);
  }
}

function recordHolds(w: World, holds: readonly StatusHold[], unheld: readonly string[]): void {
  for (const id of unheld) w.holds.delete(id);
  for (const h of holds) w.holds.set(h.entityId, h);
}

function recordUnbound(w: World, unbound: readonly { event: MonitoringEvent; reason: string; times?: number }[]): void {
  for (const u of unbound) w.unbound.set(u.event.key, { reason: u.reason, count: (w.unbound.get(u.event.key)?.count ?? 0) + (u.times ?? 1) });
}

/** As EventService applied a batch before: its own read, plan and write. */
function oneByOne(start: World, batches: readonly QueuedBatch[], holdDown: HoldDown): { world: World; answers: EventPlan[] } {
  const w = copy(start);
  const answers = batches.map((b) => {
    const plan = planEvents(b.events, readBefore(w, [b]), DEFAULT_SEVERITY_STATES, holdDown);
    setStatuses(w, plan.statuses, b.by);
    recordAlerts(w, plan.alerts);
    recordHolds(w, plan.holds.map((h) => ({ ...h, by: b.by })), plan.unheld);
    recordUnbound(w, plan.unbound);
    return plan;
  });
  return { world: w, answers };
}

/** As EventService applies a queue's rounds now: one read and one write for as many batches as planBatches takes. */
function together(start: World, batches: readonly QueuedBatch[], holdDown: HoldDown = HOLD): { world: World; answers: EventPlan[]; rounds: number } {
  const w = copy(start);
  const answers: EventPlan[] = [];
  let rounds = 0;
  for (let rest = batches; rest.length > 0; rounds += 1) {
    const known = readBefore(w, rest);
    const { plans, write } = planBatches(rest, known, DEFAULT_SEVERITY_STATES, holdDown);
    expect(plans.length).toBeGreaterThan(0);
    plans.forEach((plan, i) => setStatuses(w, plan.statuses, rest[i].by));
    recordAlerts(w, write.alerts);
    recordHolds(w, write.holds, write.unheld.filter((id) => known.held.has(id)));
    recordUnbound(w, write.unbound);
    answers.push(...plans);
    rest = rest.slice(plans.length);
  }
  return { world: w, answers, rounds };
}

/** History compared per entity, in order: a round writes its entities' changes in one statement per author. */
function historyByEntity(w: World): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const h of w.history) (out[h.entityId] ??= []).push(`${h.previous}->${h.state} by ${h.by}: ${h.reason}`);
  return out;
}

/** Name, the state before, the batches in queue order, how many rounds they take, and the hold-down (default five minutes). */
const CASES: [string, World, QueuedBatch[], number, HoldDown?][] = [
  ['batches on different entities go in one round', world(), [batch([fire('a', 'critical', T1)]), batch([fire('b', 'warning', T1, 'rtr-2')]), batch([fire('c', 'critical', T1, 'rtr-3')])], 1],
  ['a firing and its resolution in consecutive batches: the second waits for a round of its own', world(), [batch([fire('a', 'critical', T1)]), batch([resolve('a', T2)])], 2, AT_ONCE],
  ['a notification sent twice (Alertmanager repeats a group): the second copy is all duplicates', world(),
    [batch([fire('a', 'critical', T1), fire('b', 'critical', T1, 'rtr-2')]), batch([fire('a', 'critical', T1), fire('b', 'critical', T1, 'rtr-2')])], 1],
  ['a firing older than a resolution applied in an earlier batch is stale', world([known('a', 'critical', 'DOWN')], { 'rtr-1': 'DOWN' }),
    [batch([resolve('a', T2)]), batch([fire('a', 'critical', T1)])], 1],
  ['a warning, then a critical on the same entity: DEGRADED, then DOWN', world(), [batch([fire('a', 'warning', T1)]), batch([fire('b', 'critical', T2)])], 2],
  ['the worst open alert wins across batches: resolving the critical leaves the warning', world(),
    [batch([fire('a', 'warning', T1), fire('b', 'critical', T1)]), batch([resolve('b', T2)]), batch([resolve('a', T3)])], 3, AT_ONCE],
  ['an entity in MAINTENANCE keeps it, its alerts recorded apart', world([], { 'rtr-1': 'MAINTENANCE' }),
    [batch([fire('a', 'critical', T1)]), batch([resolve('a', T2), fire('b', 'critical', T1, 'rtr-2')])], 1],
  ['an event unbound, then bound in a later batch (a rule came): the unbound entry goes', world(),
    [batch([fire('a', 'critical', T1, null)]), batch([fire('a', 'critical', T2)])], 1],
  ['an event bound, then unbound in a later batch (a rule went): the entry is new, counted once', world(),
    [batch([fire('a', 'critical', T1)]), batch([fire('a', 'critical', T2, null)])], 1],
  ['an unbound key in several batches is counted each time', world(),
    [batch([fire('x', 'critical', T1, null)]), batch([fire('x', 'critical', T1, null)]), batch([fire('x', 'critical', T2, null)])], 1],
  ['one batch with the same key unbound and then bound keeps it unbound, as its write does', world(),
    [batch([fire('x', 'critical', T1, null), fire('x', 'critical', T2)]), batch([fire('y', 'critical', T1, 'rtr-2')])], 1],
  ['a resolution held by the hold-down, then a firing that cancels the hold', world([known('a', 'critical', 'DOWN')], { 'rtr-1': 'DOWN' }),
    [batch([resolve('a', T2)]), batch([fire('a', 'critical', T3)])], 1],
  ['a failure, then its return held, by another monitoring key: the hold is that key\'s', world(),
    [batch([fire('a', 'critical', T1)], 'apikey:prometheus'), batch([resolve('a', T2)], 'apikey:synthetics')], 1],
  ['a hold made earlier, dropped by a batch and made again by the next', world([known('a', 'critical', 'DOWN', { open: false, lastAt: T1 })], { 'rtr-1': 'DOWN' },
    [{ entityId: 'rtr-1', from: 'DOWN', state: 'UP', until: '2026-12-01T10:06:00.000Z', reason: 'held', source: 'alertmanager', by: 'apikey:old' }]),
    [batch([fire('a', 'critical', T2)]), batch([resolve('a', T3)])], 1],
  ['authors per batch: each change is its request\'s identity\'s', world(),
    [batch([fire('a', 'critical', T1)], 'apikey:prometheus'), batch([fire('b', 'critical', T1, 'rtr-2')], 'apikey:synthetics')], 1],
  ['an acknowledge of an alert fired in an earlier batch', world(), [batch([fire('a', 'critical', T1)]), batch([ack('a', T2)]), batch([ack('a', T2)])], 1],
  ['a resolution that carries only its key follows the alert an earlier batch fired', world(), [batch([fire('a', 'critical', T1)]), batch([resolve('a', T2, null)])], 2, AT_ONCE],
  ['an alert moved to another entity by a later batch (a rule changed) leaves the first', world(),
    [batch([fire('a', 'critical', T1)]), batch([fire('a', 'critical', T2, 'rtr-2')])], 2, AT_ONCE],
  ['a resolve of an alert never seen, after batches that did not fire it', world(), [batch([fire('a', 'critical', T1)]), batch([resolve('z', T2)])], 1],
];

describe('batches applied together are applied as one by one', () => {
  test.each(CASES)('%s', (_case, start, batches, rounds, holdDown = HOLD) => {
    const alone = oneByOne(start, batches, holdDown);
    const joint = together(start, batches, holdDown);
    expect(joint.rounds).toBe(rounds);
    expect(joint.answers.map((p) => ({ outcomes: p.outcomes, statuses: p.statuses, holds: p.holds }))).toEqual(
      alone.answers.map((p) => ({ outcomes: p.outcomes, statuses: p.statuses, holds: p.holds })),
    );
    expect(historyByEntity(joint.world)).toEqual(historyByEntity(alone.world));
    expect(Object.fromEntries(joint.world.statuses)).toEqual(Object.fromEntries(alone.world.statuses));
    expect(Object.fromEntries(joint.world.alerts)).toEqual(Object.fromEntries(alone.world.alerts));
    expect(Object.fromEntries(joint.world.unbound)).toEqual(Object.fromEntries(alone.world.unbound));
    expect(Object.fromEntries(joint.world.holds)).toEqual(Object.fromEntries(alone.world.holds));
  });
});

describe('what the cases exercise', () => {
  test.each([
    ['the repeat of a notification', 2, (plans: EventPlan[]) => plans[1].outcomes.map((o) => o.outcome), ['DUPLICATE', 'DUPLICATE']],
    ['the stale firing', 3, (plans: EventPlan[]) => plans[1].outcomes.map((o) => o.outcome), ['STALE']],
    ['the maintenance', 6, (plans: EventPlan[]) => plans.flatMap((p) => p.outcomes.map((o) => o.outcome)), ['MAINTENANCE', 'MAINTENANCE', 'APPLIED']],
    ['the held return', 11, (plans: EventPlan[]) => plans.map((p) => p.holds.length), [1, 0]],
    ['the acknowledges', 15, (plans: EventPlan[]) => plans.flatMap((p) => p.outcomes.map((o) => o.outcome)), ['APPLIED', 'ACKNOWLEDGED', 'DUPLICATE']],
  ] as const)('%s', (_what, index, pick, expected) => {
    const [, start, batches] = CASES[index];
    expect(pick(together(start, batches).answers)).toEqual(expected);
  });

  test('the unbound counts', () => {
    const [, start, batches] = CASES[9];
    expect(together(start, batches).world.unbound.get('x')?.count).toBe(3);
  });
});
