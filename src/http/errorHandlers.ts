import { ErrorRequestHandler, RequestHandler } from 'express';
import { Logger } from '../observability/logger';
import { sendError } from './sendError';

/** Any path the API does not serve: JSON, not Express's HTML page. */
export const notFound: RequestHandler = (req, res) => {
  sendError(res, 404, 'NOT_FOUND', `Nothing is served at ${req.method} ${req.path}`);
};

/**
 * Errors before GraphQL runs (malformed JSON, a body over the limit) and anything unexpected, as
 * JSON with a code. Express's own error page would print the stack trace and absolute paths.
 */
export function errorHandler(logger: Logger, maxBodyBytes: number, onRefused: (code: string) => void = () => undefined): ErrorRequestHandler {
  return (error: { type?: string; status?: number }, _req, res, next) => {
    if (res.headersSent) return next(error);
    if (error.type === 'entity.too.large') {
      onRefused('PAYLOAD_TOO_LARGE');
      return sendError(res, 413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${maxBodyBytes} bytes (CASCADE_MAX_BODY_BYTES)`);
    }
    if (error.type === 'entity.parse.failed') {
      onRefused('BAD_REQUEST');
      return sendError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON');
    }
    if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
      return sendError(res, error.status, 'BAD_REQUEST', 'The request could not be read');
    }
    logger.error({ err: error }, 'Unexpected error before GraphQL');
    sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
}
