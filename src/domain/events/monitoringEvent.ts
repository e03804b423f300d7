import { Problem } from '../errors';

/**
 * One event from monitoring, whatever sent it (an Alertmanager alert, a generic event): the shape
 * binding, severity mapping and combination work on. Normalised at the edge, so nothing below
 * knows Alertmanager's or PagerDuty's field names.
 */
export type EventAction = 'trigger' | 'acknowledge' | 'resolve';

export interface MonitoringEvent {
  /** The deduplication key: the same alert sends the same key (Alertmanager's fingerprint, a dedupKey). */
  key: string;
  /**
   * What sent it ("alertmanager", or a generic event's source), kept as the note of whose behalf;
   * null for an acknowledge or resolve that did not say (its alert's source stands).
   */
  source: string | null;
  action: EventAction;
  /** Lower case as sent (critical, error, warning, info, or anything else); null when absent. */
  severity: string | null;
  /** The entity the event names directly (a `cascade_id` label, a resource id); null: bind by rules. */
  entityId: string | null;
  labels: Record<string, string>;
  summary: string;
  /** ISO 8601: when it happened (firing: startsAt; resolved: endsAt; generic: its timestamp). */
  at: string;
}

/**
 * A request's events, or every problem that makes the request unusable (then nothing is applied);
 * `tooLarge` when the problem is more events than one request may carry.
 */
export type Normalised = { events: MonitoringEvent[]; problems: []; tooLarge?: false } | { events: []; problems: Problem[]; tooLarge?: boolean };

/** The label that names an entity directly, in Alertmanager labels and generic events' labels alike. */
export const ENTITY_LABEL = 'cascade_id';
