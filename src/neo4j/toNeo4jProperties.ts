import neo4j from 'neo4j-driver';
import { PropertyValue } from '../domain/world';

/**
 * Properties on their way into Neo4j. The driver sends every JS number as a float; whole numbers
 * (sizes, minUp, amounts in whole units) are sent as integers so they read back as integers.
 */
export function toNeo4jProperties(properties: Record<string, PropertyValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (typeof value === 'number' && Number.isSafeInteger(value)) out[key] = neo4j.int(value);
    else if (Array.isArray(value)) out[key] = (value as unknown[]).map((v) => (typeof v === 'number' && Number.isSafeInteger(v) ? neo4j.int(v) : v));
    else out[key] = value;
  }
  return out;
}
