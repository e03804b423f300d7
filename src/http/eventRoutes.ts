import express, { RequestHandler, Response, Router } from 'express';
import { Authenticator } from '../auth/authenticator';
import { SecurityConfig } from '../auth/securityConfig';
import { CascadeError } from '../domain/errors';
import { alertmanagerEvents } from '../domain/events/alertmanagerEvents';
import { genericEvents } from '../domain/events/genericEvents';
import { Normalised } from '../domain/events/monitoringEvent';
import { Identity } from '../domain/identity';
import { createContext } from '../graphql/context';
import { requestIdOf } from '../observability/requestId';
import { Stores } from '../services/createServices';
import { authenticate } from './authenticate';
import { rateLimit } from './rateLimit';
import { requireRole } from './requireRole';
import { sendError } from './sendError';

export interface EventRoutesOptions {
  authenticator: Authenticator;
  stores: Stores;
  security: SecurityConfig;
  onRefused?: (code: string) => void;
}

/**
 * Events from monitoring (docs/events.md), mounted at /events:
 * - POST /events/alertmanager: an Alertmanager webhook notification (payload version 4), as sent by
 *   a `webhook_configs` receiver with `http_config.authorization` credentials;
 * - POST /events: generic events, one or a batch.
 * The caller needs the operator role: it is the author of every status change the events make.
 * The whole request is checked before anything is applied; the answer says what became of each event.
 */
export function eventRoutes(options: EventRoutesOptions): Router {
  const refused = options.onRefused ?? (() => undefined);
  const router = express.Router();
  const edge: RequestHandler[] = [
    authenticate(options.authenticator, refused),
    requireRole('operator', refused),
    rateLimit(options.security.rateLimitPerMinute, refused),
    // Any content type: senders are configured by hand and some say text/plain; JSON it must be.
    express.json({ limit: options.security.maxBodyBytes, type: () => true }),
  ];
  router.post('/alertmanager', ...edge, receive(options.stores, (body) => alertmanagerEvents(body), refused));
  router.post('/', ...edge, receive(options.stores, (body) => genericEvents(body, new Date().toISOString()), refused));
  return router;
}

function receive(stores: Stores, normalise: (body: unknown) => Normalised, refused: (code: string) => void): RequestHandler {
  return async (req, res, next) => {
    const { events, problems, tooLarge } = normalise(req.body);
    if (problems.length > 0) {
      const code = tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_USER_INPUT';
      refused(code);
      const message = problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ');
      return void res.status(tooLarge ? 413 : 400).json({ errors: [{ message, extensions: { code, problems } }] });
    }
    try {
      const { services } = createContext(stores, res.locals.identity as Identity, requestIdOf(res));
      res.status(200).json(await services.events.receive(events));
    } catch (error) {
      if (error instanceof CascadeError) return sendCascadeError(res, error);
      next(error);
    }
  };
}

const STATUS_OF: Partial<Record<string, number>> = { DATABASE_UNAVAILABLE: 503, NOT_FOUND: 404, BAD_USER_INPUT: 400, TOO_LARGE: 413, CONFLICT: 409 };

function sendCascadeError(res: Response, error: CascadeError): void {
  const status = STATUS_OF[error.code] ?? 500;
  sendError(res, status, error.code, error.message, error.code === 'DATABASE_UNAVAILABLE' ? { 'retry-after': '5' } : {});
}
