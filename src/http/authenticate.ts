import { RequestHandler } from 'express';
import { Authenticator } from '../auth/authenticator';
import { authorize } from '../auth/authorize';
import { CascadeError } from '../domain/errors';
import { Identity } from '../domain/identity';
import { sendError } from './sendError';

/**
 * Resolves the caller's identity from the Authorization header into `res.locals.identity`. A bad
 * credential is refused here with 401, before any GraphQL work; no credential is anonymous, and
 * whether an anonymous caller may do what it asks is decided per operation.
 */
export function authenticate(authenticator: Authenticator, onRefused: (code: string) => void = () => undefined): RequestHandler {
  return (req, res, next) => {
    authenticator.authenticate(req.headers.authorization).then(
      (identity) => {
        res.locals.identity = identity;
        next();
      },
      (error: unknown) => {
        if (error instanceof CascadeError && error.code === 'UNAUTHENTICATED') {
          onRefused(error.code);
          sendError(res, 401, error.code, error.message, { 'www-authenticate': 'Bearer' });
        } else if (error instanceof CascadeError && error.code === 'DATABASE_UNAVAILABLE') {
          sendError(res, 503, error.code, error.message, { 'retry-after': '5' });
        } else {
          next(error);
        }
      },
    );
  };
}

/** For routes outside GraphQL that reveal what a read would (e.g. /metrics): 401/403 like a query. */
export function requireViewer(anonymousRead: boolean, onRefused: (code: string) => void = () => undefined): RequestHandler {
  return (_req, res, next) => {
    try {
      authorize(res.locals.identity as Identity, 'viewer', anonymousRead);
      next();
    } catch (error) {
      const code = (error as CascadeError).code;
      onRefused(code);
      sendError(res, code === 'UNAUTHENTICATED' ? 401 : 403, code, (error as Error).message);
    }
  };
}
