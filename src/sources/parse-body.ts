import { gunzipSync } from 'node:zlib';
import { diagnostic } from '../errors.js';
import { isGzip } from './binary.js';
import { decodeBytes } from './decode.js';
import { parseFeed } from './feed.js';
import { DEFAULT_MAX_BYTES, formatBytes, toFailure, toReason, type ReadResult } from './failure.js';
import { parseHtmlPage } from './html-doc.js';
import { parseJsonLines, parseJsonRecords } from './records.js';
import {
  SUPPORTED_EXTENSIONS, charsetFromContentType, formatFromContentType, formatFromName, innerExtension, sniffFormat,
  type InputFormat,
} from './sniff.js';
import { parseTextDoc } from './text-doc.js';

export interface SourceBodyHint {
  contentType?: string | null;
  fileName?: string;
  /** Largest body accepted, compressed or not (default 50 MB). */
  maxBytes?: number;
}

function gunzip(bytes: Uint8Array, origin: string, maxBytes: number): Uint8Array | ReadResult {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      return toFailure(origin, 'E_INPUT_TOO_LARGE', `gzip content expands beyond the ${formatBytes(maxBytes)} limit`);
    }
    const reason = code === 'Z_BUF_ERROR' ? 'unexpected end of file' : toReason(error);
    return toFailure(origin, 'E_INPUT_GZIP', `truncated or corrupt gzip data (${reason})`, error);
  }
}

function parseAs(format: InputFormat, text: string, origin: string): ReadResult[] {
  switch (format) {
    case 'html':
      return [parseHtmlPage(text, origin)];
    case 'json':
      return parseJsonRecords(text, origin);
    case 'jsonl':
      return parseJsonLines(text, origin);
    case 'feed':
      return parseFeed(text, origin);
    case 'text':
      return [parseTextDoc(text, origin)];
  }
}

export type DecodedBody = { ok: true; text: string; encoding: string; how: string } | { ok: false; failure: ReadResult };

/**
 * Bytes to text: size limit, gzip by magic bytes, then encoding detection (BOM, UTF-8, the Content-Type or
 * in-document charset, statistics, the Arabic code-page heuristic). Empty or whitespace-only input fails.
 */
export function decodeBody(bytes: Uint8Array, origin: string, hint: SourceBodyHint = {}): DecodedBody {
  const maxBytes = hint.maxBytes ?? DEFAULT_MAX_BYTES;
  const fail = (failure: ReadResult): DecodedBody => ({ ok: false, failure });
  if (bytes.length > maxBytes) {
    return fail(toFailure(origin, 'E_INPUT_TOO_LARGE', `input is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit`));
  }
  if (bytes.length === 0) return fail(toFailure(origin, 'E_INPUT_EMPTY', 'input is empty (0 bytes)'));
  let body = bytes;
  // The magic bytes decide, not the name: a `.gz` that is plain text is read as text.
  if (isGzip(bytes)) {
    const out = gunzip(bytes, origin, maxBytes);
    if (!(out instanceof Uint8Array)) return fail(out);
    if (out.length === 0) return fail(toFailure(origin, 'E_INPUT_EMPTY', 'gzip content is empty'));
    body = out;
  }
  const decoded = decodeBytes(body, charsetFromContentType(hint.contentType));
  if (!decoded.ok) return fail(toFailure(origin, decoded.code, decoded.reason));
  const text = decoded.text.replace(/^\ufeff/, '');
  if (text.trim() === '') return fail(toFailure(origin, 'E_INPUT_EMPTY', 'input contains only whitespace'));
  return { ok: true, text, encoding: decoded.encoding, how: decoded.how };
}

/** An `input-encoding` note on every document decoded from a legacy or UTF-16 encoding. */
export function noteEncoding(results: ReadResult[], decoded: { encoding: string; how: string }): ReadResult[] {
  if (decoded.encoding === 'utf-8') return results;
  const note = diagnostic('input-encoding', `decoded as ${decoded.encoding} (${decoded.how})`, 'info');
  for (const result of results) if (result.ok) result.doc.diagnostics = [note, ...(result.doc.diagnostics ?? [])];
  return results;
}

/**
 * Decodes a body (file contents, HTTP request or response) and splits it into SourceDocs: gzip by magic bytes,
 * encoding detection, format from the content itself, else the Content-Type, else the file name. One result per
 * record; a failure names its origin and never hides the other records.
 */
export function parseSourceBody(bytes: Uint8Array, origin: string, hint: SourceBodyHint = {}): ReadResult[] {
  const decoded = decodeBody(bytes, origin, hint);
  if (!decoded.ok) return [decoded.failure];
  const text = decoded.text;
  const byName = hint.fileName === undefined ? undefined : formatFromName(hint.fileName);
  const format = sniffFormat(text) ?? (hint.contentType ? formatFromContentType(hint.contentType) : null) ?? byName;
  if (format === null) {
    const ext = innerExtension(hint.fileName ?? '');
    return [toFailure(origin, 'E_INPUT_READ', `unsupported file type '${ext}' (expected ${SUPPORTED_EXTENSIONS.join(', ')} or .gz of these)`)];
  }
  return noteEncoding(parseAs(format ?? 'text', text, origin), decoded);
}
