import { Entity } from './entities';
import { PropertyValue } from './world';

/**
 * Whether writing `changes` onto `entity` would leave it as it is: every field given already holds
 * that value (null, absent and an empty list read the same). Such an upsert is no change at all: no
 * new revision, no history entry, no new topology version.
 */
export function changesNothing(entity: Entity, changes: Readonly<Record<string, PropertyValue>>): boolean {
  const stored = entity as unknown as Record<string, unknown>;
  return Object.entries(changes).every(([field, value]) => same(stored[field], value));
}

function same(stored: unknown, given: unknown): boolean {
  const a = normalise(stored);
  const b = normalise(given);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => String(v) === String(b[i]));
  return a === b;
}

function normalise(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value) && value.length === 0) return null;
  return value;
}
