import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

interface ErrorBody { error: { code: string; field?: string; message: string } }

describe('400 names the bad field', () => {
  it.each([
    ['/events?type=BOMBING', 'type'],
    ['/events?type=ASSAULT,,nope', 'type'],
    ['/events?acled_type=War', 'acled_type'],
    ['/events?bbox=1,2,3', 'bbox'],
    ['/events?bbox=0,50,10,40', 'bbox'],
    ['/events?bbox=a,b,c,d', 'bbox'],
    ['/events?bbox=0,0,200,10', 'bbox'],
    ['/events?from=2021-02-30', 'from'],
    ['/events?from=yesterday', 'from'],
    ['/events?to=2020-13', 'to'],
    ['/events?from=2020-01-01&to=2019-12-31', 'to'],
    ['/events?limit=0', 'limit'],
    ['/events?limit=5000', 'limit'],
    ['/events?limit=ten', 'limit'],
    ['/events?format=xml', 'format'],
    ['/events?country=LIBYA', 'country'],
    ['/events?cursor=not%20a%20cursor', 'cursor'],
    ['/events?cursor=bm90LWpzb24', 'cursor'],
    ['/events?colour=red', 'colour'],
    ['/events?actor=', 'actor'],
    ['/events/has%20space', 'id'],
    ['/stats?bbox=x', 'bbox'],
    ['/stats?limit=5', 'limit'],
    ['/incidents?from=2016-8-1', 'from'],
    ['/actors?limit=-1', 'limit'],
    ['/places?q=', 'q'],
    ['/health?x=1', 'x'],
  ])('%s → %s', async (path, field) => {
    const { status, body, res } = await server.json<ErrorBody>(path);
    expect(status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(body.error.code).toBe('E_BAD_REQUEST');
    expect(body.error.field).toBe(field);
    expect(body.error.message.length).toBeGreaterThan(0);
  });

  it.each([
    ['/events?type=%3Cscript%3Ealert(1)%3C/script%3E'],
    ['/events?%3Cscript%3E=1'],
    ['/events?from=%3Cimg%20src=x%20onerror=alert(1)%3E'],
    ['/%3Cscript%3Ealert(1)%3C/script%3E'],
  ])('never echoes markup: %s', async (path) => {
    const res = await server.get(path);
    const text = await res.text();
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(text).not.toMatch(/<script|<img/i);
  });
});

describe('security headers', () => {
  it.each([['/events'], ['/nope'], ['/events?type=x']])('%s carries CSP and friends', async (path) => {
    const res = await server.get(path);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('CORS is off by default', async () => {
    const res = await server.get('/events', { headers: { origin: 'https://evil.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('configured CORS, rate limits and private reads', () => {
  it('allows only configured origins', async () => {
    const s = await startTestServer({ corsOrigins: ['https://dash.example'] });
    try {
      const ok = await s.get('/events', { headers: { origin: 'https://dash.example' } });
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://dash.example');
      const other = await s.get('/events', { headers: { origin: 'https://evil.example' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      const preflight = await s.get('/events/ev-csv/review', {
        method: 'OPTIONS', headers: { origin: 'https://dash.example', 'access-control-request-method': 'POST' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    } finally {
      await s.close();
    }
  });

  it('answers 429 with Retry-After past the per-IP window', async () => {
    const s = await startTestServer({ rateLimit: { windowMs: 60_000, max: 3 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await s.get('/health')).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const res = await s.get('/events');
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await res.json()) as ErrorBody).error.code).toBe('E_RATE_LIMITED');
    } finally {
      await s.close();
    }
  });

  it('needs a token for reads when publicReads is false (health and openapi stay open)', async () => {
    const { TOKEN } = await import('./helpers/server.js');
    const s = await startTestServer({ publicReads: false });
    try {
      expect((await s.get('/events')).status).toBe(401);
      expect((await s.get('/documents/doc-xss')).status).toBe(401);
      expect((await s.get('/events', { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
      expect((await s.get('/health')).status).toBe(200);
      expect((await s.get('/openapi.json')).status).toBe(200);
    } finally {
      await s.close();
    }
  });
});
