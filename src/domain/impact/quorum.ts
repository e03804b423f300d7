import type { ImpactNode } from './impactGraph';

/**
 * Members a group needs available: minUp, or minUpPercent of its members rounded up, and never more
 * than it has. A group that needed more members than it has would be DOWN with nothing failed; such
 * data is a modelling error, and clamping keeps every answer independent of where a question starts.
 * A group with neither setting needs one member.
 */
export function requiredMembers(node: ImpactNode, memberCount: number): number {
  let required = 1;
  if (node.minUp !== null && node.minUp !== undefined) required = node.minUp;
  else if (node.minUpPercent !== null && node.minUpPercent !== undefined) {
    // Rounded up so that "50 % of 3" needs 2, never 1.5; the epsilon keeps 3 * 33.3333 from becoming 2.
    required = Math.ceil((memberCount * node.minUpPercent) / 100 - 1e-9);
  }
  return Math.min(Math.max(required, 0), memberCount);
}
