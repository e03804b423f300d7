import cors from 'cors';
import { RequestHandler } from 'express';
import { sendError } from './sendError';

/**
 * Whether a browser origin may call the API: no Origin (not a browser, or same-origin GET), the
 * API's own origin (its pages), or one on the allow-list. Everything else is refused outright,
 * not only denied CORS headers, so a page elsewhere cannot even send a simple request.
 */
export function originAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (origin === undefined) return true;
  const normalised = origin.toLowerCase();
  if (allowed.includes(normalised)) return true;
  return host !== undefined && (normalised === `http://${host.toLowerCase()}` || normalised === `https://${host.toLowerCase()}`);
}

/** CORS for the allow-list, and a 403 for any other foreign origin. */
export function originPolicy(allowed: readonly string[], onRefused: (code: string) => void = () => undefined): RequestHandler[] {
  const refuse: RequestHandler = (req, res, next) => {
    if (originAllowed(req.headers.origin, req.headers.host, allowed)) return next();
    onRefused('ORIGIN_NOT_ALLOWED');
    sendError(res, 403, 'ORIGIN_NOT_ALLOWED', `Origin ${req.headers.origin} is not allowed (CASCADE_ALLOWED_ORIGINS)`);
  };
  const corsPolicy = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.includes(origin.toLowerCase())),
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-request-id'],
    maxAge: 600,
  });
  return [refuse, corsPolicy];
}
