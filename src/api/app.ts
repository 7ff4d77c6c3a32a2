import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { dataPath, PACKAGE_ROOT } from '../lexicon/paths.js';
import { parseTokenHashes, requireToken } from './auth.js';
import type { AppEnv, RouteDeps } from './env.js';
import { ApiError, toErrorResponse } from './http-error.js';
import { createOpenApiDocument } from './openapi.js';
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_RATE_LIMIT, type ApiOptions } from './options.js';
import { createRateLimit } from './rate-limit.js';
import { createDocumentRoutes } from './routes/documents.js';
import { createEventRoutes } from './routes/events.js';
import { createIncidentRoutes } from './routes/incidents.js';
import { createListRoutes } from './routes/lists.js';
import { createFileRoute, createStaticRoutes } from './routes/static.js';
import { emptyQuery } from './schemas.js';
import { limitBody, securityHeaders } from './security.js';
import { parseQuery } from './validate.js';

/** Paths anyone may read even when reads need a token. */
const OPEN_PATHS = new Set(['/health', '/openapi.json']);
const API_PREFIXES = ['/events', '/incidents', '/documents', '/actors', '/places', '/stats', '/geo/'];

function readVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

const isApiPath = (path: string) => API_PREFIXES.some((p) => path === p || path.startsWith(p.endsWith('/') ? p : `${p}/`));

/**
 * The HTTP API (and, with `webRoot`, the web app) as a Hono app. Pure wiring: no listening socket.
 * Reads are public unless `publicReads` is false; writes always need a token from `tokenHashes`.
 */
export function createApp(options: ApiOptions): Hono<AppEnv> {
  const tokens = parseTokenHashes(options.tokenHashes ?? []);
  const deps: RouteDeps = { store: options.store, ingest: options.ingest, tokens };
  const app = new Hono<AppEnv>();
  const openapi = createOpenApiDocument(readVersion());

  app.use('*', securityHeaders());
  if (options.corsOrigins && options.corsOrigins.length > 0) {
    app.use('*', cors({
      origin: options.corsOrigins, allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type'], exposeHeaders: ['X-Next-Cursor'], maxAge: 600,
    }));
  }
  const limiter = createRateLimit(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  app.use('*', async (c, next) => (c.req.path.startsWith('/assets/') ? next() : limiter(c, next)));
  app.use('*', limitBody(options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES));
  if (options.publicReads === false) {
    const guard = requireToken(tokens);
    app.use('*', async (c, next) => (c.req.method === 'GET' && isApiPath(c.req.path) && !OPEN_PATHS.has(c.req.path) ? guard(c, next) : next()));
  }

  app.get('/health', (c) => {
    parseQuery(c, emptyQuery);
    return c.json({ status: 'ok', store: options.store.kind });
  });
  app.get('/openapi.json', (c) => c.json(openapi));
  app.route('/', createEventRoutes(deps));
  app.route('/', createIncidentRoutes(deps));
  app.route('/', createDocumentRoutes(deps));
  app.route('/', createListRoutes(deps));
  app.route('/', createFileRoute('/geo/admin1.json', options.admin1Path ?? dataPath('geo', 'mena-admin1.topo.json')));
  if (options.webRoot) app.route('/', createStaticRoutes(options.webRoot));

  app.notFound(() => {
    throw new ApiError(404, 'E_NOT_FOUND', 'no such resource');
  });
  app.onError((error, c) => toErrorResponse(c, error));
  return app;
}
