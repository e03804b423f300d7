import { AlertRecord } from '../../src/domain/events/alertRecord';
import { alertsForIncident } from '../../src/domain/events/incidentAlerts';
import { BoundEvent, planEvents } from '../../src/domain/events/planEvents';
import { DEFAULT_SEVERITY_STATES } from '../../src/domain/events/severityStates';
import { Status } from '../../src/domain/status';

const T0 = '2026-12-01T10:00:00.000Z';
const T1 = '2026-12-01T10:01:00.000Z';

function known(key: string, entityId: string, open = true, incidentId: string | null = null): AlertRecord {
  return {
    key, source: 'alertmanager', entityId, open, acknowledged: false, severity: 'critical', state: 'DOWN', summary: `${key} summary`,
    labels: '{}', startsAt: T0, lastAt: T0, duringMaintenance: false, incidentId,
  };
}
const ALERTS = [known('a', 'rtr-1'), known('b', 'rtr-2'), known('c', 'rtr-2'), known('old', 'rtr-3', false)];

describe('the alerts an incident is opened from', () => {
  test.each([
    ['by key', ['a'], [], ['a'], []],
    ['by entity: all of its open alerts', [], ['rtr-2'], ['b', 'c'], []],
    ['by key and entity, each alert once', ['b'], ['rtr-2', 'rtr-1'], ['a', 'b', 'c'], []],
    ['nothing named', [], [], [], [{ path: 'alertKeys', message: 'name the alerts, by key (alertKeys) or by entity (entities)' }]],
    ['a resolved alert\'s key', ['a', 'old'], [], [], [{ path: 'alertKeys[1]', message: 'no open alert has the key "old"' }]],
    ['an unknown key', ['nope'], [], [], [{ path: 'alertKeys[0]', message: 'no open alert has the key "nope"' }]],
    ['an entity with no open alert', [], ['rtr-1', 'rtr-3'], [], [{ path: 'entities[1]', message: '"rtr-3" has no open alert' }]],
  ])('%s', (_case, keys, entities, expected, problems) => {
    const chosen = alertsForIncident(keys, entities, ALERTS);
    expect({ keys: [...chosen.keys].sort(), problems: chosen.problems }).toEqual({ keys: expected, problems });
  });

  test('more than 1,000 keys and entities together is a problem', () => {
    const keys = Array.from({ length: 1001 }, (_, i) => `k${i}`);
    expect(alertsForIncident(keys, [], []).problems[0]).toEqual({ path: 'alertKeys', message: 'at most 1000 keys and entities together' });
  });
});

describe('an alert of an incident keeps it in the status changes it makes', () => {
  const resolve = (key: string): BoundEvent => ({
    event: { key, source: 'alertmanager', action: 'resolve', severity: null, entityId: null, labels: {}, summary: '', at: T1 },
    binding: { entityId: null, via: null, value: null, reason: null },
  });
  const fire = (key: string): BoundEvent => ({
    event: { key, source: 'alertmanager', action: 'trigger', severity: 'critical', entityId: 'rtr-1', labels: {}, summary: 's', at: T1 },
    binding: { entityId: 'rtr-1', via: 'cascade_id', value: 'rtr-1', reason: null },
  });
  const before = (alerts: AlertRecord[], status: Status) => ({ alerts: new Map(alerts.map((a) => [a.key, a])), statuses: new Map([['rtr-1', status]]) });

  test.each([
    ['its resolution is the incident\'s', [resolve('a')], [known('a', 'rtr-1', true, 'INC-1')], 'DOWN', { change: 'UP INC-1', alert: 'INC-1' }],
    ['an alert of no incident makes changes of none', [resolve('a')], [known('a', 'rtr-1')], 'DOWN', { change: 'UP null', alert: null }],
    ['a new firing after the resolution is a new problem, of no incident', [fire('a')], [known('a', 'rtr-1', false, 'INC-1')], 'UP', { change: 'DOWN null', alert: null }],
  ] as const)('%s', (_case, batch, alerts, status, expected) => {
    const plan = planEvents(batch, before([...alerts], status), DEFAULT_SEVERITY_STATES);
    expect({ change: plan.statuses.map((s) => `${s.state} ${s.incidentId}`).join(), alert: plan.alerts[0].incidentId }).toEqual(expected);
  });
});
