/**
 * The few errors Cascade names. Each carries a stable code that clients may switch on; the GraphQL
 * layer maps them in one place (src/graphql/formatError.ts). Anything else is hidden from clients.
 */
export type ErrorCode = 'NOT_FOUND' | 'BAD_USER_INPUT' | 'DATABASE_UNAVAILABLE' | 'INTERNAL_SERVER_ERROR';

export abstract class CascadeError extends Error {
  abstract readonly code: ErrorCode;
  /** Extra machine-readable detail, e.g. the unknown ids. */
  readonly details: Record<string, unknown>;

  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.details = details;
  }
}

export class NotFoundError extends CascadeError {
  readonly code = 'NOT_FOUND' as const;
}

export class ValidationError extends CascadeError {
  readonly code = 'BAD_USER_INPUT' as const;
}

export class DatabaseUnavailableError extends CascadeError {
  readonly code = 'DATABASE_UNAVAILABLE' as const;
}
