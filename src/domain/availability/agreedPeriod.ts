/** A year of 365 days; availability targets are commonly read against it. */
export const HOURS_PER_YEAR = 8760;

/**
 * The period an agreed level holds over: "availability >= 99.95 % per month" (a service level's
 * period, or a service's availabilityTargetPeriod for its own target).
 *
 * A closed list of calendar words rather than a free number of hours, because that is how contracts
 * state it and how people read it back: "per month" stays "MONTH" through the API, the topology
 * document and Neo4j, and the one conversion to hours lives here. The hours are averages over a year
 * of 365 days (HOURS_PER_YEAR), so a month is 730 h and not 672-744 h depending on which month: the
 * downtime per period is an expectation over any period, not a figure for one calendar month, and
 * twelve of them make the yearly figure exactly.
 */
export const AGREED_PERIODS = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'] as const;
export type AgreedPeriod = (typeof AGREED_PERIODS)[number];

const PERIOD_HOURS: Readonly<Record<AgreedPeriod, number>> = {
  DAY: 24,
  WEEK: 24 * 7,
  MONTH: HOURS_PER_YEAR / 12,
  QUARTER: HOURS_PER_YEAR / 4,
  YEAR: HOURS_PER_YEAR,
};

/** A stored or given value as a period: exactly one of AGREED_PERIODS, else null (not recorded). */
export function agreedPeriodOf(value: unknown): AgreedPeriod | null {
  return typeof value === 'string' && (AGREED_PERIODS as readonly string[]).includes(value) ? (value as AgreedPeriod) : null;
}

/** The hours in one period, null when no period is recorded. */
export function periodHoursOf(period: AgreedPeriod | null): number | null {
  return period === null ? null : PERIOD_HOURS[period];
}
