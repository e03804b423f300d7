import { Problem } from '../errors';
import { problemAt } from './networkDocument';

/**
 * How deep a network file may nest: GraphML elements (the root is level 1) or GML [ lists ]. The
 * Topology Zoo's files nest 4 deep, yEd's drawing data about 10. A file that goes deeper is refused
 * at the line where it does, and nothing after that line is read: saxes looks up each element's
 * namespace through every open element, so unbounded nesting made reading quadratic in file size.
 */
export const MAX_NESTING = 64;

/** The problem of a file nested deeper than MAX_NESTING, at the line of the level too many. */
export function tooDeep(format: 'GraphML' | 'GML', line: number): Problem {
  const levels = format === 'GraphML' ? 'elements' : '[ lists ]';
  return problemAt(line, `${format} nests deeper than ${MAX_NESTING} ${levels}; reading stopped here`);
}
