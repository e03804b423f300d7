import { agreedGap, agreedLevelOfPercent } from '../../src/domain/availability/agreedGap';
import { AGREED_PERIODS, HOURS_PER_YEAR, agreedPeriodOf, periodHoursOf } from '../../src/domain/availability/agreedPeriod';
import { validateEntityInput } from '../../src/domain/validation/validateEntityInput';

describe('the period a service level is agreed over', () => {
  test.each([
    ['DAY', 24],
    ['WEEK', 168],
    ['MONTH', 730],
    ['QUARTER', 2190],
    ['YEAR', 8760],
  ])('%s lasts %d hours, an average over a 365-day year', (value, hours) => {
    expect(periodHoursOf(agreedPeriodOf(value))).toBe(hours);
  });

  test('twelve months, four quarters and one year each make the year exactly', () => {
    expect([12 * periodHoursOf('MONTH')!, 4 * periodHoursOf('QUARTER')!, periodHoursOf('YEAR')]).toEqual([HOURS_PER_YEAR, HOURS_PER_YEAR, HOURS_PER_YEAR]);
  });

  test.each([
    ['no value', null],
    ['nothing stored', undefined],
    ['lower case, as the API would refuse it', 'month'],
    ['a number of hours', 730],
    ['a word outside the list', 'FORTNIGHT'],
    ['padding', ' MONTH'],
  ])('reads %s as no period, never a guessed one', (_case, value) => {
    expect(agreedPeriodOf(value)).toBeNull();
    expect(periodHoursOf(agreedPeriodOf(value))).toBeNull();
  });
});

describe("a service level's period on write", () => {
  const problems = (changes: Record<string, unknown>) => validateEntityInput('ServiceLevel', 'sl', { name: 'SL', ...changes }, null);

  test.each(AGREED_PERIODS.map((period) => [period]))('accepts %s', (period) => {
    expect(problems({ metric: 'availability', target: 99.95, unit: '%', period })).toEqual([]);
  });

  test('accepts a level without a period, and clearing one', () => {
    expect(problems({ metric: 'time to restore service', target: 4, unit: 'h' })).toEqual([]);
    expect(problems({ period: null })).toEqual([]);
  });

  test.each([
    ['lower case', 'month'],
    ['a word outside the list', 'FORTNIGHT'],
    ['hours instead of a period', 730],
  ])('refuses %s, naming the field and the words it takes', (_case, period) => {
    expect(problems({ period })).toEqual([{ path: 'period', message: 'must be one of DAY, WEEK, MONTH, QUARTER, YEAR' }]);
  });
});

describe("a service's own availability target period on write", () => {
  const problems = (changes: Record<string, unknown>) => validateEntityInput('Service', 's', { name: 'S', availabilityTarget: 99.9, ...changes }, null);

  test.each([
    ['MONTH', []],
    ['QUARTER', []],
    [null, []],
    ['monthly', [{ path: 'availabilityTargetPeriod', message: 'must be one of DAY, WEEK, MONTH, QUARTER, YEAR' }]],
  ])('availabilityTargetPeriod %p: %j', (availabilityTargetPeriod, expected) => {
    expect(problems({ availabilityTargetPeriod })).toEqual(expected);
  });
});

describe('downtime per agreed period', () => {
  // Computed downtime is (1 - availability) x hours; allowed is (1 - agreed) x hours; no period, no figure.
  test.each([
    { percent: 99.95, period: 'MONTH', availability: 0.999, periodHours: 730, downtime: 0.73, allowed: 0.365, met: false },
    { percent: 99.95, period: 'MONTH', availability: 0.9999, periodHours: 730, downtime: 0.073, allowed: 0.365, met: true },
    { percent: 99.9, period: 'YEAR', availability: 0.9995, periodHours: 8760, downtime: 4.38, allowed: 8.76, met: true },
    { percent: 99.9, period: 'QUARTER', availability: 0.998, periodHours: 2190, downtime: 4.38, allowed: 2.19, met: false },
    { percent: 99, period: 'WEEK', availability: 0.99, periodHours: 168, downtime: 1.68, allowed: 1.68, met: true },
    { percent: 99.5, period: 'DAY', availability: 0.999, periodHours: 24, downtime: 0.024, allowed: 0.12, met: true },
    { percent: 99.95, period: null, availability: 0.999, periodHours: null, downtime: null, allowed: null, met: false },
  ] as const)('$percent % per $period at $availability: $downtime h down, $allowed h allowed', ({ percent, period, availability, periodHours, downtime, allowed, met }) => {
    const gap = agreedGap(agreedLevelOfPercent(percent, period), availability, null);
    expect(gap.period).toBe(period);
    expect(gap.periodHours).toBe(periodHours);
    expect(gap.met).toBe(met);
    if (downtime === null) expect(gap.downtimeHoursPerPeriod).toBeNull();
    else expect(gap.downtimeHoursPerPeriod).toBeCloseTo(downtime, 9);
    // What a level allows is printed as the level reads: exactly 0.365 h, not 0.3649999999999598.
    expect(gap.allowedDowntimeHoursPerPeriod).toBe(allowed);
  });

  test('an unknown availability leaves the downtime unknown but still says what the period allows', () => {
    const gap = agreedGap(agreedLevelOfPercent(99.95, 'MONTH'), null, null);
    expect(gap.downtimeHoursPerPeriod).toBeNull();
    expect(gap.allowedDowntimeHoursPerPeriod).toBe(0.365);
  });
});
