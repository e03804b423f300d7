import { RequestHandler } from 'express';
import { authorize } from '../auth/authorize';
import { CascadeError } from '../domain/errors';
import { Identity, Role } from '../domain/identity';
import { sendError } from './sendError';

/**
 * For routes outside GraphQL that write (e.g. /events): the caller's role must reach `role`.
 * 401 without a credential, 403 with one that falls short, like a mutation's @requires.
 */
export function requireRole(role: Role, onRefused: (code: string) => void = () => undefined): RequestHandler {
  return (_req, res, next) => {
    try {
      authorize(res.locals.identity as Identity, role, false);
      next();
    } catch (error) {
      const code = (error as CascadeError).code;
      onRefused(code);
      sendError(res, code === 'UNAUTHENTICATED' ? 401 : 403, code, (error as Error).message, code === 'UNAUTHENTICATED' ? { 'www-authenticate': 'Bearer' } : {});
    }
  };
}
