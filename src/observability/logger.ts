import pino, { DestinationStream, Logger as PinoLogger } from 'pino';
import { ValidationError } from '../domain/errors';
import { redactSecrets } from './redactSecrets';

/**
 * The logger every part of the app writes to: pino's calling convention (an object of fields, then a
 * message), so a pino logger fits and tests can pass a collector.
 */
export interface Logger {
  error(fields: object, message?: string): void;
  warn(fields: object, message?: string): void;
  info(fields: object, message?: string): void;
  debug(fields: object, message?: string): void;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The log level named by CASCADE_LOG_LEVEL ('info' when unset); anything else refuses to start. */
export function readLogLevel(env: NodeJS.ProcessEnv): LogLevel {
  const raw = env.CASCADE_LOG_LEVEL?.trim().toLowerCase() || 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) {
    throw new ValidationError(`CASCADE_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.CASCADE_LOG_LEVEL}"`);
  }
  return raw as LogLevel;
}

/**
 * The process logger: one JSON object per line on stdout (or `destination`, which tests use to read
 * the lines), ISO timestamps, errors under `err` with their stack, the values of SECRET_FIELDS censored.
 */
export function createLogger(env: NodeJS.ProcessEnv, destination?: DestinationStream): PinoLogger {
  const options = {
    level: readLogLevel(env),
    base: { service: 'cascade' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // By field name at any depth (redactSecrets.ts), not pino's redact paths: those need a wildcard
    // path per depth and name, which cost ~0.3 ms a line for this list.
    formatters: { log: redactSecrets },
  };
  const logger = destination ? pino(options, destination) : pino(options);
  // pino passes a child's bindings through no formatter, so they are redacted here; every child
  // inherits this child() from its parent (pino children are created with Object.create(parent)).
  const pinoChild = logger.child;
  logger.child = function <L extends string = never>(this: PinoLogger, bindings: pino.Bindings, childOptions?: pino.ChildLoggerOptions<L>) {
    return Reflect.apply(pinoChild, this, [redactSecrets(bindings), childOptions]) as PinoLogger<L>;
  };
  return logger;
}

export interface LogEntry {
  level: 'error' | 'warn' | 'info' | 'debug';
  fields: Record<string, unknown>;
  message: string | undefined;
}

/** A logger that keeps what it is told, for tests; nothing is redacted or written anywhere. */
export interface CollectingLogger extends Logger {
  readonly entries: LogEntry[];
  /** The entries at one level. */
  at(level: LogEntry['level']): LogEntry[];
}

export function collectingLogger(): CollectingLogger {
  const entries: LogEntry[] = [];
  const record = (level: LogEntry['level']) => (fields: object, message?: string) => {
    entries.push({ level, fields: { ...fields }, message });
  };
  return {
    entries,
    at: (level) => entries.filter((entry) => entry.level === level),
    error: record('error'),
    warn: record('warn'),
    info: record('info'),
    debug: record('debug'),
  };
}
