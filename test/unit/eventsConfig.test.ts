import { readEventSettings } from '../../src/config';
import { stateOfSeverity } from '../../src/domain/events/severityStates';

describe('statuses from monitoring, as configured', () => {
  test.each([
    ['nothing set: the default table', {}, { critical: 'DOWN', warning: 'DEGRADED', info: null, page: 'DEGRADED' }],
    ['a warning taken as DOWN, unknown severities ignored', { CASCADE_EVENTS_SEVERITY_STATES: 'warning=DOWN,*=NONE' }, { critical: 'DOWN', warning: 'DOWN', info: null, page: null }],
    ['a severity of its own, spaces allowed', { CASCADE_EVENTS_SEVERITY_STATES: ' page = DOWN , info=DEGRADED ' }, { critical: 'DOWN', warning: 'DEGRADED', info: 'DEGRADED', page: 'DOWN' }],
    ['empty: the default table', { CASCADE_EVENTS_SEVERITY_STATES: '' }, { critical: 'DOWN', warning: 'DEGRADED', info: null, page: 'DEGRADED' }],
  ])('%s', (_case, env, expected) => {
    const { severities } = readEventSettings(env);
    expect(Object.fromEntries(Object.keys(expected).map((s) => [s, stateOfSeverity(s, severities)]))).toEqual(expected);
  });

  test.each([
    ['a state that is none of DOWN, DEGRADED, NONE', { CASCADE_EVENTS_SEVERITY_STATES: 'warning=BROKEN' }, 'CASCADE_EVENTS_SEVERITY_STATES: "warning=BROKEN" must be severity=DOWN, DEGRADED or NONE (lower-case severity, * for any other)'],
    ['an upper-case severity', { CASCADE_EVENTS_SEVERITY_STATES: 'Warning=DOWN' }, 'CASCADE_EVENTS_SEVERITY_STATES: "Warning=DOWN" must be'],
    ['an entry without a state, beside a good one', { CASCADE_EVENTS_SEVERITY_STATES: 'critical=DOWN,warning' }, 'CASCADE_EVENTS_SEVERITY_STATES: "warning" must be'],
    ['a negative hold-down', { CASCADE_EVENTS_HOLD_DOWN_SECONDS: '-1' }, 'CASCADE_EVENTS_HOLD_DOWN_SECONDS must be an integer between 0 and 86400, got "-1"'],
    ['a hold-down in minutes', { CASCADE_EVENTS_HOLD_DOWN_SECONDS: '5m' }, 'CASCADE_EVENTS_HOLD_DOWN_SECONDS must be an integer between 0 and 86400, got "5m"'],
  ])('%s stops the start with the variable named', (_case, env, message) => {
    expect(() => readEventSettings(env)).toThrow(message);
  });

  test.each([
    [{}, 0],
    [{ CASCADE_EVENTS_HOLD_DOWN_SECONDS: '0' }, 0],
    [{ CASCADE_EVENTS_HOLD_DOWN_SECONDS: '300' }, 300_000],
  ])('hold-down %j is %d ms', (env, ms) => {
    expect(readEventSettings(env).holdDownMs).toBe(ms);
  });
});
