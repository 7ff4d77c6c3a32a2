import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommandArgs } from '../../../src/cli/command.js';
import { watchCommand } from '../../../src/cli/commands/watch.js';
import { openStore } from '../../../src/store/open-store.js';
import { tempDir } from '../../helpers/cli.js';
import { fixtureText, HTML_UTF8 } from '../fetch/fixtures.js';
import { send, startLocalServer, type LocalServer } from '../fetch/local-server.js';

let server: LocalServer;
const tmp = tempDir('marsad-watch-');
const RSS = { 'content-type': 'application/rss+xml; charset=utf-8' };

beforeAll(async () => {
  server = await startLocalServer({
    '/feed.rss': (req, res) => {
      if (req.headers['if-none-match'] === '"f1"') send(res, 304, '', { etag: '"f1"' });
      else send(res, 200, fixtureText('feed.rss', server.origin), { ...RSS, etag: '"f1"' });
    },
    '/content.rss': (_req, res) => send(res, 200, fixtureText('feed-content.rss', server.origin), RSS),
    '/pages/idlib': (_req, res) => send(res, 200, fixtureText('page-ar-1.html'), HTML_UTF8),
    '/flaky.rss': (_req, res) => send(res, 200, fixtureText('feed.rss', server.origin)
      .replace('/pages/idlib?', '/pages/busy?').replace('/pages/removed', '/pages/idlib'), { ...RSS, etag: '"f2"' }),
    '/pages/busy': (_req, res, hit) => (hit === 1 ? send(res, 503, 'busy') : send(res, 200, fixtureText('page-ar-2.html'), HTML_UTF8)),
    '/dup.rss': (_req, res) => send(res, 200, fixtureText('feed.rss', server.origin).replace('utm_campaign=feed', 'utm_campaign=other'), RSS),
    '/not-a-feed': (_req, res) => send(res, 200, fixtureText('page-en-1.html'), HTML_UTF8),
  });
});
afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

function writeFeeds(name: string, feeds: string[]): string {
  const path = join(tmp.dir, name);
  const list = feeds.map((f) => `  - url: ${server.url(f)}\n    name: أخبار المنطقة\n    language: ar`).join('\n');
  writeFileSync(path, `feeds:\n${list}\nallow_hosts: ['127.0.0.1']\nmin_delay_ms: 0\ntimeout_ms: 2000\nretries: 0\n`);
  return path;
}

async function watch(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const { values, positionals } = parseCommandArgs(watchCommand, argv);
  const code = await watchCommand.run({ values, positionals, stdout, stderr, stdin: Readable.from([]) });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

describe('marsad watch --once', () => {
  const db = join(tmp.dir, 'watch.db');

  it('ingests new items (page fetched, or content:encoded), reports the 404 item, and keeps going', async () => {
    const feeds = writeFeeds('feeds.yaml', ['/feed.rss', '/content.rss']);
    const run = await watch([feeds, '--db', db, '--once']);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(run.stdout).toContain(` ${server.url('/pages/idlib')}\n`);
    expect(run.stderr).toMatch(new RegExp(`failed ${server.url('/pages/removed')}: HTTP 404`));
    expect(run.stderr).toContain('2 new documents');
    expect(server.hits('/pages/never-fetched')).toBe(0);

    const store = await openStore(db);
    try {
      const ids = lines.map((line) => line.split(' ')[1] ?? '');
      const docs = await Promise.all(ids.map((id) => store.getDocument(id)));
      const idlib = docs.find((d) => d?.title === 'اشتباكات في ريف إدلب الجنوبي');
      expect(idlib).toMatchObject({ language: 'ar', source: 'أخبار المنطقة', url: server.url('/news/idlib-clashes') });
      expect(idlib?.text).toContain('قُتل أربعة مقاتلين');
      const wire = docs.find((d) => d?.title === 'Airstrike hits market near Hodeidah');
      expect(wire?.url).toBe(server.url('/pages/never-fetched'));
      expect((await store.listFailures()).map((f) => f.origin)).toContain(server.url('/pages/removed'));
    } finally {
      await store.close();
    }
    expect(existsSync(`${db}.feeds.json`)).toBe(true);
  });

  it('second pass: the feed answers 304 to its ETag, seen items are not fetched again, nothing new', async () => {
    const feeds = join(tmp.dir, 'feeds.yaml');
    const pages = server.hits('/pages/idlib');
    const run = await watch([feeds, '--db', db, '--once']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(server.log.filter((r) => r.path === '/feed.rss').at(-1)?.headers['if-none-match']).toBe('"f1"');
    expect(server.hits('/pages/idlib')).toBe(pages);
    expect(server.hits('/pages/removed')).toBe(1);
    const state = JSON.parse(readFileSync(`${db}.feeds.json`, 'utf8')) as { feeds: Record<string, { etag: string | null }> };
    expect(state.feeds[server.url('/feed.rss')]?.etag).toBe('"f1"');
  });

  it('the same article linked from another feed (other tracking parameters) is not fetched again', async () => {
    const feeds = writeFeeds('dup.yaml', ['/dup.rss']);
    const pages = server.hits('/pages/idlib');
    const run = await watch([feeds, '--db', db, '--once']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(server.hits('/pages/idlib')).toBe(pages);
  });

  it('an item that failed for a passing reason (503) is tried again at the next poll', async () => {
    const feeds = writeFeeds('flaky.yaml', ['/flaky.rss']);
    const state = join(tmp.dir, 'flaky-state.json');
    const first = await watch([feeds, '--db', db, '--once', '--state', state]);
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/busy.*HTTP 503/);
    // /pages/idlib is already stored: fetched again (new state file) but unchanged, so not printed as new.
    expect(first.stdout).toBe('');
    const second = await watch([feeds, '--db', db, '--once', '--state', state]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^new doc_\S+ \d+ events .*\/pages\/busy\n$/);
    expect(server.hits('/pages/busy')).toBe(2);
  });

  it('reports a feed URL that serves a web page', async () => {
    const feeds = writeFeeds('page.yaml', ['/not-a-feed']);
    const run = await watch([feeds, '--db', db, '--once', '--state', join(tmp.dir, 'page-state.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('not an RSS or Atom feed (the address serves an HTML page)');
  });

  it('refuses the local server without allow_hosts, naming the reason', async () => {
    const path = join(tmp.dir, 'strict.yaml');
    writeFileSync(path, `feeds:\n  - url: ${server.url('/feed.rss')}\nretries: 0\n`);
    const hits = server.hits('/feed.rss');
    const run = await watch([path, '--db', db, '--once', '--state', join(tmp.dir, 'strict-state.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/refused: 127\.0\.0\.1 resolves to loopback/);
    expect(server.hits('/feed.rss')).toBe(hits);
    const allowed = await watch([path, '--db', db, '--once', '--state', join(tmp.dir, 'strict-state.json'), '--allow-host', '127.0.0.1']);
    expect(allowed.stderr).not.toMatch(/refused/);
  });

  it('a bad feeds file is E_CONFIG naming the file and field', async () => {
    const path = join(tmp.dir, 'bad.yaml');
    writeFileSync(path, 'feeds:\n  - url: https://x.org/rss\n    interval: 1\n');
    await expect(watch([path, '--db', db, '--once'])).rejects.toMatchObject({ code: 'E_CONFIG', message: expect.stringMatching(/bad\.yaml:3: feeds\[0\]\.interval/) });
  });
});
