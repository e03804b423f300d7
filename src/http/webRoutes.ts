import express, { RequestHandler, Router } from 'express';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findCypherDir } from '../neo4j/cypherFiles';
import { sendError } from './sendError';

/** Where web/build.js puts the pages: dist/web under the project root (the folder holding cypher/). */
export function webAssetsDir(): string {
  return join(dirname(findCypherDir()), 'dist', 'web');
}

/**
 * The pages are self-contained bundles: everything comes from this origin. The IDE's editor sets
 * inline styles and fonts as data: URLs; subscriptions use a WebSocket to this host.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const pageHeaders: RequestHandler = (_req, res, next) => {
  res.set('content-security-policy', CONTENT_SECURITY_POLICY);
  res.set('x-content-type-options', 'nosniff');
  res.set('referrer-policy', 'no-referrer');
  next();
};

/**
 * True for a browser opening /graphql: a GET that accepts HTML before JSON and carries no GraphQL
 * query. Tools (curl, clients sending `?query=`) still reach the API and its CSRF check.
 */
export function wantsIde(method: string, accept: string | undefined, query: unknown): boolean {
  if (method !== 'GET' || !accept || !accept.includes('text/html')) return false;
  const json = accept.indexOf('application/json');
  if (json !== -1 && json < accept.indexOf('text/html')) return false;
  return !(query && typeof query === 'object' && 'query' in query);
}

/**
 * The browser pages: the GraphQL IDE at GET /graphql (for browsers) with its assets under /ide,
 * the explorer at /explorer, and / sending people to the explorer. Assets come from web/build.js;
 * when they have not been built, a page answers 503 and says how to build them.
 */
export function webRoutes(dir: string = webAssetsDir()): Router {
  const router = Router();
  const page = (name: string): RequestHandler => (_req, res) => {
    const file = join(dir, name, 'index.html');
    if (!existsSync(file)) return sendError(res, 503, 'PAGE_NOT_BUILT', `The ${name} page has not been built: run npm run build`);
    res.set('cache-control', 'no-cache');
    res.sendFile(file);
  };
  // Bundles are rebuilt under the same names, so browsers revalidate them (cheap: ETag, 304).
  const assets = (name: string) => express.static(join(dir, name), { index: false, fallthrough: true, cacheControl: true, maxAge: 0 });

  router.get('/', (_req, res) => res.redirect(302, '/explorer'));
  // `use`, not `get`: a router answers OPTIONS itself for paths it has routes on, and the API's
  // CORS preflight on /graphql must reach the origin policy instead.
  router.use('/graphql', (req, res, next) => (req.path === '/' && wantsIde(req.method, req.get('accept'), req.query) ? pageHeaders(req, res, () => page('ide')(req, res, next)) : next()));
  router.use('/ide', pageHeaders, assets('ide'));
  router.get(['/explorer', '/explorer/'], pageHeaders, page('explorer'));
  router.use('/explorer', pageHeaders, assets('explorer'));
  return router;
}
