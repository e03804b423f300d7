/**
 * The few errors Cascade names. Each carries a stable code that clients may switch on; the GraphQL
 * layer maps them in one place (src/graphql/formatError.ts). Anything else is hidden from clients.
 */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'HAS_DEPENDANTS'
  | 'DATABASE_UNAVAILABLE'
  | 'TOO_LARGE'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'INTERNAL_SERVER_ERROR';

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

/** A write larger than the database's memory for one transaction allows; nothing of it landed. */
export class TooLargeError extends CascadeError {
  readonly code = 'TOO_LARGE' as const;
}

/** A write based on a version of the data that is no longer current (optimistic concurrency). */
export class ConflictError extends CascadeError {
  readonly code = 'CONFLICT' as const;
}

/** A delete refused because other nodes depend on the one named; ask for the cascade explicitly. */
export class HasDependantsError extends CascadeError {
  readonly code = 'HAS_DEPENDANTS' as const;
}

/** No credential where one is needed, or one that is not valid (unknown, revoked, expired, bad signature). */
export class UnauthenticatedError extends CascadeError {
  readonly code = 'UNAUTHENTICATED' as const;
}

/** A valid credential whose role may not do what was asked. */
export class ForbiddenError extends CascadeError {
  readonly code = 'FORBIDDEN' as const;
}

/** One thing wrong with an input: where (a field or a path) and why. */
export interface Problem {
  path: string;
  message: string;
}

/** Every problem of an input at once, not just the first. */
export class InvalidInputError extends ValidationError {
  constructor(problems: Problem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('; '), { problems });
  }
}

/**
 * The same error with its problems' paths moved to where the reader knows them (a document path to
 * a CSV file and line, a line to FILE:LINE); any other error as it is.
 */
export function relocateProblems(error: unknown, locate: (path: string) => string): unknown {
  if (!(error instanceof CascadeError) || !Array.isArray(error.details.problems)) return error;
  return new InvalidInputError((error.details.problems as Problem[]).map((p) => ({ ...p, path: locate(p.path) })));
}
