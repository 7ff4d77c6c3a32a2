import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, ROUTES } from '../../src/api/index.js';
import { createSqliteStore } from '../../src/store/index.js';
import { startTestServer, type TestServer } from './helpers/server.js';

interface OpenApiDoc {
  openapi: string;
  paths: Record<string, Record<string, { parameters: Array<{ name: string; in: string; schema: object }>; responses: Record<string, unknown>; requestBody?: unknown }>>;
}

const webRoot = mkdtempSync(join(tmpdir(), 'marsad-web-'));
mkdirSync(join(webRoot, 'assets'));
writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>marsad</title>');
writeFileSync(join(webRoot, 'assets', 'app-abc.js'), 'console.log(1)');
writeFileSync(join(webRoot, '.secret'), 'hidden');
const admin1 = join(webRoot, 'admin1.topo.json');
writeFileSync(admin1, '{"type":"Topology","objects":{},"arcs":[]}');

let server: TestServer;
let doc: OpenApiDoc;
beforeAll(async () => {
  server = await startTestServer({ webRoot, admin1Path: admin1 });
  doc = (await server.json<OpenApiDoc>('/openapi.json')).body;
});
afterAll(async () => {
  await server.close();
});

describe('GET /openapi.json', () => {
  it('documents every route the app serves, and nothing else', () => {
    const app = createApp({ store: createSqliteStore(':memory:') });
    const served = new Set(app.routes
      .filter((r) => r.method !== 'ALL' && !r.path.includes('*'))
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`));
    const documented = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`)));
    expect([...documented].sort()).toEqual([...served].sort());
    expect(doc.openapi).toBe('3.1.0');
    expect(ROUTES.length).toBe(documented.size);
  });

  it('lists every /events filter with a JSON schema that compiles', () => {
    const params = doc.paths['/events']?.get?.parameters ?? [];
    expect(params.map((p) => p.name).sort()).toEqual(
      ['acled_type', 'actor', 'bbox', 'country', 'cursor', 'document_id', 'format', 'from', 'incident_id', 'limit', 'q', 'to', 'type'],
    );
    const ajv = new Ajv2020({ strict: false });
    for (const [, ops] of Object.entries(doc.paths)) {
      for (const op of Object.values(ops)) for (const p of op.parameters) expect(() => ajv.compile(p.schema)).not.toThrow();
    }
    const format = params.find((p) => p.name === 'format')?.schema as { enum?: string[] };
    expect(format.enum).toEqual(['json', 'geojson', 'csv', 'plover']);
  });

  it('documents the review body from the validating schema and marks writes as secured', () => {
    const review = doc.paths['/events/{id}/review']?.post as unknown as { security: unknown[]; requestBody: { content: Record<string, { schema: { properties: Record<string, { enum?: string[] }> } }> } };
    expect(review.security).toEqual([{ bearer: [] }]);
    expect(review.requestBody.content['application/json']?.schema.properties.action?.enum).toEqual(['confirm', 'reject', 'correct']);
    expect(Object.keys((doc.paths['/documents']?.post as unknown as { requestBody: { content: object } }).requestBody.content))
      .toEqual(['text/plain', 'text/html', 'application/json', 'application/x-ndjson']);
  });
});

describe('web app and geo files', () => {
  it('serves index.html at / and hashed assets with long caching', async () => {
    const index = await server.get('/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    const asset = await server.get('/assets/app-abc.js');
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it.each([['/.secret'], ['/..%2fpackage.json'], ['/%2e%2e/%2e%2e/package.json'], ['/assets/../../package.json'], ['/missing.js']])('refuses %s', async (path) => {
    const res = await server.get(path);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('hidden');
  });

  it('serves the admin-1 TopoJSON when present, 404 otherwise', async () => {
    expect((await server.json<{ type: string }>('/geo/admin1.json')).body.type).toBe('Topology');
    const bare = await startTestServer({ admin1Path: join(webRoot, 'nope.json') });
    try {
      expect((await bare.get('/geo/admin1.json')).status).toBe(404);
    } finally {
      await bare.close();
    }
  });
});
