import { Problem } from '../errors';
import { EVENT_LIMITS } from './eventLimits';

/** Readers for the fields of an incoming event: each adds a problem with its path instead of throwing. */

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const LABEL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A map of string labels (Prometheus label names); absent is empty when `optional`. */
export function readLabels(value: unknown, path: string, problems: Problem[], optional = false): Record<string, string> {
  if (value === undefined || value === null) {
    if (!optional) problems.push({ path, message: 'must be an object of string labels' });
    return {};
  }
  if (!isObject(value)) {
    problems.push({ path, message: 'must be an object of string labels' });
    return {};
  }
  const entries = Object.entries(value);
  if (entries.length > EVENT_LIMITS.labels) {
    problems.push({ path, message: `has ${entries.length} labels, more than ${EVENT_LIMITS.labels}` });
    return {};
  }
  const labels: Record<string, string> = {};
  for (const [name, text] of entries) {
    if (!LABEL_NAME.test(name) || name.length > EVENT_LIMITS.labelName) {
      problems.push({ path: `${path}.${name.slice(0, 40)}`, message: `is not a label name (letters, digits and _, at most ${EVENT_LIMITS.labelName})` });
    } else if (typeof text !== 'string' || text.length > EVENT_LIMITS.labelValue) {
      problems.push({ path: `${path}.${name}`, message: `must be a string of at most ${EVENT_LIMITS.labelValue} characters` });
    } else {
      labels[name] = text;
    }
  }
  return labels;
}

/** An ISO 8601 instant with a zone, returned in UTC; null (with a problem) otherwise. */
export function readInstant(value: unknown, path: string, problems: Problem[]): string | null {
  if (typeof value !== 'string' || !/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$/.test(value) || Number.isNaN(Date.parse(value))) {
    problems.push({ path, message: 'must be an ISO 8601 date-time with a zone, e.g. 2026-12-01T10:15:00Z' });
    return null;
  }
  return new Date(value).toISOString();
}

/** A non-empty string of at most `max` characters, trimmed; null (with a problem) otherwise. */
export function readText(value: unknown, path: string, max: number, problems: Problem[]): string | null {
  if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
    problems.push({ path, message: `must be a non-empty string of at most ${max} characters` });
    return null;
  }
  return value.trim();
}

/** Optional text: absent is null; a wrong type or length is a problem. */
export function readOptionalText(value: unknown, path: string, max: number, problems: Problem[]): string | null {
  if (value === undefined || value === null) return null;
  return readText(value, path, max, problems);
}
