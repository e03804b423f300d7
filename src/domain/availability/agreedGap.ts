import { AgreedPeriod, periodHoursOf } from './agreedPeriod';

/** What was agreed: a minimum availability, over a period (e.g. a month of 730 hours). */
export interface AgreedLevel {
  availability: number;
  period?: AgreedPeriod | null;
}

export interface AgreedGap {
  availability: number;
  /** Null when the level records no period. */
  period: AgreedPeriod | null;
  periodHours: number | null;
  /** Computed minus agreed: negative when the structure cannot keep the promise. */
  gap: number | null;
  /**
   * Whether the structure keeps the promise. For an estimate: true only when the whole interval is
   * at or above it, false when all of it is below, null when the interval straddles it.
   */
  met: boolean | null;
  /** Expected downtime over one agreed period, and what the agreed level allows over it. */
  downtimeHoursPerPeriod: number | null;
  allowedDowntimeHoursPerPeriod: number | null;
}

/** An availability someone agreed to for a target, in % as stored, and the entity that says so. */
export interface StatedLevel {
  /** The service level, or the service whose own availabilityTarget it is. */
  sourceId: string;
  percent: number;
  /** A service level's relationship, with its name and consumer; all null for a service's own target. */
  relationshipId: string | null;
  relationshipName: string | null;
  consumerId: string | null;
  /** The service level's period, or the service's availabilityTargetPeriod; null when it records none. */
  period: AgreedPeriod | null;
}

/** A level stored in % (99.9) as a probability (0.999, not 0.9990000000000001), over its period if it has one. */
export function agreedLevelOfPercent(percent: number, period: AgreedPeriod | null = null): AgreedLevel {
  return { availability: Number((percent / 100).toPrecision(15)), period };
}

export function agreedGap(agreed: AgreedLevel, availability: number | null, interval: { lower: number; upper: number } | null): AgreedGap {
  const period = agreed.period ?? null;
  const periodHours = periodHoursOf(period);
  let met: boolean | null = null;
  if (availability !== null) {
    if (!interval) met = availability >= agreed.availability;
    else if (interval.lower >= agreed.availability) met = true;
    else if (interval.upper < agreed.availability) met = false;
  }
  return {
    availability: agreed.availability,
    period,
    periodHours,
    gap: availability === null ? null : availability - agreed.availability,
    met,
    downtimeHoursPerPeriod: availability === null || periodHours === null ? null : (1 - availability) * periodHours,
    // Levels carry a few digits (99.95 % per month): to 12 significant digits 0.365 h, not 0.3649999999999598.
    allowedDowntimeHoursPerPeriod: periodHours === null ? null : Number(((1 - agreed.availability) * periodHours).toPrecision(12)),
  };
}
