import { JWTPayload, createRemoteJWKSet, jwtVerify } from 'jose';
import { UnauthenticatedError } from '../domain/errors';
import { Identity, ROLES, Role } from '../domain/identity';
import { JwtConfig } from './securityConfig';

/**
 * Checks OIDC/JWT access tokens with jose: signature (JWKS of the provider, fetched and cached by
 * jose, or an HS256 secret), expiry, issuer and audience. The caller's role is the highest Cascade
 * role named in the role claim; a valid token without one authenticates but may do nothing more
 * than an anonymous caller.
 */
export class JwtVerifier {
  private readonly remote: ReturnType<typeof createRemoteJWKSet> | null;
  private readonly secret: Uint8Array;

  constructor(private readonly config: JwtConfig) {
    this.remote = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl), { timeoutDuration: 5_000, cooldownDuration: 30_000 }) : null;
    this.secret = new TextEncoder().encode(config.secret ?? '');
  }

  async verify(token: string): Promise<Identity> {
    let payload: JWTPayload;
    try {
      const checks = { issuer: this.config.issuer, audience: this.config.audience, clockTolerance: 30 };
      ({ payload } = this.remote
        ? await jwtVerify(token, this.remote, { ...checks, algorithms: ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'] })
        : await jwtVerify(token, this.secret, { ...checks, algorithms: ['HS256'] }));
    } catch (error) {
      // jose's codes say why (expired, bad signature, wrong audience) without echoing the token.
      const reason = (error as { code?: string }).code ?? 'ERR_JWT_INVALID';
      throw new UnauthenticatedError(`The bearer token is not a valid access token (${reason})`);
    }
    if (typeof payload.sub !== 'string' || payload.sub === '') throw new UnauthenticatedError('The access token has no subject (sub)');
    return { subject: `jwt:${payload.sub}`, role: highestRole(payload[this.config.roleClaim]), via: 'jwt' };
  }
}

function highestRole(claim: unknown): Role | null {
  const values = (Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/[\s,]+/) : []).map((v) =>
    String(v).toLowerCase().replace(/^cascade[:.]/, ''),
  );
  let best: Role | null = null;
  for (const role of ROLES) if (values.includes(role)) best = role;
  return best;
}
