import neo4j from 'neo4j-driver';

/**
 * Converts a driver value into plain JavaScript, once, at the database boundary: Integer -> number,
 * temporal values -> ISO strings, nodes and relationships -> their property maps.
 * Integers beyond 2^53 cannot occur in Cascade's data (ids are strings, sizes are people counts).
 */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toNative);
  if (typeof value !== 'object') return value;
  if (isTemporal(value)) return String(value);
  if (neo4j.isNode(value as never) || neo4j.isRelationship(value as never)) {
    return toNative((value as { properties: unknown }).properties);
  }
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) out[key] = toNative(inner);
  return out;
}

function isTemporal(value: object): boolean {
  return (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isDuration(value as never)
  );
}
