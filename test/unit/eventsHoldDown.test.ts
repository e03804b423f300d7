import { AlertRecord } from '../../src/domain/events/alertRecord';
import { MonitoringEvent } from '../../src/domain/events/monitoringEvent';
import { BoundEvent, EventsBefore, planEvents } from '../../src/domain/events/planEvents';
import { DEFAULT_SEVERITY_STATES } from '../../src/domain/events/severityStates';
import { StatusHold, releaseHolds } from '../../src/domain/events/statusHold';
import { Status } from '../../src/domain/status';

// Explicit instants, no clock: the hold-down is five minutes and "now" is given to each plan.
const HOLD = 5 * 60_000;
const T0 = '2026-12-01T10:00:00.000Z';
const T1 = '2026-12-01T10:01:00.000Z';
const T2 = '2026-12-01T10:02:00.000Z';
/** T2 plus the hold-down. */
const T2_HELD = '2026-12-01T10:07:00.000Z';
const LATER = '2026-12-01T11:00:00.000Z';

function ev(key: string, action: MonitoringEvent['action'], severity: string | null, at: string, entity = 'rtr-1'): BoundEvent {
  return {
    event: { key, source: 'alertmanager', action, severity, entityId: entity, labels: {}, summary: `${key} summary`, at },
    binding: { entityId: entity, via: 'cascade_id', value: entity, reason: null },
  };
}
const fire = (key: string, severity: string, at = T2) => ev(key, 'trigger', severity, at);
const resolve = (key: string, at = T2) => ev(key, 'resolve', null, at);
function known(key: string, state: AlertRecord['state'], open = true): AlertRecord {
  return {
    key, source: 'alertmanager', entityId: 'rtr-1', open, acknowledged: false, severity: state === 'DOWN' ? 'critical' : 'warning', state,
    summary: `${key} summary`, labels: '{}', startsAt: T0, lastAt: T1, duringMaintenance: false,
  };
}
function before(alerts: AlertRecord[], status: Status): EventsBefore {
  return { alerts: new Map(alerts.map((a) => [a.key, a])), statuses: new Map([['rtr-1', status]]) };
}
/** What a batch does: status changes, holds (state until), and whether earlier holds go. */
function planned(batch: BoundEvent[], was: EventsBefore, now: string, ms = HOLD) {
  const plan = planEvents(batch, was, DEFAULT_SEVERITY_STATES, { ms, now });
  return {
    statuses: plan.statuses.map((s) => s.state),
    holds: plan.holds.map((h) => `${h.from}->${h.state} until ${h.until}`),
    unheld: plan.unheld,
  };
}

describe('a better status waits out the hold-down', () => {
  test.each([
    ['the last alert resolving holds the return to UP from the resolution on',
      [resolve('a')], before([known('a', 'DOWN')], 'DOWN'), T2, { statuses: [], holds: [`DOWN->UP until ${T2_HELD}`], unheld: ['rtr-1'] }],
    ['a resolution whose hold-down has already passed (a late delivery, a replay) applies at once',
      [resolve('a')], before([known('a', 'DOWN')], 'DOWN'), LATER, { statuses: ['UP'], holds: [], unheld: ['rtr-1'] }],
    ['with no hold-down the return is applied at once',
      [resolve('a')], before([known('a', 'DOWN')], 'DOWN'), T2, { statuses: ['UP'], holds: [], unheld: ['rtr-1'] }, 0],
    ['DOWN to DEGRADED (the critical resolves, a warning stays) waits too',
      [resolve('a')], before([known('a', 'DOWN'), known('b', 'DEGRADED')], 'DOWN'), T2, { statuses: [], holds: [`DOWN->DEGRADED until ${T2_HELD}`], unheld: ['rtr-1'] }],
    ['firing again while the return is held: still DOWN, no change recorded, the hold goes',
      [fire('a', 'critical')], before([known('a', 'DOWN', false)], 'DOWN'), T2, { statuses: [], holds: [], unheld: ['rtr-1'] }],
    ['another alert firing while the return is held cancels it the same way',
      [fire('b', 'critical')], before([known('a', 'DOWN', false)], 'DOWN'), T2, { statuses: [], holds: [], unheld: ['rtr-1'] }],
    ['a failure is never held: UP to DOWN at once',
      [fire('a', 'critical')], before([], 'UP'), T2, { statuses: ['DOWN'], holds: [], unheld: ['rtr-1'] }],
    ['getting worse is never held: DEGRADED to DOWN at once',
      [fire('a', 'critical')], before([known('b', 'DEGRADED')], 'DEGRADED'), T2, { statuses: ['DOWN'], holds: [], unheld: ['rtr-1'] }],
    ['fired and resolved within one batch: nothing to hold',
      [fire('a', 'critical', T1), resolve('a', T2)], before([], 'UP'), T2, { statuses: [], holds: [], unheld: ['rtr-1'] }],
    ['an info alert leaves a held return alone',
      [fire('i', 'info')], before([known('a', 'DOWN', false)], 'DOWN'), T2, { statuses: [], holds: [], unheld: [] }],
    ['an entity in MAINTENANCE holds nothing',
      [resolve('a')], before([known('a', 'DOWN')], 'MAINTENANCE'), T2, { statuses: [], holds: [], unheld: [] }],
  ])('%s', (_case, batch, was, now, expected, ms = HOLD) => {
    expect(planned(batch, was, now, ms)).toEqual(expected);
  });

  test('a flapping alert (resolve, fire, resolve within the hold-down) records one DOWN and one hold, never an UP', () => {
    const plan = planned([fire('a', 'critical', T0), resolve('a', T1), fire('a', 'critical', '2026-12-01T10:01:30.000Z'), resolve('a', T2)], before([], 'UP'), T2);
    expect(plan).toEqual({ statuses: [], holds: [], unheld: ['rtr-1'] });
    const down = planned([fire('a', 'critical', T0)], before([], 'UP'), T0);
    expect(down.statuses).toEqual(['DOWN']);
    const flaps = planned([resolve('a', T1), fire('a', 'critical', '2026-12-01T10:01:30.000Z'), resolve('a', T2)], before([{ ...known('a', 'DOWN'), lastAt: T0 }], 'DOWN'), T2);
    expect(flaps).toEqual({ statuses: [], holds: [`DOWN->UP until ${T2_HELD}`], unheld: ['rtr-1'] });
  });
});

describe('due holds', () => {
  const hold = (from: Status, state: 'UP' | 'DEGRADED' = 'UP'): StatusHold => ({
    entityId: 'rtr-1', from, state, until: T2_HELD, reason: 'alertmanager: a summary (critical) resolved [a]', source: 'alertmanager', by: 'apikey:alertmanager',
  });
  test.each([
    ['no alert open: back UP, authored by the key whose event made it better', hold('DOWN'), [known('a', 'DOWN', false)], 'DOWN', [{ entityId: 'rtr-1', state: 'UP', by: 'apikey:alertmanager', source: 'alertmanager' }]],
    ['a warning still open: DEGRADED', hold('DOWN', 'DEGRADED'), [known('b', 'DEGRADED')], 'DOWN', [{ entityId: 'rtr-1', state: 'DEGRADED', by: 'apikey:alertmanager', source: 'alertmanager' }]],
    ['a warning opened since the hold to UP: DEGRADED, what the alerts say now', hold('DOWN'), [known('b', 'DEGRADED')], 'DOWN', [{ entityId: 'rtr-1', state: 'DEGRADED', by: 'apikey:alertmanager', source: 'alertmanager' }]],
    ['a critical open again: nothing (the hold is dropped)', hold('DOWN'), [known('a', 'DOWN')], 'DOWN', []],
    ['a person changed the status meanwhile: theirs stands', hold('DOWN'), [], 'MAINTENANCE', []],
    ['a person already put it UP: nothing to record', hold('DOWN'), [], 'UP', []],
  ] as const)('%s', (_case, due, open, status, expected) => {
    const released = releaseHolds([due], open, new Map([['rtr-1', status as Status]]));
    expect(released.map(({ entityId, state, by, source }) => ({ entityId, state, by, source }))).toEqual(expected);
  });

  test('a released change keeps the reason of the resolution that made it better', () => {
    expect(releaseHolds([hold('DOWN')], [], new Map([['rtr-1', 'DOWN']]))[0].reason).toBe('alertmanager: a summary (critical) resolved [a]');
  });
});
