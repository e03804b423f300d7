import { AlertRecord } from '../../src/domain/events/alertRecord';
import { MonitoringEvent } from '../../src/domain/events/monitoringEvent';
import { BoundEvent, EventsBefore, planEvents } from '../../src/domain/events/planEvents';
import { DEFAULT_SEVERITY_STATES } from '../../src/domain/events/severityStates';
import { Status } from '../../src/domain/status';

const T0 = '2026-12-01T10:00:00.000Z';
const T1 = '2026-12-01T10:01:00.000Z';
const T2 = '2026-12-01T10:02:00.000Z';

/** An event bound to `entity` (null: unbound, or following its alert's entity). */
function ev(key: string, action: MonitoringEvent['action'], severity: string | null, at: string, entity: string | null = 'rtr-1'): BoundEvent {
  return {
    event: { key, source: 'alertmanager', action, severity, entityId: entity, labels: { alertname: key }, summary: `${key} summary`, at },
    binding: { entityId: entity, via: entity ? 'cascade_id' : null, value: entity, reason: entity ? null : 'no rule' },
  };
}
const fire = (key: string, severity: string, at = T1, entity: string | null = 'rtr-1') => ev(key, 'trigger', severity, at, entity);
const resolve = (key: string, at = T2, entity: string | null = 'rtr-1') => ev(key, 'resolve', null, at, entity);
const ack = (key: string, at = T2) => ev(key, 'acknowledge', null, at, null);

/** A stored alert, open unless said otherwise. */
function known(key: string, severity: string, state: AlertRecord['state'], overrides: Partial<AlertRecord> = {}): AlertRecord {
  return {
    key, source: 'alertmanager', entityId: 'rtr-1', open: true, acknowledged: false, severity, state, summary: `${key} summary`,
    labels: '{}', startsAt: T0, lastAt: T0, duringMaintenance: false, ...overrides,
  };
}
function before(alerts: AlertRecord[] = [], statuses: Record<string, Status> = {}): EventsBefore {
  return { alerts: new Map(alerts.map((a) => [a.key, a])), statuses: new Map(Object.entries(statuses)) };
}
const plan = (batch: BoundEvent[], was: EventsBefore = before()) => planEvents(batch, was, DEFAULT_SEVERITY_STATES);
const statusOf = (batch: BoundEvent[], was?: EventsBefore) => plan(batch, was).statuses.map((s) => `${s.entityId}:${s.state}`);
const outcomes = (batch: BoundEvent[], was?: EventsBefore) => plan(batch, was).outcomes.map((o) => o.outcome);

describe('events and the status of their entity', () => {
  test.each([
    ['a critical alert takes it DOWN', [fire('a', 'critical')], before(), ['rtr-1:DOWN']],
    ['an error alert takes it DOWN', [fire('a', 'error')], before(), ['rtr-1:DOWN']],
    ['a warning degrades it', [fire('a', 'warning')], before(), ['rtr-1:DEGRADED']],
    ['an info alert changes nothing', [fire('a', 'info')], before(), []],
    ['the worst open alert wins, in any order', [fire('a', 'critical'), fire('b', 'warning')], before(), ['rtr-1:DOWN']],
    ['a warning beside an open critical changes nothing', [fire('b', 'warning')], before([known('a', 'critical', 'DOWN')], { 'rtr-1': 'DOWN' }), []],
    ['resolving the critical leaves the open warning', [resolve('a')], before([known('a', 'critical', 'DOWN'), known('b', 'warning', 'DEGRADED')], { 'rtr-1': 'DOWN' }), ['rtr-1:DEGRADED']],
    ['UP only when the last alert resolves', [resolve('a'), resolve('b')], before([known('a', 'critical', 'DOWN'), known('b', 'warning', 'DEGRADED')], { 'rtr-1': 'DOWN' }), ['rtr-1:UP']],
    ['a resolve with only its key follows its alert\'s entity', [resolve('a', T2, null)], before([known('a', 'critical', 'DOWN')], { 'rtr-1': 'DOWN' }), ['rtr-1:UP']],
    ['fired and resolved in one batch: no change', [fire('a', 'critical'), resolve('a')], before(), []],
    ['an info alert does not undo a person\'s DOWN', [fire('a', 'info')], before([], { 'rtr-1': 'DOWN' }), []],
    ['an info alert resolving does not undo a person\'s DOWN', [resolve('a')], before([known('a', 'info', null)], { 'rtr-1': 'DOWN' }), []],
    ['a new alert sets the verdict even where older open alerts already said it (the status was put back by hand)', [fire('b', 'critical')], before([known('a', 'critical', 'DOWN')], { 'rtr-1': 'UP' }), ['rtr-1:DOWN']],
    ['already in the state monitoring says: no change recorded', [fire('a', 'critical')], before([], { 'rtr-1': 'DOWN' }), []],
    ['one change per entity for several entities', [fire('a', 'critical'), fire('b', 'critical', T1, 'rtr-2')], before(), ['rtr-1:DOWN', 'rtr-2:DOWN']],
    ['an entity in MAINTENANCE keeps it', [fire('a', 'critical')], before([], { 'rtr-1': 'MAINTENANCE' }), []],
    ['an alert that moved to another entity (a rule changed) leaves the first', [fire('a', 'critical', T1, 'rtr-2')], before([known('a', 'critical', 'DOWN')], { 'rtr-1': 'DOWN' }), ['rtr-2:DOWN', 'rtr-1:UP']],
  ])('%s', (_case, batch, was, expected) => {
    expect(statusOf(batch, was)).toEqual(expected);
  });
});

describe('what becomes of each event', () => {
  test.each([
    ['new alerts are applied', [fire('a', 'critical'), fire('b', 'warning')], before(), ['APPLIED', 'APPLIED']],
    ['the same alert again (same key and state) is a duplicate', [fire('a', 'critical'), fire('a', 'critical')], before(), ['APPLIED', 'DUPLICATE']],
    ['a resend of a known open alert is a duplicate', [fire('a', 'critical', T0)], before([known('a', 'critical', 'DOWN')]), ['DUPLICATE']],
    ['a resolve of a resolved alert is a duplicate', [resolve('a')], before([known('a', 'critical', 'DOWN', { open: false, lastAt: T2 })]), ['DUPLICATE']],
    ['a resolve of an alert never seen is a duplicate', [resolve('a')], before(), ['DUPLICATE']],
    ['a resolve older than the firing it answers is stale', [resolve('a', T0)], before([known('a', 'critical', 'DOWN', { lastAt: T1 })]), ['STALE']],
    ['a firing older than the resolve already applied is stale', [fire('a', 'critical', T0)], before([known('a', 'critical', 'DOWN', { open: false, lastAt: T1 })]), ['STALE']],
    ['firing again after a resolve is applied', [fire('a', 'critical', T2)], before([known('a', 'critical', 'DOWN', { open: false, lastAt: T1 })]), ['APPLIED']],
    ['a severity change of an open alert is applied', [fire('a', 'critical', T1)], before([known('a', 'warning', 'DEGRADED')]), ['APPLIED']],
    ['an unbound event is kept as unbound', [fire('a', 'critical', T1, null)], before(), ['UNBOUND']],
    ['a resolve that binds nowhere and closes nothing is a duplicate, not unbound', [resolve('a', T2, null)], before(), ['DUPLICATE']],
    ['an alert on an entity in maintenance is recorded apart', [fire('a', 'critical')], before([], { 'rtr-1': 'MAINTENANCE' }), ['MAINTENANCE']],
    ['an acknowledge marks an open alert', [ack('a')], before([known('a', 'critical', 'DOWN')]), ['ACKNOWLEDGED']],
    ['acknowledging twice is a duplicate', [ack('a'), ack('a')], before([known('a', 'critical', 'DOWN')]), ['ACKNOWLEDGED', 'DUPLICATE']],
    ['acknowledging a resolved alert is stale', [ack('a')], before([known('a', 'critical', 'DOWN', { open: false })]), ['STALE']],
  ])('%s', (_case, batch, was, expected) => {
    expect(outcomes(batch, was)).toEqual(expected);
  });

  test('records keep when an alert began firing, and the time of its last event', () => {
    const result = plan([fire('a', 'critical', T1), resolve('a', T2)]);
    expect(result.alerts).toEqual([expect.objectContaining({ key: 'a', open: false, startsAt: T1, lastAt: T2, state: 'DOWN' })]);
  });

  test('the reason names the alert that decides the state', () => {
    const result = plan([fire('a', 'critical', T1), fire('b', 'warning', T2)]);
    expect(result.statuses).toEqual([{ entityId: 'rtr-1', state: 'DOWN', source: 'alertmanager', reason: 'alertmanager: a summary (critical) firing [a]', incidentId: null }]);
  });

  test('unbound events are kept with why', () => {
    expect(plan([fire('a', 'critical', T1, null)]).unbound).toEqual([{ event: expect.objectContaining({ key: 'a' }), reason: 'no rule' }]);
  });
});
