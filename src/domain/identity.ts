/**
 * Who is asking, as the edge authenticated them. Roles are ranked: each one may do everything the
 * roles below it may (viewer < operator < editor < admin), so a request needs one role, not a set.
 */
export const ROLES = ['viewer', 'operator', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Identity {
  /** The author recorded in histories: `apikey:<name>`, `jwt:<sub>`, `admin-token`, or `anonymous`. */
  subject: string;
  /** Null for an anonymous caller; anonymous reads are allowed only when configured. */
  role: Role | null;
  /** How the credential was presented, for logs and metrics. */
  via: 'anonymous' | 'api-key' | 'jwt' | 'admin-token';
}

export const ANONYMOUS: Identity = { subject: 'anonymous', role: null, via: 'anonymous' };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether `role` (null: anonymous) may do what `required` may. */
export function roleAllows(role: Role | null, required: Role): boolean {
  return role !== null && ROLES.indexOf(role) >= ROLES.indexOf(required);
}
