import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import type { SourceDoc } from '../../src/types.js';

/** Repository root (bench/lib sits two levels below it). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `../shared` next to the repository: present for developers and CI, absent for users. */
export const SHARED_ROOT = join(REPO_ROOT, '..', 'shared');

/** Whether the shared data the benchmarks read is present. */
export function hasSharedData(): boolean {
  return listCorpusFiles().length > 0;
}

/** The Arabic corpus files (`../shared/data/corpus/*.jsonl.gz`), sorted for a stable order. */
export function listCorpusFiles(): string[] {
  const dir = join(SHARED_ROOT, 'data', 'corpus');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl.gz')).sort().map((f) => join(dir, f));
}

/** The English ACLED subset whose `notes` column is the English benchmark text. */
export function acledNotesPath(): string {
  return join(SHARED_ROOT, 'data', 'events', 'acled_2020-05_MENA_subset.csv');
}

/** One corpus record as converted from the ANT corpus. */
export interface CorpusRecord {
  docno?: string;
  url?: string;
  src?: string;
  title?: string;
  time?: string;
  text?: string;
}

export interface CorpusLine {
  file: string;
  line: number;
  raw: string;
}

/**
 * Streams the lines of gzipped JSONL files, at most `limit` in total, splitting chunks by hand
 * (faster than readline, and identical for the floor and for marsad).
 */
export async function* readCorpusLines(files: readonly string[], limit = Infinity): AsyncGenerator<CorpusLine> {
  let count = 0;
  for (const file of files) {
    let carry = '';
    let line = 0;
    const stream = createReadStream(file).pipe(createGunzip());
    stream.setEncoding('utf8');
    try {
      for await (const chunk of stream as AsyncIterable<string>) {
        const text = carry + chunk;
        let start = 0;
        for (let nl = text.indexOf('\n', start); nl >= 0; nl = text.indexOf('\n', start)) {
          line++;
          const raw = text.slice(start, nl);
          start = nl + 1;
          if (raw.length === 0) continue;
          yield { file, line, raw };
          if (++count >= limit) return;
        }
        carry = text.slice(start);
      }
      if (carry.trim().length > 0 && count < limit) {
        count++;
        yield { file, line: line + 1, raw: carry };
      }
    } finally {
      stream.destroy();
    }
  }
}

/** Turns a corpus record into the SourceDoc the extractor reads. */
export function toSourceDoc(record: CorpusRecord, origin: string): SourceDoc {
  return {
    origin,
    body: record.text ?? '',
    format: 'text',
    title: record.title ?? null,
    published: toDay(record.time),
    url: record.url ?? null,
    source: record.src ?? null,
    language: 'ar',
  };
}

/** `file.jsonl.gz:123` for diagnostics. */
export function toOrigin(line: CorpusLine): string {
  return `${basename(line.file)}:${line.line}`;
}

function toDay(time: string | undefined): string | null {
  if (!time) return null;
  const ms = Date.parse(time);
  if (!Number.isFinite(ms)) return null;
  const day = new Date(ms).toISOString().slice(0, 10);
  return day.startsWith('0') ? null : day;
}
