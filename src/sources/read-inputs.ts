import { diagnostic } from '../errors.js';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Language } from '../types.js';
import { DEFAULT_MAX_BYTES, formatBytes, toFailure, type ReadResult } from './failure.js';
import { parseSourceBody } from './parse-body.js';
import { formatFromName } from './sniff.js';
import { canonicalizeUrl } from './fetch/canonical-url.js';
import { createFetcher, type Fetcher, type FetcherOptions } from './fetch/fetcher.js';
import { isUrlInput } from './fetch/read-url.js';
import { readWebInput } from './feeds/read-web-input.js';

export interface ReadOptions {
  /** Stream read for the input `-` (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Largest input accepted, checked before reading (default 50 MB). */
  maxBytes?: number;
  /** Publication date for records that carry none (anchor for relative dates). */
  published?: string | null;
  /** Source name for records that carry none. */
  source?: string | null;
  /** Language to assume for every record (null or absent: detect). */
  language?: Language | null;
  /** Client for URL inputs; when absent one is built from `fetch` (SSRF policy, politeness, retries). */
  fetcher?: Fetcher;
  /** Options for the client built when `fetcher` is absent. */
  fetch?: FetcherOptions;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a path component is not a directory',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

function readFailure(origin: string, error: unknown): ReadResult {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const reason = REASONS[code] ?? (error instanceof Error ? error.message : String(error));
  return toFailure(origin, 'E_INPUT_READ', `cannot read: ${reason}`, error);
}

/** A calendar date in a file name (`sirte-2016-08-02.ar.txt`, `2019_04_08-report.html`), as archives name reports. */
export function dateFromFileName(path: string): string | null {
  const m = /(?:^|[^\d])((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?:[^\d]|$)/.exec(basename(path));
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}

function withDefaults(result: ReadResult, options: ReadOptions): ReadResult {
  if (!result.ok) return result;
  const doc = result.doc;
  if (!doc.published && !options.published) {
    // A record's own date wins, then the date the user gave, then one in the file's name.
    const fromName = doc.origin.startsWith('http') ? null : dateFromFileName(doc.origin.replace(/[:#]\d+$/, ''));
    if (fromName) {
      doc.published = fromName;
      doc.diagnostics = [...(doc.diagnostics ?? []), diagnostic('published-from-file-name', `publication date ${fromName} taken from the file name`, 'info')];
    }
  }
  if (!doc.published && options.published) doc.published = options.published;
  if (!doc.source && options.source) doc.source = options.source;
  if (options.language) doc.language = options.language;
  return result;
}

/** Files under a directory, recursively, in sorted order; hidden entries and unsupported extensions skipped. */
async function* walk(dir: string): AsyncGenerator<{ path: string } | { failure: ReadResult }> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { failure: readFailure(dir, error) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) isDir = await stat(path).then((s) => s.isDirectory(), () => false);
    if (isDir) yield* walk(path);
    else if (formatFromName(entry.name)) yield { path };
  }
}

async function readFileInput(path: string, maxBytes: number, knownSize?: number): Promise<ReadResult[]> {
  try {
    const size = knownSize ?? (await stat(path)).size;
    if (size > maxBytes) {
      return [toFailure(path, 'E_INPUT_TOO_LARGE', `file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`)];
    }
    const bytes = await readFile(path);
    return parseSourceBody(bytes, path, { fileName: path, maxBytes });
  } catch (error) {
    return [readFailure(path, error)];
  }
}

/** Reads a stream (stdin, a pipe) with a size cap. */
async function readStream(stream: NodeJS.ReadableStream, origin: string, maxBytes: number): Promise<ReadResult[]> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
      total += buffer.length;
      if (total > maxBytes) {
        if ('destroy' in stream && typeof stream.destroy === 'function') stream.destroy();
        return [toFailure(origin, 'E_INPUT_TOO_LARGE', `input exceeds the ${formatBytes(maxBytes)} limit`)];
      }
      chunks.push(buffer);
    }
  } catch (error) {
    return [readFailure(origin, error)];
  }
  return parseSourceBody(Buffer.concat(chunks), origin, { maxBytes, fileName: origin });
}

/**
 * Reads files, directories (recursive, sorted, hidden entries skipped), `-` (stdin) and http(s) URLs into
 * SourceDocs.
 * Every unreadable or malformed input yields `{ ok: false }` with a one-line reason and the batch goes on.
 */
export async function* readInputs(inputs: string[], options: ReadOptions = {}): AsyncIterable<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let fetcher = options.fetcher;
  const fetched = new Set<string>();
  for (const input of inputs) {
    let results: ReadResult[];
    if (isUrlInput(input)) {
      // The same article named twice (tracking parameters, fragment, host case) is fetched once.
      const key = canonicalizeUrl(input) ?? input;
      if (fetched.has(key)) continue;
      fetched.add(key);
      fetcher ??= createFetcher(options.fetch);
      results = await readWebInput(input, fetcher, options.maxBytes === undefined ? {} : { maxBytes });
    } else if (input === '-') {
      results = await readStream(options.stdin ?? process.stdin, 'stdin', maxBytes);
    } else {
      let info;
      try {
        info = await stat(input);
      } catch (error) {
        yield readFailure(input, error);
        continue;
      }
      if (info.isDirectory()) {
        for await (const entry of walk(input)) {
          const batch = 'failure' in entry ? [entry.failure] : await readFileInput(entry.path, maxBytes);
          for (const result of batch) yield withDefaults(result, options);
        }
        continue;
      }
      // Pipes and devices (`<(zcat x.gz)`) have no size to check up front: read them as streams with a cap.
      results = info.isFile() ? await readFileInput(input, maxBytes, info.size)
        : await readStream(createReadStream(input), input, maxBytes);
    }
    for (const result of results) yield withDefaults(result, options);
  }
}
