import { buildASTSchema, GraphQLNonNull, GraphQLObjectType, isNonNullType, parse } from 'graphql';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { loadTypeDefs } from '../../src/graphql/typeDefs';
import { requiredRole } from '../../src/auth/requiredRole';
import { readSecurityConfig } from '../../src/auth/securityConfig';
import { ApiKeyStore } from '../../src/store/apiKeyStore';
import { newApiKeyToken, parseApiKeyToken } from '../../src/auth/apiKeyToken';
import { TestServer, startTestServer } from '../helpers/testServer';
import { testGateway } from '../helpers/testDatabase';

const schema = buildASTSchema(parse(loadTypeDefs()));
const ANON = { authorization: '' };
const BELOW = { operator: 'VIEWER', editor: 'OPERATOR', admin: 'EDITOR' } as const;

/** A document that validates for every mutation field: each required argument is an (unsent) variable. */
function mutationDocument(field: string): string {
  const definition = (schema.getMutationType() as GraphQLObjectType).getFields()[field];
  const required = definition.args.filter((a) => isNonNullType(a.type));
  const variables = required.map((a) => `$${a.name}: ${String(a.type as GraphQLNonNull<never>)}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `mutation${variables ? `(${variables})` : ''} { ${field}${args ? `(${args})` : ''} { __typename } }`;
}

const mutations = Object.keys((schema.getMutationType() as GraphQLObjectType).getFields()).map((field) => {
  const document = mutationDocument(field);
  return { field, document, role: requiredRole(schema, parse(document)) };
});

let server: TestServer;
let viewer: Record<string, string>;
const keys: Record<string, Record<string, string>> = {};
/** What the graph and its history look like; a refused write must leave both as they were. */
const snapshot = async () => {
  const data = await server.ok(`{ exportTopology changeHistory(first: 1) { id } statusHistory(first: 1) { id } apiKeys { id revokedAt } }`);
  return JSON.stringify(data);
};

beforeAll(async () => {
  server = await startTestServer();
  viewer = (await server.apiKey('viewer', 'VIEWER')).headers;
  for (const role of ['VIEWER', 'OPERATOR', 'EDITOR'] as const) keys[role] = (await server.apiKey(role.toLowerCase(), role)).headers;
});
afterAll(async () => {
  await server.close();
});

describe('roles on every mutation', () => {
  test('every mutation names the role it needs; none is open to viewers', () => {
    for (const m of mutations) {
      const field = (schema.getMutationType() as GraphQLObjectType).getFields()[m.field];
      expect([m.field, field.astNode?.directives?.some((d) => d.name.value === 'requires')]).toEqual([m.field, true]);
      expect([m.field, m.role]).not.toEqual([m.field, 'viewer']);
    }
  });

  test('anonymous callers get 401 UNAUTHENTICATED and callers below the role get 403 FORBIDDEN, for every mutation, and nothing changes', async () => {
    const before = await snapshot();
    for (const m of mutations) {
      const anonymous = await server.query(m.document, {}, ANON);
      expect([m.field, anonymous.status, anonymous.errors?.[0]?.extensions?.code]).toEqual([m.field, 401, 'UNAUTHENTICATED']);
      expect(anonymous.data).toBeUndefined();
      const below = BELOW[m.role as keyof typeof BELOW];
      const weak = await server.query(m.document, {}, keys[below]);
      expect([m.field, weak.status, weak.errors?.[0]?.extensions?.code]).toEqual([m.field, 403, 'FORBIDDEN']);
      expect(weak.errors?.[0]?.message).toContain(`needs the ${m.role} role`);
    }
    expect(await snapshot()).toBe(before);
  });

  test('the anonymous deleteEntity of the finding is refused and the service is still there', async () => {
    const res = await server.query(`mutation { deleteEntity(id: "bank.netbanking", cascade: true) { deleted { id } } }`, {}, ANON);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await server.ok(`{ service(id: "bank.netbanking") { id } }`)).toEqual({ service: { id: 'bank.netbanking' } });
  });

  test('a mutation hidden in a fragment is found and refused', async () => {
    const res = await server.query(
      `mutation { ...m } fragment m on Mutation { deleteEntity(id: "bank.netbanking") { deleted { id } } }`,
      {},
      keys.OPERATOR,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('a role may do what the roles below it may: an editor sets a status, an operator may not upsert', async () => {
    const set = await server.query(`mutation { setStatus(input: { id: "bank.web-3", status: UP, reason: "check" }) { by } }`, {}, keys.EDITOR);
    expect(set.errors).toBeUndefined();
    const upsert = await server.query(`mutation { upsertComponent(input: { id: "test.auth.x", name: "x", kind: SERVER }) { id } }`, {}, keys.OPERATOR);
    expect(upsert.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('credentials', () => {
  test('reads are open to anonymous callers by default, and whoami says who is asking', async () => {
    const anonymous = await server.query(`{ whoami { subject role via } service(id: "bank.netbanking") { id } }`, {}, ANON);
    expect(anonymous.data).toEqual({ whoami: { subject: 'anonymous', role: null, via: 'ANONYMOUS' }, service: { id: 'bank.netbanking' } });
    const key = await server.query(`{ whoami { subject role via } }`, {}, viewer);
    expect(key.data?.whoami).toMatchObject({ role: 'VIEWER', via: 'API_KEY' });
  });

  test.each([
    ['a made-up API key', 'Bearer cascade_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['a malformed API key', 'Bearer cascade_short'],
    ['a wrong admin token', 'Bearer not-the-admin-token-0000000000000'],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
  ])('%s is refused with 401, never taken as anonymous', async (_name, authorization) => {
    const res = await server.query(`{ whoami { subject } }`, {}, { authorization });
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('a revoked key is refused at once; keys are listed without their secrets', async () => {
    const key = await server.apiKey('soon-revoked', 'EDITOR');
    expect((await server.query(`{ whoami { subject } }`, {}, key.headers)).status).toBe(200);
    const revoked = await server.ok(`mutation { revokeApiKey(id: "${key.id}") { active revokedAt } }`);
    expect(revoked.revokeApiKey.active).toBe(false);
    const after = await server.query(`{ whoami { subject } }`, {}, key.headers);
    expect([after.status, after.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    const { apiKeys } = await server.ok(`{ apiKeys { id name role active } }`);
    expect(apiKeys).toContainEqual({ id: key.id, name: key.subject.replace('apikey:', ''), role: 'EDITOR', active: false });
    // The whole secret (it may itself contain '_': the token is cascade_<id>_<secret>).
    expect(JSON.stringify(apiKeys)).not.toContain(parseApiKeyToken(key.token)!.secret);
  });

  test('an expired key is refused', async () => {
    const { id, token, hash } = newApiKeyToken();
    await new ApiKeyStore(server.gateway).create({ id, name: `expired-${id}`, role: 'admin', hash, by: 'test', expiresAt: '2020-01-01T00:00:00Z' });
    const res = await server.query(`{ whoami { subject } }`, {}, { authorization: `Bearer ${token}` });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(res.errors?.[0]?.message).toContain('expired');
  });

  test('key names are unique and checked', async () => {
    const res = await server.query(`mutation { createApiKey(input: { name: "bad name!", role: VIEWER, expiresInDays: 0 }) { token } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/name: .*expiresInDays: /);
  });
});

describe('anonymous reads switched off', () => {
  let closed: TestServer;
  beforeAll(async () => {
    closed = await startTestServer(testGateway(), { statusPollMs: 100, security: { anonymousRead: false } });
  });
  afterAll(async () => closed.close());

  test('an anonymous read is 401; a viewer key reads', async () => {
    const res = await closed.query(`{ service(id: "bank.netbanking") { id } }`, {}, ANON);
    expect([res.status, res.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    const ok = await closed.query(`{ service(id: "bank.netbanking") { id } }`, {}, viewer);
    expect(ok.data).toEqual({ service: { id: 'bank.netbanking' } });
  });
});

describe('access tokens (JWT)', () => {
  const issuer = 'https://login.example.test/';
  const audience = 'cascade-api';

  test('HS256: issuer, audience and signature are checked; the role comes from the roles claim; the author is jwt:<sub>', async () => {
    const secret = 'an-hs256-secret-of-at-least-32-characters';
    const jwtServer = await startTestServer(testGateway(), {
      statusPollMs: 100,
      security: { jwt: { jwksUrl: null, secret, issuer, audience, roleClaim: 'roles' } },
    });
    try {
      const sign = (claims: Record<string, unknown>, aud = audience, key = secret) =>
        new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('alice').setIssuer(issuer).setAudience(aud).setExpirationTime('5m').sign(new TextEncoder().encode(key));
      const who = async (token: string) => jwtServer.query(`{ whoami { subject role via } }`, {}, { authorization: `Bearer ${token}` });
      expect((await who(await sign({ roles: ['operator'] }))).data?.whoami).toEqual({ subject: 'jwt:alice', role: 'OPERATOR', via: 'JWT' });
      expect((await who(await sign({ roles: 'viewer' }, 'another-app'))).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await who(await sign({ roles: 'viewer' }, audience, 'a-different-secret-also-32-chars-long!'))).status).toBe(401);
      const operator = { authorization: `Bearer ${await sign({ roles: ['operator'] })}` };
      const set = await jwtServer.query(`mutation { setStatus(input: { id: "bank.web-3", status: UP, reason: "jwt check", by: "forged" }) { by onBehalfOf } }`, {}, operator);
      expect(set.data?.setStatus).toEqual({ by: 'jwt:alice', onBehalfOf: 'forged' });
    } finally {
      await jwtServer.close();
    }
  });

  test('JWKS: an RS256 token from the provider\'s key set is accepted, one signed by another key is not', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const stranger = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const jwks = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`;
    const jwtServer = await startTestServer(testGateway(), { statusPollMs: 100, security: { jwt: { jwksUrl, secret: null, issuer, audience, roleClaim: 'cascade_roles' } } });
    try {
      const sign = (key: Parameters<SignJWT['sign']>[0]) =>
        new SignJWT({ cascade_roles: ['editor'] }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setSubject('svc-deployer').setIssuer(issuer).setAudience(audience).setExpirationTime('5m').sign(key);
      const good = await jwtServer.query(`{ whoami { subject role } }`, {}, { authorization: `Bearer ${await sign(privateKey)}` });
      expect(good.data?.whoami).toEqual({ subject: 'jwt:svc-deployer', role: 'EDITOR' });
      const bad = await jwtServer.query(`{ whoami { subject role } }`, {}, { authorization: `Bearer ${await sign(stranger.privateKey)}` });
      expect([bad.status, bad.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    } finally {
      await jwtServer.close();
      await new Promise<void>((resolve) => jwks.close(() => resolve()));
    }
  });
});

describe('over WebSocket', () => {
  const connect = (params: Record<string, unknown>, origin?: string): Client =>
    createClient({
      url: server.url.replace('http', 'ws'),
      webSocketImpl: origin ? class extends WebSocket { constructor(url: string, protocols?: string | string[]) { super(url, protocols, { origin }); } } : WebSocket,
      connectionParams: params,
      retryAttempts: 0,
    });
  const once = (client: Client, query: string) =>
    new Promise<{ data?: any; errors?: any[]; closed?: number }>((resolve) => {
      client.subscribe({ query }, {
        next: (result) => resolve(result as never),
        error: (error) => resolve(Array.isArray(error) ? { errors: error } : { closed: (error as { code?: number }).code }),
        complete: () => undefined,
      });
    });

  test('the token in connectionParams.authorization is the author; connectionParams.user is ignored', async () => {
    const operator = await server.apiKey('ws-operator', 'OPERATOR');
    const client = connect({ authorization: operator.headers.authorization, user: 'mallory' });
    try {
      const result = await once(client, `mutation { setStatus(input: { id: "bank.web-3", status: UP, reason: "ws check" }) { by } }`);
      expect(result.data).toEqual({ setStatus: { by: operator.subject } });
    } finally {
      await client.dispose();
    }
  });

  test('an anonymous mutation over WebSocket is refused with UNAUTHENTICATED', async () => {
    const client = connect({});
    try {
      const result = await once(client, `mutation { deleteEntity(id: "bank.netbanking", cascade: true) { deleted { id } } }`);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await client.dispose();
    }
    expect(await server.ok(`{ service(id: "bank.netbanking") { id } }`)).toEqual({ service: { id: 'bank.netbanking' } });
  });

  test('a bad token closes the connection with 4401', async () => {
    const client = connect({ authorization: 'Bearer cascade_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' });
    try {
      const result = await once(client, `subscription { statusChanged { state } }`);
      expect(result.closed).toBe(4401);
    } finally {
      await client.dispose();
    }
  });

  test('a foreign Origin cannot open a socket', async () => {
    const socket = new WebSocket(server.url.replace('http', 'ws'), 'graphql-transport-ws', { origin: 'https://evil.example' });
    const status = await new Promise<number>((resolve) => {
      socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.on('open', () => resolve(101));
      socket.on('error', () => undefined);
    });
    socket.terminate();
    expect(status).toBe(401);
  });
});

describe('origins', () => {
  test('a foreign Origin is refused with 403 ORIGIN_NOT_ALLOWED and gets no CORS header', async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ query: '{ whoami { subject } }' }),
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('ORIGIN_NOT_ALLOWED');
  });

  test('a page elsewhere cannot write even with a valid token in hand: refused, graph unchanged, others served', async () => {
    const before = await snapshot();
    const [res, meanwhile] = await Promise.all([
      fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://evil.example', authorization: `Bearer ${'test-admin-token-0123456789abcdef'}` },
        body: JSON.stringify({ query: 'mutation { deleteEntity(id: "bank.netbanking", cascade: true) { deleted { id } } }' }),
      }),
      server.query(`{ service(id: "bank.netbanking") { id } }`, {}, ANON),
    ]);
    expect(res.status).toBe(403);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('ORIGIN_NOT_ALLOWED');
    expect(meanwhile.data).toEqual({ service: { id: 'bank.netbanking' } });
    expect(await snapshot()).toBe(before);
  });

  test('an allowed origin gets CORS headers on its preflight; the API listens on loopback by default', async () => {
    const open = await startTestServer(testGateway(), { statusPollMs: 100, security: { allowedOrigins: ['https://ops.example.com'] } });
    try {
      const res = await fetch(open.url, { method: 'OPTIONS', headers: { origin: 'https://ops.example.com', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' } });
      expect(res.headers.get('access-control-allow-origin')).toBe('https://ops.example.com');
      expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
    } finally {
      await open.close();
    }
    expect(readSecurityConfig({}).host).toBe('127.0.0.1');
    expect(readSecurityConfig({}).allowedOrigins).toEqual([]);
  });
});

describe('rate limits', () => {
  test('a caller over its limit gets 429 with Retry-After; another caller is not slowed', async () => {
    const limited = await startTestServer(testGateway(), { statusPollMs: 100, security: { rateLimitPerMinute: 3 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await limited.query(`{ whoami { subject } }`)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const res = await fetch(limited.url, { method: 'POST', headers: { 'content-type': 'application/json', ...viewer }, body: JSON.stringify({ query: '{ whoami { subject } }' }) });
      expect(res.status).toBe(200);
      const over = await fetch(limited.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${'test-admin-token-0123456789abcdef'}` }, body: '{"query":"{ whoami { subject } }"}' });
      expect(over.status).toBe(429);
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await over.json()) as any).errors[0].extensions.code).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });
});
