import { z } from 'zod';
import { INGEST_TYPES, ingestQuery } from './routes/documents.js';
import { emptyQuery, eventsQuery, idParam, incidentsQuery, listQuery, reviewBody, statsQuery } from './schemas.js';

interface RouteDoc {
  method: 'get' | 'post';
  path: string;
  summary: string;
  query?: z.ZodType;
  body?: { schema?: z.ZodType; types: readonly string[] };
  auth?: boolean;
  ok: { status: number; description: string; types?: readonly string[] };
}

/** Every route the API serves; `/openapi.json` and the route tests both read this table. */
export const ROUTES: readonly RouteDoc[] = [
  { method: 'get', path: '/health', summary: 'liveness and store kind', query: emptyQuery, ok: { status: 200, description: 'ok' } },
  { method: 'get', path: '/openapi.json', summary: 'this document', query: emptyQuery, ok: { status: 200, description: 'OpenAPI 3.1' } },
  {
    method: 'get', path: '/events', summary: 'events matching the filters, one page', query: eventsQuery,
    ok: { status: 200, description: 'events (`next` cursor in the body or X-Next-Cursor)', types: ['application/json', 'application/geo+json', 'text/csv', 'application/x-ndjson'] },
  },
  { method: 'get', path: '/events/{id}', summary: 'one event and its review status', query: emptyQuery, ok: { status: 200, description: 'event' } },
  {
    method: 'post', path: '/events/{id}/review', summary: 'confirm, reject or correct an event', auth: true,
    body: { schema: reviewBody, types: ['application/json'] }, query: emptyQuery, ok: { status: 201, description: 'review record' },
  },
  { method: 'get', path: '/incidents', summary: 'cross-source incidents matching the filters', query: incidentsQuery, ok: { status: 200, description: 'incidents' } },
  { method: 'get', path: '/incidents/{id}', summary: 'one incident with its events', query: emptyQuery, ok: { status: 200, description: 'incident' } },
  {
    method: 'post', path: '/incidents/{id}/review', summary: 'confirm, reject or correct an incident', auth: true,
    body: { schema: reviewBody, types: ['application/json'] }, query: emptyQuery, ok: { status: 201, description: 'review record' },
  },
  { method: 'get', path: '/documents/{id}', summary: 'a stored report: cleaned text and its events', query: emptyQuery, ok: { status: 200, description: 'document' } },
  {
    method: 'post', path: '/documents', summary: 'ingest reports (text, HTML, JSON, JSONL)', auth: true,
    body: { types: INGEST_TYPES }, query: ingestQuery, ok: { status: 201, description: 'documents stored and per-input errors' },
  },
  { method: 'get', path: '/actors', summary: 'actors with event counts', query: listQuery, ok: { status: 200, description: 'actors' } },
  { method: 'get', path: '/places', summary: 'places with event counts', query: listQuery, ok: { status: 200, description: 'places' } },
  { method: 'get', path: '/stats', summary: 'event counts by day, type and country', query: statsQuery, ok: { status: 200, description: 'stats' } },
  { method: 'get', path: '/geo/admin1.json', summary: 'admin-1 boundaries (TopoJSON) for the map', query: emptyQuery, ok: { status: 200, description: 'TopoJSON' } },
];

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' }, field: { type: 'string' } },
    },
  },
};

function toJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

function toParameters(route: RouteDoc): unknown[] {
  const params: unknown[] = [];
  for (const m of route.path.matchAll(/\{(\w+)\}/g)) {
    params.push({ name: m[1], in: 'path', required: true, schema: toJsonSchema(idParam) });
  }
  if (!route.query) return params;
  const json = toJsonSchema(route.query) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  for (const [name, schema] of Object.entries(json.properties ?? {})) {
    const { description, ...rest } = schema;
    params.push({ name, in: 'query', required: json.required?.includes(name) ?? false, ...(description ? { description } : {}), schema: rest });
  }
  return params;
}

function toOperation(route: RouteDoc): Record<string, unknown> {
  const responses: Record<string, unknown> = {
    [String(route.ok.status)]: {
      description: route.ok.description,
      content: Object.fromEntries((route.ok.types ?? ['application/json']).map((t) => [t, {}])),
    },
    400: { description: 'invalid request; `error.field` names the bad field', content: { 'application/json': { schema: errorSchema } } },
    429: { description: 'rate limited', content: { 'application/json': { schema: errorSchema } } },
  };
  if (route.path.includes('{')) responses[404] = { description: 'not found', content: { 'application/json': { schema: errorSchema } } };
  if (route.auth) {
    responses[401] = { description: 'missing or invalid token', content: { 'application/json': { schema: errorSchema } } };
    responses[403] = { description: 'writes disabled (no token configured)', content: { 'application/json': { schema: errorSchema } } };
    responses[413] = { description: 'body too large', content: { 'application/json': { schema: errorSchema } } };
  }
  const op: Record<string, unknown> = {
    operationId: `${route.method}${route.path.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_m, ch: string | undefined) => (ch ?? '').toUpperCase())}`,
    summary: route.summary,
    parameters: toParameters(route),
    responses,
  };
  if (route.auth) op.security = [{ bearer: [] }];
  if (route.body) {
    op.requestBody = {
      required: true,
      content: Object.fromEntries(route.body.types.map((t) => [t, route.body?.schema ? { schema: toJsonSchema(route.body.schema) } : {}])),
    };
  }
  return op;
}

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
export function createOpenApiDocument(version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES) (paths[route.path] ??= {})[route.method] = toOperation(route);
  return {
    openapi: '3.1.0',
    info: { title: 'marsad API', version, description: 'Sourced, geolocated, de-duplicated conflict and political events (PLOVER, ACLED, CAMEO).' },
    paths,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
