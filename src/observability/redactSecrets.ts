/**
 * Field names whose values never reach a log line, compared without case, at any depth: `token`,
 * `headers.authorization`, `req.headers.authorization`, `connectionParams.Authorization`,
 * `variables` (whole: any variable may be a secret), an error's own `password` property, ...
 * Redaction goes by name, so a new secret-bearing field must be named here.
 */
export const SECRET_FIELDS = [
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'x-cascade-api-key',
  'x-cascade-admin-token',
  'x-admin-token',
  'apiKey',
  'api_key',
  'token',
  'accessToken',
  'access_token',
  'refreshToken',
  'refresh_token',
  'idToken',
  'id_token',
  'adminToken',
  'bearer',
  'jwt',
  'password',
  'passwd',
  'secret',
  'clientSecret',
  'client_secret',
  'privateKey',
  'private_key',
  'credentials',
  'connectionString',
  'variables',
  'variableValues',
] as const;

export const REDACTED = '[Redacted]';

/** Nesting below this is cut off rather than searched, which also ends cycles. */
const MAX_DEPTH = 10;

const secret = new Set(SECRET_FIELDS.map((name) => name.toLowerCase()));

/**
 * `value` with every secret field's value replaced by '[Redacted]'. Objects and arrays on the way to
 * a secret are copied (prototype, stack and message included), never changed: the caller's objects
 * stay as they were, and a line without secrets costs one pass over its keys.
 */
export function redactSecrets<T>(value: T): T {
  return redact(value, 0) as T;
}

function redact(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null || isOpaque(value)) return value;
  if (depth >= MAX_DEPTH) return '[Truncated]';
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, i) => {
      const redacted = redact(item, depth + 1);
      if (redacted !== item) (copy ??= [...value])[i] = redacted;
    });
    return copy ?? value;
  }
  const fields = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key of keysOf(fields)) {
    const item = fields[key];
    const redacted = secret.has(key.toLowerCase()) ? REDACTED : redact(item, depth + 1);
    if (redacted !== item) (copy ??= cloneOf(fields))[key] = redacted;
  }
  return copy ?? value;
}

/** Own enumerable keys, and an error's `cause` (not enumerable, yet pino writes it). */
function keysOf(fields: object): string[] {
  const keys = Object.keys(fields);
  return fields instanceof Error && Object.hasOwn(fields, 'cause') && !keys.includes('cause') ? [...keys, 'cause'] : keys;
}

/** Values JSON writes without their own enumerable fields, so there is nothing in them to search. */
function isOpaque(value: object): boolean {
  return value instanceof Date || ArrayBuffer.isView(value) || value instanceof Map || value instanceof Set;
}

function cloneOf(fields: Record<string, unknown>): Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(fields);
  if (proto === Object.prototype || proto === null) return { ...fields };
  // An Error or other class instance: same prototype and own properties, so serializers treat it alike.
  return Object.create(proto as object, Object.getOwnPropertyDescriptors(fields)) as Record<string, unknown>;
}
