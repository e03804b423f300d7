import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alertmanagerEvents } from '../../src/domain/events/alertmanagerEvents';

// The replay script is plain CommonJS so that it runs without a build.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { shifted, shiftToNow } = require('../../scripts/replayAlerts.js');
const stream = JSON.parse(readFileSync(join(__dirname, '../../examples/alerts/isp-core-outage.json'), 'utf8'));
const NOW = Date.parse('2026-12-02T08:00:00.000Z');

describe('the example alert stream (examples/alerts/isp-core-outage.json)', () => {
  const steps = shifted(stream, shiftToNow(stream, NOW));

  test.each([
    [0, ['trigger isp.core-rtr-1 2026-12-02T07:29:00.000Z']],
    [1, ['trigger isp.core-rtr-1 2026-12-02T07:29:00.000Z', 'trigger isp.core-rtr-2 2026-12-02T07:33:00.000Z']],
    [2, ['trigger isp.core-rtr-1 2026-12-02T07:29:00.000Z', 'resolve isp.core-rtr-2 2026-12-02T07:49:00.000Z']],
    [3, ['resolve isp.core-rtr-1 2026-12-02T08:00:00.000Z', 'resolve isp.core-rtr-2 2026-12-02T07:49:00.000Z']],
  ])('step %d is a notification Cascade reads, moved so the last event is now', (i, expected) => {
    const { events, problems } = alertmanagerEvents(steps[i].notification);
    expect(problems).toEqual([]);
    expect(events.map((e) => `${e.action} ${e.entityId} ${e.at}`)).toEqual(expected);
  });

  test('as recorded (no shift) it keeps the times of the file', () => {
    expect(alertmanagerEvents(shifted(stream, 0)[0].notification).events[0].at).toBe('2026-12-01T10:00:00.000Z');
  });
});
