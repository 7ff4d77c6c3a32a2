import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestFn } from '../../src/api/index.js';
import type { MarsadEvent } from '../../src/types.js';
import { authed, startTestServer, TOKEN, TOKEN_NAME, type TestServer } from './helpers/server.js';

interface ErrorBody { error: { code: string; field?: string } }

const calls: Array<{ text: string; contentType: string | null; fileName?: string }> = [];
/** Stands in for the pipeline the integrator wires: records what the route hands over. */
const ingest: IngestFn = async (body, meta) => {
  calls.push({ text: new TextDecoder().decode(body), ...meta });
  const fresh = calls.length === 1;
  return { documents: [{ id: 'doc-new', status: fresh ? 'inserted' : 'unchanged', events: 2 }], errors: [] };
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ ingest, maxBodyBytes: 4096 });
});
afterAll(async () => {
  await server.close();
});

const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('POST /events/:id/review', () => {
  it('401 without a token, with a wrong token, or a non-bearer scheme', async () => {
    const none = await server.get('/events/ev-csv/review', json({ action: 'confirm' }));
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await server.get('/events/ev-csv/review', authed(json({ action: 'confirm' }), 'wrong'))).status).toBe(401);
    const basic = await server.get('/events/ev-csv/review', { ...json({ action: 'confirm' }), headers: { 'content-type': 'application/json', authorization: 'Basic YTpi' } });
    expect(basic.status).toBe(401);
  });

  it('confirms with the reviewer named by the token', async () => {
    const { status, body } = await server.json<{ review: { reviewer: string; action: string } }>('/events/ev-en-consult/review', authed(json({ action: 'confirm', comment: 'checked' })));
    expect(status).toBe(201);
    expect(body.review).toMatchObject({ reviewer: TOKEN_NAME, action: 'confirm' });
    expect((await server.json<{ status: string }>('/events/ev-en-consult')).body.status).toBe('confirmed');
  });

  it('corrects a field; the corrected event is what reads return', async () => {
    const { status } = await server.json('/events/ev-en-shelling/review', authed(json({ action: 'correct', changes: { 'fatalities.min': 4 } })));
    expect(status).toBe(201);
    const { body } = await server.json<{ event: MarsadEvent }>('/events/ev-en-shelling');
    expect(body.event.fatalities?.min).toBe(4);
  });

  it('rejecting hides the event from /events', async () => {
    expect((await server.get('/events/ev-ar-support/review', authed(json({ action: 'reject' })))).status).toBe(201);
    const { body } = await server.json<{ events: MarsadEvent[] }>('/events?limit=100');
    expect(body.events.map((e) => e.id)).not.toContain('ev-ar-support');
  });

  it.each([
    [{ action: 'maybe' }, 'action'],
    [{ action: 'correct' }, 'changes'],
    [{ action: 'correct', changes: { id: 'x' } }, 'changes'],
    [{ action: 'correct', changes: { type: 'NOT_A_TYPE' } }, 'changes'],
    [{ action: 'confirm', extra: 1 }, 'extra'],
    [{ action: 'confirm', comment: 5 }, 'comment'],
  ])('400 for %j names %s', async (body, field) => {
    const res = await server.json<ErrorBody>('/events/ev-csv/review', authed(json(body)));
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe(field);
  });

  it('400 for a non-JSON content type and for malformed JSON', async () => {
    const text = await server.json<ErrorBody>('/events/ev-csv/review', authed({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' }));
    expect(text.body.error.field).toBe('content-type');
    const bad = await server.json<ErrorBody>('/events/ev-csv/review', authed({ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":' }));
    expect(bad.body.error.field).toBe('body');
  });

  it('404 for an unknown event or incident', async () => {
    expect((await server.get('/events/nope/review', authed(json({ action: 'confirm' })))).status).toBe(404);
    expect((await server.get('/incidents/nope/review', authed(json({ action: 'confirm' })))).status).toBe(404);
  });

  it('reviews an incident', async () => {
    const { status, body } = await server.json<{ review: { targetKind: string } }>('/incidents/inc-sirte-1/review', authed(json({ action: 'confirm' })));
    expect(status).toBe(201);
    expect(body.review.targetKind).toBe('incident');
  });

  it('413 for a review body over the limit', async () => {
    const res = await server.get('/events/ev-csv/review', authed(json({ action: 'confirm', comment: 'x'.repeat(5000) })));
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorBody).error.code).toBe('E_TOO_LARGE');
  });
});

describe('POST /documents', () => {
  const post = (body: string, type: string, path = '/documents') =>
    server.get(path, authed({ method: 'POST', headers: { 'content-type': type }, body }));

  it('needs a token', async () => {
    expect((await server.get('/documents', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' })).status).toBe(401);
  });

  it.each([['text/plain; charset=utf-8'], ['text/html'], ['application/json'], ['application/x-ndjson']])('accepts %s', async (type) => {
    const res = await post('عنوان\n\nنص التقرير', type, '/documents?name=report.txt');
    expect([200, 201]).toContain(res.status);
    const body = (await res.json()) as { documents: unknown[] };
    expect(body.documents).toHaveLength(1);
    expect(calls.at(-1)).toMatchObject({ text: 'عنوان\n\nنص التقرير', contentType: type, fileName: 'report.txt' });
  });

  it('415 for other media types', async () => {
    const res = await post('GIF89a', 'image/gif');
    expect(res.status).toBe(415);
    expect(((await res.json()) as ErrorBody).error.field).toBe('content-type');
  });

  it('400 for an unsafe file name', async () => {
    expect(((await (await post('x', 'text/plain', '/documents?name=../../etc/passwd')).json()) as ErrorBody).error.field).toBe('name');
  });

  it('413 by Content-Length', async () => {
    const res = await post('x'.repeat(5000), 'text/plain');
    expect(res.status).toBe(413);
  });

  it('413 for a chunked body without Content-Length', async () => {
    const url = new URL('/documents', server.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      for (let i = 0; i < 10; i++) req.write('y'.repeat(1000));
      req.end();
    });
    expect(status).toBe(413);
  });

  it('501 when the server has no ingest pipeline, 403 when it has no tokens', async () => {
    const noIngest = await startTestServer();
    const noTokens = await startTestServer({ ingest, tokenHashes: [] });
    try {
      expect((await noIngest.get('/documents', authed({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' }))).status).toBe(501);
      const forbidden = await noTokens.get('/documents', authed({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' }));
      expect(forbidden.status).toBe(403);
      expect(((await forbidden.json()) as ErrorBody).error.code).toBe('E_FORBIDDEN');
    } finally {
      await noIngest.close();
      await noTokens.close();
    }
  });
});
