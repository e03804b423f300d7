/**
 * Bounds of one request's events. Checked before anything is applied, so an oversized or hostile
 * payload is refused whole instead of half applied.
 */
export const EVENT_LIMITS = {
  /** Events (alerts) in one request: Alertmanager's groups are far smaller; a storm is sent in parts. */
  batch: 1000,
  labels: 64,
  labelName: 128,
  labelValue: 1024,
  summary: 1024,
  key: 512,
  source: 200,
} as const;
