import { ForbiddenError, UnauthenticatedError } from '../domain/errors';
import { Identity, Role, roleAllows } from '../domain/identity';

/**
 * Refuses an identity that may not do what needs `required`: no credential is UNAUTHENTICATED (401),
 * a credential whose role falls short is FORBIDDEN (403). Anonymous callers, and authenticated ones
 * without a role, read when anonymous reads are allowed.
 */
export function authorize(identity: Identity, required: Role, anonymousRead: boolean): void {
  const effective = identity.role ?? (anonymousRead ? 'viewer' : null);
  if (roleAllows(effective, required)) return;
  if (identity.via === 'anonymous') {
    throw new UnauthenticatedError(`This operation needs the ${required} role: send "Authorization: Bearer <token>" (docs/operations.md)`, {
      requiredRole: required,
    });
  }
  throw new ForbiddenError(`${identity.subject} (${identity.role ?? 'no role'}) may not do this: it needs the ${required} role`, {
    requiredRole: required,
  });
}
