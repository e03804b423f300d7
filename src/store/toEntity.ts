import { Entity, isEntityLabel } from '../domain/entities';
import { ENTITY_FIELDS } from '../domain/entityFields';

/**
 * Turns a row (id, label, already-converted properties) into a domain entity. Missing optional
 * properties become null (lists: empty), so resolvers never see undefined.
 */
export function toEntity(row: { id: unknown; label: unknown; properties: unknown }): Entity {
  const label = String(row.label);
  if (!isEntityLabel(label)) throw new Error(`node ${String(row.id)} has no known domain label (${label})`);
  const props = (row.properties ?? {}) as Record<string, unknown>;
  const entity: Record<string, unknown> = {
    label,
    id: String(row.id),
    name: typeof props.name === 'string' ? props.name : String(row.id),
    description: typeof props.description === 'string' ? props.description : null,
    revision: typeof props.revision === 'number' ? props.revision : 0,
  };
  for (const [field, kind] of Object.entries(ENTITY_FIELDS[label])) {
    const value = props[field];
    if (kind === 'list') entity[field] = Array.isArray(value) ? value.map(String) : [];
    else if (kind === 'number' || kind === 'integer') entity[field] = typeof value === 'number' ? value : null;
    else if (kind === 'boolean') entity[field] = typeof value === 'boolean' ? value : null;
    else entity[field] = value === undefined || value === null ? null : String(value);
  }
  return entity as unknown as Entity;
}
