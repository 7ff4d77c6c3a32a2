import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher, FetchError, readInputs, type FetcherOptions, type ReadResult } from '../../../src/sources/index.js';
import { fixtureText, HTML_UTF8 } from './fixtures.js';
import { send, startLocalServer, type LocalServer } from './local-server.js';

let server: LocalServer;
const FAST: FetcherOptions = {
  allowHosts: ['127.0.0.1'], minDelayMs: 0, timeoutMs: 2_000, retry: { retries: 2, baseDelayMs: 10, maxDelayMs: 50 },
};

beforeAll(async () => {
  server = await startLocalServer({
    '/pages/idlib': (_req, res) => send(res, 200, fixtureText('page-ar-1.html'), HTML_UTF8),
    '/pages/en': (_req, res) => send(res, 200, fixtureText('page-en-1.html'), HTML_UTF8),
    '/feed.rss': (_req, res) => send(res, 200, fixtureText('feed.rss', server.origin), { 'content-type': 'application/rss+xml' }),
    '/content.rss': (_req, res) => send(res, 200, fixtureText('feed-content.rss', server.origin), { 'content-type': 'text/xml' }),
    '/slow-headers': () => undefined,
    '/slow-body': (_req, res) => {
      res.writeHead(200, HTML_UTF8);
      res.write('<html><body><p>');
    },
    '/huge': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const pump = (): void => {
        while (sent < 64 && res.write(chunk)) sent++;
        if (sent < 64) res.once('drain', pump);
        else res.end();
      };
      pump();
    },
    '/huge-declared': (_req, res) => send(res, 200, Buffer.alloc(300 * 1024, 0x61), { 'content-type': 'text/plain' }),
    '/gzip-bomb': (_req, res) => send(res, 200, gzipSync(Buffer.alloc(2 * 1024 * 1024, 0x61)), { 'content-type': 'text/plain', 'content-encoding': 'gzip' }),
    '/gzipped': (_req, res) => send(res, 200, gzipSync(fixtureText('page-en-1.html')), { ...HTML_UTF8, 'content-encoding': 'gzip' }),
    '/loop-a': (_req, res) => send(res, 302, '', { location: '/loop-b' }),
    '/loop-b': (_req, res) => send(res, 301, '', { location: server.url('/loop-a') }),
    '/to-localhost': (_req, res) => send(res, 302, '', { location: `http://localhost:${server.port}/pages/en` }),
    '/to-private': (_req, res) => send(res, 307, '', { location: 'http://10.0.0.1/internal' }),
    '/to-metadata': (_req, res) => send(res, 302, '', { location: 'http://169.254.169.254/latest/meta-data/' }),
    '/to-file': (_req, res) => send(res, 302, '', { location: 'file:///etc/passwd' }),
    '/cp1256-lying-utf8': (_req, res) => send(res, 200, iconv.encode(fixtureText('page-ar-2.html'), 'windows-1256'), { 'content-type': 'text/html; charset=utf-8' }),
    '/cp1256-lying-latin1': (_req, res) => send(res, 200, iconv.encode(fixtureText('page-ar-2.html'), 'windows-1256'), { 'content-type': 'text/html; charset=ISO-8859-1' }),
    '/cp1256-no-charset': (_req, res) => send(res, 200, iconv.encode(fixtureText('page-ar-2.html'), 'windows-1256'), { 'content-type': 'text/html' }),
    '/etag': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') send(res, 304, '', { etag: '"v1"' });
      else send(res, 200, fixtureText('page-en-1.html'), { ...HTML_UTF8, etag: '"v1"' });
    },
    '/last-modified': (req, res) => {
      const stamp = 'Tue, 16 Mar 2021 08:00:00 GMT';
      if (req.headers['if-modified-since'] === stamp) send(res, 304, '');
      else send(res, 200, fixtureText('page-en-1.html'), { ...HTML_UTF8, 'last-modified': stamp });
    },
    '/flaky': (_req, res, hit) => (hit === 1 ? send(res, 503, 'busy') : send(res, 200, fixtureText('page-en-1.html'), HTML_UTF8)),
    '/rate-limited': (_req, res, hit) => (hit === 1 ? send(res, 429, 'slow down', { 'retry-after': '0' }) : send(res, 200, fixtureText('page-en-1.html'), HTML_UTF8)),
    '/down-long': (_req, res) => send(res, 503, 'maintenance', { 'retry-after': '3600' }),
    '/always-500': (_req, res) => send(res, 500, 'broken'),
    '/robots.txt': (_req, res) => send(res, 200, 'User-agent: *\nDisallow: /private\n\nUser-agent: marsad\nDisallow: /private\nDisallow: /members\n', { 'content-type': 'text/plain' }),
    '/members/page': (_req, res) => send(res, 200, 'secret', { 'content-type': 'text/plain' }),
    '/politeness': (_req, res) => { setTimeout(() => send(res, 200, 'ok', { 'content-type': 'text/plain' }), 20); },
  });
  for (let i = 0; i < 7; i++) {
    server.route(`/hop-${i}`, (_req, res) => send(res, 302, '', { location: `/hop-${i + 1}` }));
  }
  server.route('/hop-7', (_req, res) => send(res, 200, fixtureText('page-en-1.html'), HTML_UTF8));
});
afterAll(() => server.close());

async function readAll(inputs: string[], fetch: FetcherOptions = FAST): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const result of readInputs(inputs, { fetch })) out.push(result);
  return out;
}

async function readOne(path: string, fetch: FetcherOptions = FAST): Promise<ReadResult> {
  const [result, ...rest] = await readAll([server.url(path)], fetch);
  expect(rest).toHaveLength(0);
  if (!result) throw new Error('no result');
  return result;
}

async function failOf(path: string, fetch: FetcherOptions = FAST): Promise<FetchError> {
  const result = await readOne(path, fetch);
  if (result.ok) throw new Error(`expected ${path} to fail`);
  expect(result.error).toBeInstanceOf(FetchError);
  return result.error as FetchError;
}

describe('readInputs with URLs', () => {
  it('fetches an Arabic page: Readability text, title, date, canonical URL from <link rel=canonical>', async () => {
    const result = await readOne('/pages/idlib');
    if (!result.ok) throw result.error;
    expect(result.doc.title).toBe('اشتباكات في ريف إدلب الجنوبي');
    expect(result.doc.body).toContain('قُتل أربعة مقاتلين');
    expect(result.doc.body).not.toContain('الرئيسية');
    expect(result.doc.url).toBe(server.url('/news/idlib-clashes'));
    expect(result.doc.origin).toBe(server.url('/pages/idlib'));
  });

  it('fetches the same article once when named twice with tracking parameters and fragments', async () => {
    const before = server.hits('/pages/en');
    const results = await readAll([server.url('/pages/en?utm_source=x&fbclid=1'), server.url('/pages/en#top'), `http://127.0.0.1:${server.port}/pages/en`]);
    expect(results).toHaveLength(1);
    expect(server.hits('/pages/en') - before).toBe(1);
  });

  it('refuses loopback unless the host is allowed, without sending a request', async () => {
    const before = server.hits('/pages/en');
    const error = await failOf('/pages/en', { ...FAST, allowHosts: [] });
    expect(error.code).toBe('E_FETCH_FORBIDDEN');
    expect(error.message).toMatch(/loopback/);
    expect(server.hits('/pages/en')).toBe(before);
  });

  it.each(['ftp://127.0.0.1/file.txt', 'file:///etc/passwd', 'gopher://127.0.0.1:70/'])('refuses the scheme of %s', async (url) => {
    const [result] = await readAll([url]);
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.error.code).toBe('E_FETCH_FORBIDDEN');
  });

  it('reads a feed URL item by item: a summary-only item through its page, a missing page as its own failure', async () => {
    const results = await readAll([server.url('/feed.rss')]);
    expect(results).toHaveLength(2);
    const [page, missing] = results;
    if (!page?.ok) throw new Error('first item should be read');
    expect(page.doc).toMatchObject({ origin: server.url('/pages/idlib'), url: server.url('/news/idlib-clashes'), title: 'اشتباكات في ريف إدلب الجنوبي' });
    expect(page.doc.body).toContain('قُتل أربعة مقاتلين');
    expect(missing?.ok === false && missing.origin).toBe(server.url('/pages/removed'));
    expect(missing?.ok === false && missing.error.message).toBe('HTTP 404 Not Found');
  });

  it('takes content:encoded from a feed without fetching the page', async () => {
    const [item, ...rest] = await readAll([server.url('/content.rss')]);
    expect(rest).toHaveLength(0);
    expect(item?.ok && item.doc.body).toMatch(/^At least six civilians were killed/);
    expect(item?.ok && item.doc.source).toBe('Regional Wire');
    expect(server.hits('/pages/never-fetched')).toBe(0);
  });

  it('decodes gzip content-encoding', async () => {
    const result = await readOne('/gzipped');
    expect(result.ok && result.doc.title).toBe('Airstrike hits market near Hodeidah');
  });
});

describe('timeouts and size limits', () => {
  const NO_RETRY: FetcherOptions = { ...FAST, timeoutMs: 300, retry: { retries: 0 } };
  it.each(['/slow-headers', '/slow-body'])('%s times out with E_TIMEOUT', async (path) => {
    const error = await failOf(path, NO_RETRY);
    expect(error.code).toBe('E_TIMEOUT');
  });

  it.each(['/huge', '/huge-declared', '/gzip-bomb'])('%s is cut off at the size limit with E_INPUT_TOO_LARGE', async (path) => {
    const error = await failOf(path, { ...FAST, maxBytes: 256 * 1024 });
    expect(error.code).toBe('E_INPUT_TOO_LARGE');
    expect(error.status).toBe(413);
  });
});

describe('redirects', () => {
  it('follows up to five hops', async () => {
    const result = await readOne('/hop-2');
    expect(result.ok && result.doc.title).toBe('Airstrike hits market near Hodeidah');
    expect(result.ok && result.doc.url).toBe(server.url('/hop-7'));
  });

  it('refuses a sixth hop', async () => {
    const error = await failOf('/hop-1');
    expect(error.message).toMatch(/too many redirects/);
  });

  it('detects a redirect loop', async () => {
    const error = await failOf('/loop-a');
    expect(error.code).toBe('E_FETCH');
    expect(error.message).toMatch(/redirect loop/);
  });

  it.each([
    ['/to-localhost', /localhost resolves to loopback/],
    ['/to-private', /10\.0\.0\.1 resolves to private/],
    ['/to-metadata', /link-local/],
    ['/to-file', /only http and https/],
  ])('%s is refused although the first host is allowed', async (path, message) => {
    const error = await failOf(path);
    expect(error.code).toBe('E_FETCH_FORBIDDEN');
    expect(error.message).toMatch(message);
  });

  it('follows a redirect to a private host that is allowed too', async () => {
    const result = await readOne('/to-localhost', { ...FAST, allowHosts: ['127.0.0.1', 'localhost'] });
    expect(result.ok && result.doc.title).toBe('Airstrike hits market near Hodeidah');
  });
});

describe('charsets', () => {
  it.each(['/cp1256-lying-utf8', '/cp1256-lying-latin1', '/cp1256-no-charset'])('%s: a windows-1256 page is decoded by sniffing', async (path) => {
    const result = await readOne(path);
    if (!result.ok) throw result.error;
    expect(result.doc.title).toBe('مظاهرة أمام مقر الحكومة في بغداد');
    expect(result.doc.body).toContain('تظاهر مئات الخريجين');
    expect(result.doc.diagnostics?.find((d) => d.code === 'input-encoding')?.message).toContain('windows-1256');
  });
});

describe('conditional GET, retries, politeness', () => {
  it.each([
    ['/etag', 'if-none-match'],
    ['/last-modified', 'if-modified-since'],
  ])('%s: a second GET with the validators gets 304, which is not an error', async (path, header) => {
    const fetcher = createFetcher(FAST);
    const first = await fetcher.fetch(server.url(path));
    expect(first.status).toBe(200);
    const second = await fetcher.fetch(server.url(path), { validators: { etag: first.etag, lastModified: first.lastModified } });
    expect(second.notModified).toBe(true);
    expect(second.body).toHaveLength(0);
    expect(server.log.filter((r) => r.path === path).at(-1)?.headers[header]).toBeTruthy();
  });

  it('retries a 503 and gets the page', async () => {
    const result = await readOne('/flaky');
    expect(result.ok && result.doc.title).toBe('Airstrike hits market near Hodeidah');
    expect(server.hits('/flaky')).toBe(2);
  });

  it('honours Retry-After on 429', async () => {
    const result = await readOne('/rate-limited');
    expect(result.ok).toBe(true);
    expect(server.hits('/rate-limited')).toBe(2);
  });

  it('gives up at once when Retry-After asks for longer than allowed', async () => {
    const error = await failOf('/down-long');
    expect(error.status).toBe(503);
    expect(error.retryAfterMs).toBe(3_600_000);
    expect(server.hits('/down-long')).toBe(1);
  });

  it('stops after the configured retries', async () => {
    const error = await failOf('/always-500');
    expect(error.message).toMatch(/HTTP 500/);
    expect(server.hits('/always-500')).toBe(3);
  });

  it('keeps one request in flight per host and waits the minimum delay between them', async () => {
    const fetcher = createFetcher({ ...FAST, minDelayMs: 100 });
    await Promise.all([1, 2, 3].map(() => fetcher.fetch(server.url('/politeness'))));
    const requests = server.log.filter((r) => r.path === '/politeness');
    expect(requests).toHaveLength(3);
    for (let i = 1; i < requests.length; i++) {
      const gap = (requests[i]?.start ?? 0) - (requests[i - 1]?.end ?? 0);
      expect(gap).toBeGreaterThanOrEqual(90);
    }
  });
});

describe('robots.txt', () => {
  it('is obeyed when asked: a disallowed path is refused without a request, robots.txt read once per origin', async () => {
    const fetcher = createFetcher({ ...FAST, robots: true });
    await expect(fetcher.fetch(server.url('/members/page'))).rejects.toMatchObject({ code: 'E_FETCH_FORBIDDEN', message: expect.stringContaining('robots.txt') });
    const page = await fetcher.fetch(server.url('/pages/en'));
    expect(page.status).toBe(200);
    expect(server.hits('/members/page')).toBe(0);
    expect(server.hits('/robots.txt')).toBe(1);
  });

  it('is not consulted by default (a URL a person names)', async () => {
    const response = await createFetcher(FAST).fetch(server.url('/members/page'));
    expect(Buffer.from(response.body).toString()).toBe('secret');
  });
});

describe('DNS: every resolved address is checked and the checked one is used', () => {
  it('connects to the address the resolver gave, sending the original Host', async () => {
    const fetcher = createFetcher({ ...FAST, allowHosts: ['news.test'], resolve: async () => [{ address: '127.0.0.1', family: 4 }] });
    const response = await fetcher.fetch(`http://news.test:${server.port}/pages/en`);
    expect(response.status).toBe(200);
    expect(server.log.at(-1)?.headers.host).toBe(`news.test:${server.port}`);
  });

  it('refuses a host when any of its addresses is private', async () => {
    const fetcher = createFetcher({ ...FAST, resolve: async () => [{ address: '93.184.216.34', family: 4 }, { address: '192.168.1.10', family: 4 }] });
    await expect(fetcher.fetch('http://mixed.test/')).rejects.toMatchObject({ code: 'E_FETCH_FORBIDDEN' });
  });

  it('refuses an IPv4-mapped IPv6 loopback', async () => {
    const fetcher = createFetcher({ ...FAST, allowHosts: [], resolve: async () => [{ address: '::ffff:127.0.0.1', family: 6 }] });
    await expect(fetcher.fetch('http://mapped.test/')).rejects.toMatchObject({ code: 'E_FETCH_FORBIDDEN' });
  });
});
