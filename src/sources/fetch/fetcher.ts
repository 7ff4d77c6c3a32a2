import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { rootCertificates } from 'node:tls';
import { MB } from '../failure.js';
import { createHostAllowance, findForbiddenRange, toHostKey } from './address-policy.js';
import { FetchError } from './fetch-error.js';
import { createHostGate, sleep } from './host-gate.js';
import { sendRequest, type PinnedAddress, type RawResponse } from './http-request.js';
import { ALLOW_ALL, parseRobots, toProductToken, type RobotsRules } from './robots.js';
import { DEFAULT_RETRY, backoffDelay, isRetryableStatus, parseRetryAfter, type RetryPolicy } from './retry.js';

export interface FetcherOptions {
  userAgent?: string;
  /** Hosts that may resolve to loopback/private addresses (`127.0.0.1`, `intranet.example`, `*.example`). */
  allowHosts?: readonly string[];
  /** Least wait between two requests to the same host, in ms (default 1000). */
  minDelayMs?: number;
  /** Whole request (connect, headers, body) per attempt, in ms (default 30 s). */
  timeoutMs?: number;
  /** Connection set-up per attempt, in ms (default: the smaller of 10 s and `timeoutMs`). */
  connectTimeoutMs?: number;
  /** Largest body, in bytes (default 10 MB). */
  maxBytes?: number;
  /** Redirect hops followed (default 5). */
  maxRedirects?: number;
  retry?: Partial<RetryPolicy>;
  /** Host name → addresses (default: `dns.lookup` with all addresses). Every address must pass the policy. */
  resolve?: (hostname: string) => Promise<PinnedAddress[]>;
  random?: () => number;
  /**
   * Obey robots.txt for the User-Agent's product token: Disallow refuses a URL (E_FETCH_FORBIDDEN), Crawl-delay
   * (up to 60 s) lengthens the per-host delay. Default false: a URL a person names is fetched; `watch` turns it on.
   */
  robots?: boolean;
  /** Extra trusted certificate authorities (PEM) for https, e.g. an intranet CA; the system ones stay trusted. */
  ca?: string | Buffer | Array<string | Buffer>;
}

/** Validators from an earlier response, for a conditional GET. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchResponse {
  /** Address asked for. */
  requestedUrl: string;
  /** Address of the final response, after redirects. */
  url: string;
  redirects: string[];
  status: number;
  /** 304: the validators still hold; `body` is empty. */
  notModified: boolean;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  body: Uint8Array;
}

export interface FetchRequestOptions {
  validators?: Validators;
  /** Accept header (default: HTML, feeds, JSON, text). */
  accept?: string;
  signal?: AbortSignal;
}

export interface Fetcher {
  fetch(url: string, options?: FetchRequestOptions): Promise<FetchResponse>;
}

export const DEFAULT_USER_AGENT = 'marsad/0.1 (news event monitor; polite crawler)';
export const DEFAULT_FETCH_MAX_BYTES = 10 * MB;
const DEFAULT_ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,application/json;q=0.8,text/plain;q=0.7,*/*;q=0.5';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const DAY_MS = 86_400_000;
const MAX_CRAWL_DELAY_MS = 60_000;

async function lookupAll(hostname: string): Promise<PinnedAddress[]> {
  const addresses = await lookup(hostname, { all: true, verbatim: true });
  return addresses.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
}

function parseTarget(input: string, base: URL | undefined, origin: string): URL {
  let url: URL;
  try {
    url = new URL(input, base);
  } catch (error) {
    throw new FetchError('E_FETCH', `not a valid URL: '${input}'`, { origin, cause: error });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('E_FETCH_FORBIDDEN', `refused: only http and https URLs are fetched, not ${url.protocol}`, { origin });
  }
  return url;
}

/**
 * Builds an HTTP client for untrusted URLs: SSRF policy checked on the resolved address of every hop (and that
 * address pinned for the connection), redirects followed by hand (at most `maxRedirects`, loops refused),
 * conditional GET, per-host politeness, retries with exponential backoff and jitter on 429/5xx/network errors
 * (honouring Retry-After), connect and total timeouts, and a streaming size limit.
 */
export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const allowed = createHostAllowance(options.allowHosts ?? []);
  const gate = createHostGate(options.minDelayMs ?? 1000);
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const timeoutMs = options.timeoutMs ?? 30_000;
  const connectTimeoutMs = Math.min(options.connectTimeoutMs ?? 10_000, timeoutMs);
  const maxBytes = options.maxBytes ?? DEFAULT_FETCH_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? 5;
  const resolve = options.resolve ?? lookupAll;
  const random = options.random ?? Math.random;
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  // Node's `ca` replaces the default trust store: keep the system roots beside the extra authorities.
  const ca = options.ca === undefined ? undefined : [...rootCertificates, ...[options.ca].flat()];

  async function pin(url: URL): Promise<PinnedAddress> {
    const host = toHostKey(url.hostname);
    const literal = isIP(host);
    let addresses: PinnedAddress[];
    try {
      addresses = literal ? [{ address: host, family: literal === 6 ? 6 : 4 }] : await resolve(host);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'lookup failed';
      throw new FetchError('E_FETCH', `cannot resolve host ${host} (${code})`, { origin: url.href, retryable: code === 'EAI_AGAIN', cause: error });
    }
    const first = addresses[0];
    if (!first) throw new FetchError('E_FETCH', `host ${host} has no address`, { origin: url.href });
    if (!allowed(host)) {
      for (const { address } of addresses) {
        const range = findForbiddenRange(address);
        if (range) {
          throw new FetchError('E_FETCH_FORBIDDEN', `refused: ${host} resolves to ${range} address ${address} (allow the host explicitly to fetch it)`, { origin: url.href });
        }
      }
    }
    return first;
  }

  function headersFor(request: FetchRequestOptions): Record<string, string> {
    const headers: Record<string, string> = {
      'user-agent': userAgent,
      accept: request.accept ?? DEFAULT_ACCEPT,
      'accept-encoding': 'gzip, deflate, br',
    };
    if (request.validators?.etag) headers['if-none-match'] = request.validators.etag;
    if (request.validators?.lastModified) headers['if-modified-since'] = request.validators.lastModified;
    return headers;
  }

  async function attempt(url: URL, request: FetchRequestOptions): Promise<RawResponse> {
    const pinned = await pin(url);
    return gate.run(toHostKey(url.hostname), () => sendRequest({
      url, pinned, headers: headersFor(request), connectTimeoutMs, totalTimeoutMs: timeoutMs, maxBytes,
      ...(request.signal ? { signal: request.signal } : {}),
      ...(ca === undefined ? {} : { ca }),
    }), request.signal);
  }

  async function fetchWithRetry(url: URL, request: FetchRequestOptions): Promise<RawResponse> {
    for (let n = 0; ; n++) {
      let wait: number;
      try {
        const response = await attempt(url, request);
        if (!isRetryableStatus(response.status) || n >= retry.retries) return response;
        const after = parseRetryAfter(response.headers['retry-after']);
        if (after !== null && after > retry.maxRetryAfterMs) return response;
        wait = after ?? backoffDelay(n, retry, random);
      } catch (error) {
        if (!(error instanceof FetchError) || !error.retryable || n >= retry.retries || request.signal?.aborted) throw error;
        wait = backoffDelay(n, retry, random);
      }
      await sleep(wait, request.signal);
    }
  }

  const robotsCache = new Map<string, { rules: Promise<RobotsRules>; until: number }>();
  const productToken = toProductToken(userAgent);

  async function loadRobots(url: URL, signal: AbortSignal | undefined): Promise<{ rules: RobotsRules; ttl: number }> {
    try {
      const response = await follow(new URL('/robots.txt', url).href, { accept: 'text/plain', ...(signal ? { signal } : {}) }, false);
      return { rules: parseRobots(Buffer.from(response.body).toString('utf8'), productToken), ttl: DAY_MS };
    } catch (error) {
      // No robots.txt (4xx) allows everything; a server or network failure allows for now and is asked again soon.
      const status = error instanceof FetchError ? error.status : null;
      return { rules: ALLOW_ALL, ttl: status !== null && status >= 400 && status < 500 ? DAY_MS : 600_000 };
    }
  }

  async function robotsFor(url: URL, signal: AbortSignal | undefined): Promise<RobotsRules> {
    const cached = robotsCache.get(url.origin);
    if (cached && cached.until > Date.now()) return cached.rules;
    const loading = loadRobots(url, signal).then(({ rules, ttl }) => {
      robotsCache.set(url.origin, { rules: Promise.resolve(rules), until: Date.now() + ttl });
      if (rules.crawlDelayMs !== null) gate.setDelay(toHostKey(url.hostname), Math.min(rules.crawlDelayMs, MAX_CRAWL_DELAY_MS));
      return rules;
    });
    robotsCache.set(url.origin, { rules: loading, until: Infinity });
    return loading;
  }

  async function follow(input: string, request: FetchRequestOptions, obeyRobots: boolean): Promise<FetchResponse> {
    const requestedUrl = input;
    let url = parseTarget(input, undefined, input);
    const seen = new Set([url.href]);
    const redirects: string[] = [];
    for (;;) {
      if (obeyRobots && !(await robotsFor(url, request.signal)).isAllowed(url.pathname + url.search)) {
        throw new FetchError('E_FETCH_FORBIDDEN', `refused by ${url.origin}/robots.txt for ${productToken}`, { origin: url.href });
      }
      const response = await fetchWithRetry(url, request);
      const location = response.headers['location'];
      if (REDIRECTS.has(response.status)) {
        if (!location) throw new FetchError('E_FETCH', `HTTP ${response.status} redirect without a Location`, { origin: url.href, status: response.status });
        if (redirects.length >= maxRedirects) {
          throw new FetchError('E_FETCH', `too many redirects (more than ${maxRedirects}) from ${requestedUrl}`, { origin: requestedUrl, status: response.status });
        }
        const next = parseTarget(location, url, requestedUrl);
        next.hash = '';
        if (seen.has(next.href)) throw new FetchError('E_FETCH', `redirect loop at ${next.href}`, { origin: requestedUrl, status: response.status });
        seen.add(next.href);
        redirects.push(next.href);
        url = next;
        continue;
      }
      const status = response.status;
      if (status !== 304 && (status < 200 || status >= 300)) {
        const retryable = isRetryableStatus(status);
        const retryAfterMs = parseRetryAfter(response.headers['retry-after']);
        throw new FetchError('E_FETCH', `HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}`, { origin: url.href, status, retryable, retryAfterMs });
      }
      return {
        requestedUrl, url: url.href, redirects, status, notModified: status === 304,
        contentType: response.headers['content-type'] ?? null,
        etag: response.headers['etag'] ?? null,
        lastModified: response.headers['last-modified'] ?? null,
        body: response.body,
      };
    }
  }

  return { fetch: (input, request = {}) => follow(input, request, options.robots === true) };
}
