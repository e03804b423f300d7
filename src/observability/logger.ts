/**
 * The logger every part of the app writes to: pino's calling convention (an object of fields, then a
 * message), so a pino logger fits and tests can pass a collector. STUB until the observability work
 * lands: createLogger may change, the interface stays.
 */
export interface Logger {
  error(fields: object, message?: string): void;
  warn(fields: object, message?: string): void;
  info(fields: object, message?: string): void;
  debug(fields: object, message?: string): void;
}
