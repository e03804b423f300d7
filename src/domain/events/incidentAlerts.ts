import { Problem } from '../errors';
import { AlertRecord } from './alertRecord';
import { EVENT_LIMITS } from './eventLimits';

/**
 * The open alerts an incident is opened from: those named by key and every open alert of the named
 * entities. A key with no open alert, or an entity with none, is a problem (named by its path), so
 * an incident is never opened from less than the caller asked for. Pure: `known` are the alerts read
 * for these keys and entities.
 */
export function alertsForIncident(keys: readonly string[], entityIds: readonly string[], known: readonly AlertRecord[]): { keys: string[]; problems: Problem[] } {
  const problems: Problem[] = [];
  if (keys.length + entityIds.length === 0) problems.push({ path: 'alertKeys', message: 'name the alerts, by key (alertKeys) or by entity (entities)' });
  if (keys.length + entityIds.length > EVENT_LIMITS.batch) problems.push({ path: 'alertKeys', message: `at most ${EVENT_LIMITS.batch} keys and entities together` });
  const chosen = known.filter((a) => a.open && (keys.includes(a.key) || entityIds.includes(a.entityId)));
  keys.forEach((key, i) => {
    if (!chosen.some((a) => a.key === key)) problems.push({ path: `alertKeys[${i}]`, message: `no open alert has the key "${key}"` });
  });
  entityIds.forEach((id, i) => {
    if (!chosen.some((a) => a.entityId === id)) problems.push({ path: `entities[${i}]`, message: `"${id}" has no open alert` });
  });
  return { keys: problems.length > 0 ? [] : [...new Set(chosen.map((a) => a.key))], problems };
}
