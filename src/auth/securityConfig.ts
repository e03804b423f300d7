import { readBoolean, readInteger } from '../configValues';
import { ValidationError } from '../domain/errors';

/** Who may call, from where, and how often: read from the environment once (see docs/operations.md). */
export interface SecurityConfig {
  /** Interface to listen on; loopback unless HOST says otherwise. */
  host: string;
  /** Browser origins allowed by CORS and the WebSocket Origin check; empty: none but the API's own. */
  allowedOrigins: string[];
  /** Whether callers without a credential may read (never write). */
  anonymousRead: boolean;
  /** CASCADE_ADMIN_TOKEN: accepted as an admin bearer token (bootstrap for compose, CI, scripts). */
  adminToken: string | null;
  /** Where `npm start` keeps the first admin key it makes when nothing else is configured; null: never. */
  adminTokenFile: string | null;
  jwt: JwtConfig | null;
  /** Requests per minute per identity (anonymous callers: per address). */
  rateLimitPerMinute: number;
  maxSubscriptionsPerConnection: number;
  maxSubscriptions: number;
  /** Largest request body (HTTP) or message (WebSocket), in bytes. */
  maxBodyBytes: number;
}

export interface JwtConfig {
  /** Exactly one of the two: a JWKS URL (RS/ES keys of an OIDC provider) or an HS256 secret. */
  jwksUrl: string | null;
  secret: string | null;
  issuer: string;
  audience: string;
  /** The claim that lists the caller's Cascade roles (a string or an array of strings). */
  roleClaim: string;
}

export function readSecurityConfig(env: NodeJS.ProcessEnv): SecurityConfig {
  const adminToken = env.CASCADE_ADMIN_TOKEN?.trim() || null;
  if (adminToken !== null && adminToken.length < 24) {
    throw new ValidationError('CASCADE_ADMIN_TOKEN must be at least 24 characters (e.g. openssl rand -hex 24)');
  }
  const jwt = readJwtConfig(env);
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    allowedOrigins: (env.CASCADE_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter((o) => o !== '')
      .map(checkOrigin),
    anonymousRead: readBoolean(env, 'CASCADE_ANONYMOUS_READ', true),
    adminToken,
    // A first admin key is made only for a newcomer with nothing configured.
    adminTokenFile: adminToken || jwt ? null : env.CASCADE_ADMIN_TOKEN_FILE?.trim() || '.cascade/admin-token',
    jwt,
    rateLimitPerMinute: readInteger(env, 'CASCADE_RATE_LIMIT_PER_MINUTE', 1200, 1, 1_000_000),
    maxSubscriptionsPerConnection: readInteger(env, 'CASCADE_MAX_SUBSCRIPTIONS_PER_CONNECTION', 50, 1, 10_000),
    maxSubscriptions: readInteger(env, 'CASCADE_MAX_SUBSCRIPTIONS', 2_000, 1, 1_000_000),
    maxBodyBytes: readInteger(env, 'CASCADE_MAX_BODY_BYTES', 2 * 1024 * 1024, 1024, 256 * 1024 * 1024),
  };
}

function readJwtConfig(env: NodeJS.ProcessEnv): JwtConfig | null {
  const jwksUrl = env.CASCADE_JWT_JWKS_URL?.trim() || null;
  const secret = env.CASCADE_JWT_SECRET?.trim() || null;
  if (!jwksUrl && !secret) return null;
  if (jwksUrl && secret) throw new ValidationError('Set CASCADE_JWT_JWKS_URL or CASCADE_JWT_SECRET, not both');
  if (jwksUrl && !/^https?:\/\//.test(jwksUrl)) throw new ValidationError(`CASCADE_JWT_JWKS_URL must be an http(s) URL, got "${jwksUrl}"`);
  if (secret && secret.length < 32) throw new ValidationError('CASCADE_JWT_SECRET must be at least 32 characters (HS256)');
  const issuer = env.CASCADE_JWT_ISSUER?.trim();
  const audience = env.CASCADE_JWT_AUDIENCE?.trim();
  // Without both, a token minted for another application by the same provider would be accepted.
  if (!issuer || !audience) throw new ValidationError('JWT verification needs CASCADE_JWT_ISSUER and CASCADE_JWT_AUDIENCE');
  return { jwksUrl, secret, issuer, audience, roleClaim: env.CASCADE_JWT_ROLE_CLAIM?.trim() || 'roles' };
}

function checkOrigin(origin: string): string {
  if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
    throw new ValidationError(`CASCADE_ALLOWED_ORIGINS takes origins like https://ops.example.com (no path), got "${origin}"`);
  }
  return origin.toLowerCase();
}
