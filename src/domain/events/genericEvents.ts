import { Problem } from '../errors';
import { EVENT_LIMITS } from './eventLimits';
import { isObject, readInstant, readLabels, readOptionalText, readText } from './eventFields';
import { ENTITY_LABEL, EventAction, MonitoringEvent, Normalised } from './monitoringEvent';

const ACTIONS: readonly EventAction[] = ['trigger', 'acknowledge', 'resolve'];
export const SEVERITIES = ['critical', 'error', 'warning', 'info'] as const;

/**
 * Generic events in the spirit of PagerDuty's Events API v2: one event, a list of them, or
 * `{events: [...]}`. A trigger needs a source, a severity, a summary and a resource (an entity id or
 * labels); acknowledge and resolve need only the dedupKey of what they close. Without a dedupKey a
 * trigger is keyed by its source, resource and summary, so resending it is a duplicate. Every event
 * is checked before any is applied. `now` stands in for a missing timestamp.
 */
export function genericEvents(body: unknown, now: string): Normalised {
  const list = Array.isArray(body) ? body : isObject(body) && Array.isArray(body.events) ? body.events : isObject(body) ? [body] : null;
  if (list === null) return fail([{ path: '', message: 'must be an event, a list of events, or {"events": [...]}' }]);
  if (list.length === 0) return fail([{ path: 'events', message: 'must hold at least one event' }]);
  if (list.length > EVENT_LIMITS.batch) return { events: [], problems: [{ path: 'events', message: `has ${list.length} events, more than ${EVENT_LIMITS.batch} in one request` }], tooLarge: true };
  const single = !Array.isArray(body) && !(isObject(body) && Array.isArray(body.events));
  const problems: Problem[] = [];
  const events: MonitoringEvent[] = [];
  list.forEach((item: unknown, i: number) => {
    const path = single ? '' : `events[${i}]`;
    const event = isObject(item) ? genericEvent(item, path, now, problems) : (problems.push({ path, message: 'must be an object' }), null);
    if (event) events.push(event);
  });
  return problems.length > 0 ? fail(problems) : { events, problems: [] };
}

function genericEvent(item: Record<string, unknown>, path: string, now: string, problems: Problem[]): MonitoringEvent | null {
  const at = (field: string) => (path === '' ? field : `${path}.${field}`);
  const before = problems.length;
  const action = item.action ?? 'trigger';
  if (!ACTIONS.includes(action as EventAction)) problems.push({ path: at('action'), message: 'must be trigger, acknowledge or resolve' });
  const trigger = action === 'trigger';
  const source = trigger ? readText(item.source, at('source'), EVENT_LIMITS.source, problems) : readOptionalText(item.source, at('source'), EVENT_LIMITS.source, problems);
  const dedupKey = readOptionalText(item.dedupKey, at('dedupKey'), EVENT_LIMITS.key, problems);
  if (!trigger && dedupKey === null && problems.length === before) problems.push({ path: at('dedupKey'), message: `is needed to ${String(action)} an event` });
  let severity: string | null = null;
  if (trigger || item.severity !== undefined) {
    if (typeof item.severity !== 'string' || !(SEVERITIES as readonly string[]).includes(item.severity)) {
      problems.push({ path: at('severity'), message: `must be one of ${SEVERITIES.join(', ')}` });
    } else severity = item.severity;
  }
  const summary = trigger ? readText(item.summary, at('summary'), EVENT_LIMITS.summary, problems) : readOptionalText(item.summary, at('summary'), EVENT_LIMITS.summary, problems);
  const resource = readResource(item.resource, at('resource'), trigger, problems);
  const timestamp = item.timestamp === undefined || item.timestamp === null ? now : readInstant(item.timestamp, at('timestamp'), problems);
  if (problems.length > before) return null;
  return {
    key: dedupKey ?? `${source}|${resource.entityId ?? JSON.stringify(sorted(resource.labels))}|${summary}`,
    source,
    action: action as EventAction,
    severity,
    entityId: resource.entityId,
    labels: resource.labels,
    summary: summary ?? String(action),
    at: timestamp!,
  };
}

/** `{id}` names the entity; `{labels}` binds through the rules (a cascade_id label names it too). */
function readResource(value: unknown, path: string, required: boolean, problems: Problem[]): { entityId: string | null; labels: Record<string, string> } {
  if (value === undefined || value === null) {
    if (required) problems.push({ path, message: 'must name the entity: {"id": "..."} or {"labels": {...}}' });
    return { entityId: null, labels: {} };
  }
  if (!isObject(value) || (value.id === undefined && value.labels === undefined)) {
    problems.push({ path, message: 'must be {"id": "..."} or {"labels": {...}}' });
    return { entityId: null, labels: {} };
  }
  const labels = readLabels(value.labels, `${path}.labels`, problems, true);
  const id = readOptionalText(value.id, `${path}.id`, 200, problems);
  return { entityId: id ?? labels[ENTITY_LABEL] ?? null, labels };
}

function sorted(labels: Record<string, string>): [string, string][] {
  return Object.entries(labels).sort(([a], [b]) => a.localeCompare(b));
}

function fail(problems: Problem[]): Normalised {
  return { events: [], problems };
}
