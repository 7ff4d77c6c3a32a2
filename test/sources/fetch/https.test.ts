import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher, type FetcherOptions } from '../../../src/sources/index.js';

const TLS = new URL('../../fixtures/feeds/tls/', import.meta.url).pathname;
const cert = readFileSync(`${TLS}news-test.crt`);
let server: Server;
let port = 0;

beforeAll(async () => {
  server = createServer({ key: readFileSync(`${TLS}news-test.key`), cert }, (req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' }).end(`host=${req.headers.host ?? ''}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const OPTIONS: FetcherOptions = {
  allowHosts: ['news.test', 'other.test'], ca: cert, minDelayMs: 0, timeoutMs: 2_000, retry: { retries: 2, baseDelayMs: 10 },
  resolve: async () => [{ address: '127.0.0.1', family: 4 }],
};

describe('https to a pinned address', () => {
  it('verifies the certificate against the URL host name, not the pinned IP', async () => {
    const response = await createFetcher(OPTIONS).fetch(`https://news.test:${port}/`);
    expect(Buffer.from(response.body).toString()).toBe(`host=news.test:${port}`);
  });

  it('fails a certificate for another name at once, without retrying', async () => {
    await expect(createFetcher(OPTIONS).fetch(`https://other.test:${port}/`)).rejects.toMatchObject({
      code: 'E_FETCH', retryable: false, message: expect.stringMatching(/^TLS error \(ERR_TLS_CERT_ALTNAME_INVALID/),
    });
  });

  it('does not trust the test authority unless given', async () => {
    const { ca: _ca, ...untrusted } = OPTIONS;
    await expect(createFetcher(untrusted).fetch(`https://news.test:${port}/`)).rejects.toMatchObject({ message: expect.stringMatching(/^TLS error/) });
  });
});
