import { DEFAULT_SEVERITY_STATES, SeverityStates } from './severityStates';

/** How events from monitoring become statuses, as configured (src/config.ts, docs/operations.md). */
export interface EventSettings {
  /** Severity -> the state it gives its entity. */
  severities: SeverityStates;
  /** How long a better status waits for its entity's alerts to stay quiet; 0: applied at once. */
  holdDownMs: number;
  /** How often held statuses that are due are applied when no event comes to do it. */
  sweepMs: number;
  /** The clock holds are measured on; tests move it by hand. */
  now: () => Date;
}

export const DEFAULT_EVENT_SETTINGS: EventSettings = {
  severities: DEFAULT_SEVERITY_STATES,
  holdDownMs: 0,
  sweepMs: 5000,
  now: () => new Date(),
};
