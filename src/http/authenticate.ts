import { RequestHandler } from 'express';
import { Authenticator } from '../auth/authenticator';
import { CascadeError } from '../domain/errors';
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
