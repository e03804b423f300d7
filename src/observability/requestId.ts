import type { RequestHandler, Response } from 'express';
import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

const SANE = /^[A-Za-z0-9._-]{1,64}$/;

/** The caller's request id when it is a short plain token (it ends up in logs and headers); otherwise undefined. */
export function saneRequestId(value: unknown): string | undefined {
  return typeof value === 'string' && SANE.test(value) ? value : undefined;
}

/**
 * Gives every HTTP request an id: the caller's `x-request-id` when it is sane, a random UUID
 * otherwise. The id is echoed in the response's `x-request-id` and kept in `res.locals.requestId`
 * for the GraphQL context (and from there the request log).
 */
export function requestId(): RequestHandler {
  return (req, res, next) => {
    const id = saneRequestId(req.headers[REQUEST_ID_HEADER]) ?? randomUUID();
    res.locals.requestId = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    next();
  };
}

/** The id requestId() gave this response. */
export function requestIdOf(res: Response): string {
  return String(res.locals.requestId);
}
