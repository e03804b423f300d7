/** How the explorer words numbers, redundancy verdicts and chains. Pure. */

const people = new Intl.NumberFormat('en-US');

/** 2400000 -> "2,400,000" (the same on every machine, whatever its locale). */
export function formatPeople(count: number): string {
  return people.format(count);
}

/** Members a group needs available: minUp, or minUpPercent of its members rounded up (as the API counts). */
export function requiredMembers(minUp: number | null, minUpPercent: number | null, members: number): number {
  if (minUp !== null) return minUp;
  if (minUpPercent !== null) return Math.ceil((minUpPercent * members) / 100 - 1e-9);
  return 1;
}

/** "2 of 3 up, needs 2". */
export function groupLabel(available: number, members: number, required: number): string {
  return `${available} of ${members} up, needs ${required}`;
}

export interface Step {
  id: string;
  name: string;
}

/** A causal chain as one line: "Core router 1 → Core router pair HBC-1 → … → Retail account holders". */
export function chainText(steps: readonly Step[]): string {
  return steps.map((s) => s.name).join(' → ');
}

/** Verbs for the relationship a chain step came through, read from the previous step. */
export const VIA_WORDS: Record<string, string> = {
  DEPENDS_ON: 'needed by',
  HAS_MEMBER: 'member of',
  INTERFACE_OF: 'behind interface',
  INCLUDES: 'included in offering',
  TARGETS: 'offered to',
  THROUGH: 'path through',
  HAS_ELEMENT: 'element of',
};
