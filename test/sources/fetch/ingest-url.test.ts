import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../helpers/cli.js';
import { fixtureText, HTML_UTF8 } from './fixtures.js';
import { send, startLocalServer, type LocalServer } from './local-server.js';

let server: LocalServer;
const tmp = tempDir('marsad-ingest-url-');
beforeAll(async () => {
  server = await startLocalServer({ '/pages/en': (_req, res) => send(res, 200, fixtureText('page-en-1.html'), HTML_UTF8) });
});
afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

describe('marsad ingest URL', () => {
  it('goes through the fetcher: a loopback address is refused without a request, the other inputs go on', async () => {
    const run = await runCli(['ingest', '--db', join(tmp.dir, 'm.db'), server.url('/pages/en'), 'ftp://127.0.0.1/x', join(tmp.dir, 'missing.txt')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${server.url('/pages/en')}: refused: 127.0.0.1 resolves to loopback address`);
    expect(run.stderr).toContain('ftp://127.0.0.1/x: refused: only http and https');
    expect(run.stderr).toContain('missing.txt: cannot read');
    expect(server.hits('/pages/en')).toBe(0);
  });
});
