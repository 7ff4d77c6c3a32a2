import type { SourceDoc } from '../../types.js';
import { toFailure, type ReadResult } from '../failure.js';
import { parseSourceBody } from '../parse-body.js';
import { formatFromName } from '../sniff.js';
import { acceptCanonicalLink, canonicalizeUrl, type CanonicalOptions } from './canonical-url.js';
import { FetchError } from './fetch-error.js';
import type { FetchResponse, Fetcher, Validators } from './fetcher.js';

/** True for inputs that name a web address rather than a file (`http://`, `https://`, any other `scheme://`). */
export function isUrlInput(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input.trim());
}

/** The identity URL of a fetched document: its usable `<link rel=canonical>`, else the final address, canonicalised. */
export function toDocumentUrl(doc: SourceDoc, response: Pick<FetchResponse, 'url'>, options: CanonicalOptions = {}): string | null {
  return acceptCanonicalLink(doc.url, response.url, options) ?? canonicalizeUrl(response.url, options);
}

/** Turns a fetched body into SourceDocs (charset from the Content-Type, then sniffing) with canonical URLs. */
export function parseFetched(response: FetchResponse, options: CanonicalOptions & { maxBytes?: number } = {}): ReadResult[] {
  const path = new URL(response.url).pathname;
  // A path like `/news/article.php` says nothing about the format: only known extensions are a hint.
  const hint = {
    contentType: response.contentType,
    ...(formatFromName(path) ? { fileName: path } : {}),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
  };
  const results = parseSourceBody(response.body, response.url, hint);
  const single = results.length === 1;
  for (const result of results) {
    if (!result.ok) continue;
    const doc = result.doc;
    // A feed or record list fetched by URL keeps its items' own links; a page is identified by its address.
    doc.url = single ? toDocumentUrl(doc, response, options) : (doc.url ? canonicalizeUrl(doc.url, { ...options, base: response.url }) : null);
  }
  return results;
}

export interface ReadUrlOptions extends CanonicalOptions {
  validators?: Validators;
  maxBytes?: number;
  signal?: AbortSignal;
}

/** Fetches one URL and reads it like a file; every failure (network, policy, HTTP status, content) is a ReadResult. */
export async function readUrl(url: string, fetcher: Fetcher, options: ReadUrlOptions = {}): Promise<ReadResult[]> {
  try {
    const request = { ...(options.validators ? { validators: options.validators } : {}), ...(options.signal ? { signal: options.signal } : {}) };
    const response = await fetcher.fetch(url, request);
    if (response.notModified) return [];
    return parseFetched(response, options);
  } catch (error) {
    if (error instanceof FetchError) return [{ ok: false, origin: url, error }];
    return [toFailure(url, 'E_FETCH', error instanceof Error ? error.message : String(error), error)];
  }
}
