import { alertmanagerEvents } from '../../src/domain/events/alertmanagerEvents';
import { genericEvents } from '../../src/domain/events/genericEvents';

const NOW = '2026-12-01T10:00:00.000Z';

/** An alert as Alertmanager 0.27 sends it in a webhook notification. */
function alert(overrides: Record<string, unknown> = {}) {
  return {
    status: 'firing',
    labels: { alertname: 'InstanceDown', cascade_id: 'isp.core-rtr-1', severity: 'critical', instance: 'hbc1-cr1:9100' },
    annotations: { summary: 'hbc1-cr1 does not answer' },
    startsAt: '2026-12-01T09:58:00.123456789Z',
    endsAt: '0001-01-01T00:00:00Z',
    generatorURL: 'http://prometheus:9090/graph',
    fingerprint: 'a1b2c3d4e5f60718',
    ...overrides,
  };
}
const notification = (alerts: unknown[], overrides: Record<string, unknown> = {}) => ({
  version: '4', groupKey: '{}:{alertname="InstanceDown"}', truncatedAlerts: 0, status: 'firing', receiver: 'cascade',
  groupLabels: {}, commonLabels: {}, commonAnnotations: {}, externalURL: 'http://alertmanager:9093', alerts, ...overrides,
});

describe('Alertmanager webhook notifications become events', () => {
  test('a firing alert is a trigger at its startsAt, keyed by its fingerprint, naming its cascade_id', () => {
    expect(alertmanagerEvents(notification([alert()]))).toEqual({
      problems: [],
      events: [{
        key: 'alertmanager:a1b2c3d4e5f60718', source: 'alertmanager', action: 'trigger', severity: 'critical', entityId: 'isp.core-rtr-1',
        labels: alert().labels, summary: 'hbc1-cr1 does not answer', at: '2026-12-01T09:58:00.123Z',
      }],
    });
  });

  test.each([
    ['a resolved alert is a resolve at its endsAt', { status: 'resolved', endsAt: '2026-12-01T10:05:00Z' }, { action: 'resolve', at: '2026-12-01T10:05:00.000Z' }],
    ['no cascade_id: bound later by rules', { labels: { alertname: 'X', instance: 'a:1' } }, { entityId: null, severity: null, summary: 'hbc1-cr1 does not answer' }],
    ['no summary: the description, then the alert name', { annotations: {} }, { summary: 'InstanceDown' }],
    ['severity is compared in lower case', { labels: { alertname: 'X', severity: 'Warning' } }, { severity: 'warning' }],
  ])('%s', (_case, overrides, expected) => {
    const { events, problems } = alertmanagerEvents(notification([alert(overrides)]));
    expect(problems).toEqual([]);
    expect(events[0]).toMatchObject(expected);
  });

  test.each([
    ['not an object', 'hello', ''],
    ['another payload version', notification([alert()], { version: '3' }), 'version'],
    ['no alerts list', notification([], { alerts: undefined }), 'alerts'],
    ['an alert that is not an object', notification([7]), 'alerts[0]'],
    ['an unknown alert status', notification([alert({ status: 'pending' })]), 'alerts[0].status'],
    ['a label value that is not a string', notification([alert({ labels: { alertname: 3 } })]), 'alerts[0].labels.alertname'],
    ['no fingerprint', notification([alert({ fingerprint: undefined })]), 'alerts[0].fingerprint'],
    ['a startsAt that is no date', notification([alert({ startsAt: 'yesterday' })]), 'alerts[0].startsAt'],
    ['a resolved alert without endsAt', notification([alert({ status: 'resolved', endsAt: undefined })]), 'alerts[0].endsAt'],
    ['over 1,000 alerts', notification(Array.from({ length: 1001 }, () => alert())), 'alerts'],
  ])('%s refuses the whole notification', (_case, body, path) => {
    const { events, problems } = alertmanagerEvents(body);
    expect(events).toEqual([]);
    expect(problems.map((p) => p.path)).toContain(path);
  });

  test('one bad alert among good ones refuses them all, naming each problem', () => {
    const { events, problems } = alertmanagerEvents(notification([alert(), alert({ status: 'x' }), alert({ startsAt: 1 })]));
    expect(events).toEqual([]);
    expect(problems.map((p) => p.path)).toEqual(['alerts[1].status', 'alerts[2].startsAt']);
  });
});

describe('generic events (PagerDuty Events v2 in spirit) become events', () => {
  const trigger = { source: 'zabbix', dedupKey: 'zbx-42', severity: 'error', action: 'trigger', resource: { id: 'bank.web-1' }, summary: 'HTTP 500s', timestamp: '2026-12-01T09:00:00+01:00' };

  test('a single trigger', () => {
    expect(genericEvents(trigger, NOW)).toEqual({
      problems: [],
      events: [{ key: 'zbx-42', source: 'zabbix', action: 'trigger', severity: 'error', entityId: 'bank.web-1', labels: {}, summary: 'HTTP 500s', at: '2026-12-01T08:00:00.000Z' }],
    });
  });

  test.each([
    ['a list', [trigger, { ...trigger, dedupKey: 'zbx-43' }], 2],
    ['{events: [...]}', { events: [trigger, trigger, trigger] }, 3],
  ])('a batch as %s', (_case, body, count) => {
    expect(genericEvents(body, NOW).events).toHaveLength(count);
  });

  test.each([
    ['labels instead of an id', { ...trigger, resource: { labels: { hostname: 'hbc1-cr1' } } }, { entityId: null, labels: { hostname: 'hbc1-cr1' } }],
    ['a cascade_id label names the entity', { ...trigger, resource: { labels: { cascade_id: 'bank.db' } } }, { entityId: 'bank.db' }],
    ['no timestamp: the time it arrived', { ...trigger, timestamp: undefined }, { at: NOW }],
    ['no action: a trigger', { ...trigger, action: undefined }, { action: 'trigger' }],
    ['no dedupKey: keyed by source, resource and summary', { ...trigger, dedupKey: undefined }, { key: 'zabbix|bank.web-1|HTTP 500s' }],
    ['a resolve needs only its dedupKey', { action: 'resolve', dedupKey: 'zbx-42' }, { action: 'resolve', entityId: null, severity: null, source: null }],
  ])('%s', (_case, body, expected) => {
    const { events, problems } = genericEvents(body, NOW);
    expect(problems).toEqual([]);
    expect(events[0]).toMatchObject(expected);
  });

  test.each([
    ['a number', 5, ''],
    ['an empty batch', [], 'events'],
    ['over 1,000 events', Array.from({ length: 1001 }, () => trigger), 'events'],
    ['an unknown action', { ...trigger, action: 'snooze' }, 'action'],
    ['an unknown severity', { ...trigger, severity: 'fatal' }, 'severity'],
    ['a trigger without a source', { ...trigger, source: undefined }, 'source'],
    ['a trigger without a summary', { ...trigger, summary: ' ' }, 'summary'],
    ['a trigger without a resource', { ...trigger, resource: undefined }, 'resource'],
    ['a resource that is neither id nor labels', { ...trigger, resource: { host: 'x' } }, 'resource'],
    ['a resolve without a dedupKey', { action: 'resolve' }, 'dedupKey'],
    ['a timestamp without a zone', { ...trigger, timestamp: '2026-12-01T09:00:00' }, 'timestamp'],
    ['a bad event in a batch', [trigger, { ...trigger, severity: 'x' }], 'events[1].severity'],
  ])('%s is refused', (_case, body, path) => {
    const { events, problems } = genericEvents(body, NOW);
    expect(events).toEqual([]);
    expect(problems.map((p) => p.path)).toContain(path);
  });
});
