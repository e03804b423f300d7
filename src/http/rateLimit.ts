import { RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { Identity } from '../domain/identity';
import { sendError } from './sendError';

/**
 * Requests per minute per identity (anonymous callers per address), in this process. A caller over
 * the limit gets 429 with Retry-After; others are not slowed by it.
 */
export function rateLimit(perMinute: number, onRefused: (code: string) => void = () => undefined): RequestHandler {
  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  return (req, res, next) => {
    const identity = res.locals.identity as Identity;
    const key = identity.via === 'anonymous' ? `ip:${req.ip ?? 'unknown'}` : identity.subject;
    limiter.consume(key).then(
      () => next(),
      (refusal: unknown) => {
        if (!(refusal instanceof RateLimiterRes)) return next(refusal);
        const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
        onRefused('RATE_LIMITED');
        sendError(res, 429, 'RATE_LIMITED', `More than ${perMinute} requests a minute from ${identity.subject}; retry in ${seconds} s`, {
          'retry-after': String(seconds),
        });
      },
    );
  };
}
