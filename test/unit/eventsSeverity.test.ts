import { DEFAULT_SEVERITY_STATES, parseSeverityStates, stateOfSeverity, worstState } from '../../src/domain/events/severityStates';
import { Problem } from '../../src/domain/errors';

describe('severity to state', () => {
  test.each([
    ['critical', 'DOWN'],
    ['error', 'DOWN'],
    ['warning', 'DEGRADED'],
    ['info', null],
    ['page', 'DEGRADED'],
    [null, 'DEGRADED'],
  ])('by default %s gives %s', (severity, state) => {
    expect(stateOfSeverity(severity, DEFAULT_SEVERITY_STATES)).toBe(state);
  });

  test('a table from text changes what it names and keeps the rest', () => {
    const problems: Problem[] = [];
    const table = parseSeverityStates('warning=DOWN, info=DEGRADED, *=NONE', 'severities', problems);
    expect(problems).toEqual([]);
    expect([stateOfSeverity('warning', table), stateOfSeverity('info', table), stateOfSeverity('critical', table), stateOfSeverity('other', table)]).toEqual(['DOWN', 'DEGRADED', 'DOWN', null]);
  });

  test.each(['warning=BROKEN', 'Warning=DOWN', 'warning'])('"%s" is a problem', (text) => {
    const problems: Problem[] = [];
    parseSeverityStates(text, 'severities', problems);
    expect(problems).toHaveLength(1);
  });

  test.each([
    [[], 'UP'],
    [[null], 'UP'],
    [['DEGRADED', null], 'DEGRADED'],
    [['DEGRADED', 'DOWN', 'DEGRADED'], 'DOWN'],
  ] as const)('the worst of %j is %s', (states, expected) => {
    expect(worstState(states)).toBe(expected);
  });
});
