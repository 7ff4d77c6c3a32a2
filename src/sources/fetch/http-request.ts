import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { formatBytes } from '../failure.js';
import { FetchError } from './fetch-error.js';

export interface PinnedAddress {
  address: string;
  family: 4 | 6;
}

export interface RawRequest {
  url: URL;
  /** The checked address to connect to: DNS is not asked again (no rebinding between check and connect). */
  pinned: PinnedAddress;
  headers: Record<string, string>;
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  maxBytes: number;
  /** Extra trusted certificate authorities (PEM), besides the system ones. */
  ca?: string | Buffer | Array<string | Buffer>;
  signal?: AbortSignal;
}

export interface RawResponse {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  /** Empty for redirects and 304. */
  body: Uint8Array;
}

function toPinnedLookup(pinned: PinnedAddress): LookupFunction {
  // Node calls lookup with `all: true` when it races address families (autoSelectFamily).
  return ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
    else callback(null, pinned.address, pinned.family);
  }) as LookupFunction;
}

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function decoderFor(encoding: string | undefined): NodeJS.ReadWriteStream | null {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip': case 'x-gzip': return createGunzip();
    case 'deflate': return createInflate();
    case 'br': return createBrotliDecompress();
    default: return null;
  }
}

/** Statuses whose body we never read. */
const BODYLESS = (status: number): boolean => status === 304 || status === 204 || (status >= 300 && status < 400);

/**
 * One GET to a pinned address with a connect timeout, a total timeout (headers and body), and a size limit
 * enforced while streaming (compressed and decompressed). Does not follow redirects.
 */
export function sendRequest(request: RawRequest): Promise<RawResponse> {
  const origin = request.url.href;
  const client = request.url.protocol === 'https:' ? https : http;
  return new Promise<RawResponse>((resolve, reject) => {
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const finish = (error: FetchError | null, response?: RawResponse): void => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
      if (error) {
        req.destroy();
        reject(error);
      } else if (response) resolve(response);
    };
    const onAbort = (): void => finish(new FetchError('E_FETCH', 'request aborted', { origin }));
    const req = client.request(request.url, {
      method: 'GET',
      headers: request.headers,
      lookup: toPinnedLookup(request.pinned),
      agent: false,
      ...(request.ca === undefined ? {} : { ca: request.ca }),
    });
    timers.push(setTimeout(() => finish(new FetchError('E_TIMEOUT', `no response within ${request.totalTimeoutMs} ms`, { origin, retryable: true })), request.totalTimeoutMs));
    const connectTimer = setTimeout(() => finish(new FetchError('E_TIMEOUT', `could not connect within ${request.connectTimeoutMs} ms`, { origin, retryable: true })), request.connectTimeoutMs);
    timers.push(connectTimer);
    req.on('socket', (socket) => {
      if (!socket.connecting) clearTimeout(connectTimer);
      else socket.once('connect', () => clearTimeout(connectTimer));
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? '';
      const reason = code ? `${code}: ${error.message}` : error.message;
      // A certificate or protocol problem will not go away by asking again; a reset or refusal may.
      const tls = /TLS|CERT|SSL|SELF_SIGNED|VERIFY/.test(code);
      finish(new FetchError('E_FETCH', `${tls ? 'TLS error' : 'network error'} (${reason})`, { origin, retryable: !tls && code !== 'ERR_INVALID_URL', cause: error }));
    });
    request.signal?.addEventListener('abort', onAbort, { once: true });
    if (request.signal?.aborted) onAbort();

    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const headers = flattenHeaders(res.headers);
      const base = { status, statusText: res.statusMessage ?? '', headers };
      if (BODYLESS(status)) {
        res.resume();
        finish(null, { ...base, body: new Uint8Array(0) });
        return;
      }
      const tooLarge = (what: string): FetchError =>
        new FetchError('E_INPUT_TOO_LARGE', `${what} exceeds the ${formatBytes(request.maxBytes)} limit`, { origin, status: 413 });
      const declared = Number(headers['content-length']);
      if (Number.isFinite(declared) && declared > request.maxBytes) {
        finish(tooLarge(`response of ${formatBytes(declared)}`));
        return;
      }
      let wire = 0;
      res.on('data', (chunk: Buffer) => {
        wire += chunk.length;
        if (wire > request.maxBytes) finish(tooLarge('response'));
      });
      const decoder = decoderFor(headers['content-encoding']);
      const stream: Readable = decoder ? (res.pipe(decoder) as unknown as Readable) : res;
      const chunks: Buffer[] = [];
      let total = 0;
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > request.maxBytes) {
          finish(tooLarge('decompressed response'));
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', (error: Error) => {
        finish(new FetchError('E_FETCH', `cannot decode ${headers['content-encoding'] ?? ''} response (${error.message})`, { origin, cause: error }));
      });
      const cut = (): void => finish(new FetchError('E_FETCH', 'connection closed before the body was complete', { origin, retryable: true }));
      res.on('error', cut);
      res.on('close', () => { if (!res.complete) cut(); });
      stream.on('end', () => finish(null, { ...base, body: Buffer.concat(chunks) }));
    });
    req.end();
  });
}
