import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API key tokens: `cascade_<id>_<secret>`. The id finds the stored key in one lookup; the secret
 * (32 random bytes) is checked against the stored SHA-256. A fast hash is enough because the secret
 * is random and long, not a password a person chose (nothing to brute-force from a leaked hash).
 */
const TOKEN = /^cascade_([a-f0-9]{16})_([A-Za-z0-9_-]{43})$/;

export interface NewToken {
  id: string;
  token: string;
  hash: string;
}

export function newApiKeyToken(): NewToken {
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { id, token: `cascade_${id}_${secret}`, hash: hashSecret(secret) };
}

/** Whether a bearer token has the API key shape (else it may be the admin token or a JWT). */
export function looksLikeApiKey(token: string): boolean {
  return token.startsWith('cascade_');
}

/** The id and secret of a well-formed token; null for anything else. */
export function parseApiKeyToken(token: string): { id: string; secret: string } | null {
  const match = TOKEN.exec(token);
  return match ? { id: match[1], secret: match[2] } : null;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Compares in constant time, so response timing tells nothing about how much matched. */
export function sameSecret(a: string, b: string): boolean {
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y);
}
