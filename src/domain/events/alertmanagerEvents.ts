import { Problem } from '../errors';
import { EVENT_LIMITS } from './eventLimits';
import { isObject, readInstant, readLabels, readText } from './eventFields';
import { ENTITY_LABEL, MonitoringEvent, Normalised } from './monitoringEvent';

/**
 * The events of an Alertmanager webhook notification (payload version 4, as Prometheus
 * Alertmanager sends it to a `webhook_configs` receiver). Each alert is one event keyed by its
 * fingerprint; a firing alert happened at its startsAt, a resolved one at its endsAt. The whole
 * payload is checked first: one bad alert refuses the notification, so nothing is half applied.
 * Alertmanager resends the group's alerts on every notification; deduplication happens later.
 */
export function alertmanagerEvents(body: unknown): Normalised {
  const problems: Problem[] = [];
  if (!isObject(body)) return fail([{ path: '', message: 'must be an Alertmanager webhook notification (a JSON object)' }]);
  if (body.version !== '4') problems.push({ path: 'version', message: `must be "4" (Alertmanager's webhook payload version), not ${JSON.stringify(body.version ?? null)}` });
  if (!Array.isArray(body.alerts)) return fail([...problems, { path: 'alerts', message: 'must be a list of alerts' }]);
  if (body.alerts.length > EVENT_LIMITS.batch) {
    return { events: [], problems: [...problems, { path: 'alerts', message: `has ${body.alerts.length} alerts, more than ${EVENT_LIMITS.batch} in one notification` }], tooLarge: true };
  }
  const events: MonitoringEvent[] = [];
  body.alerts.forEach((alert: unknown, i: number) => {
    const path = `alerts[${i}]`;
    if (!isObject(alert)) return problems.push({ path, message: 'must be an object' });
    const event = alertEvent(alert, path, problems);
    if (event) events.push(event);
  });
  return problems.length > 0 ? fail(problems) : { events, problems: [] };
}

function alertEvent(alert: Record<string, unknown>, path: string, problems: Problem[]): MonitoringEvent | null {
  const before = problems.length;
  const status = alert.status;
  if (status !== 'firing' && status !== 'resolved') problems.push({ path: `${path}.status`, message: 'must be "firing" or "resolved"' });
  const labels = readLabels(alert.labels, `${path}.labels`, problems);
  const annotations = readLabels(alert.annotations, `${path}.annotations`, problems, true);
  const fingerprint = readText(alert.fingerprint, `${path}.fingerprint`, EVENT_LIMITS.key, problems);
  const at = status === 'resolved' ? readInstant(alert.endsAt, `${path}.endsAt`, problems) : readInstant(alert.startsAt, `${path}.startsAt`, problems);
  if (problems.length > before) return null;
  const summary = annotations.summary ?? annotations.description ?? labels.alertname ?? 'alert';
  return {
    key: `alertmanager:${fingerprint}`,
    source: 'alertmanager',
    action: status === 'firing' ? 'trigger' : 'resolve',
    severity: labels.severity?.toLowerCase() ?? null,
    entityId: labels[ENTITY_LABEL] ?? null,
    labels,
    summary: summary.slice(0, EVENT_LIMITS.summary),
    at: at!,
  };
}

function fail(problems: Problem[]): Normalised {
  return { events: [], problems };
}
