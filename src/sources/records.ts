import { diagnostic } from '../errors.js';
import { normalizeDate } from '../pipeline/clean/index.js';
import type { Diagnostic, Language, SourceDoc } from '../types.js';
import { toFailure, toReason, type ReadResult } from './failure.js';
import { containsMarkup, fragmentToText } from './html-doc.js';

const TEXT_FIELDS = ['text', 'content', 'body', 'article', 'full_text', 'fullText'];
const DATE_FIELDS = ['published', 'date', 'time', 'published_at', 'publishedAt', 'datePublished', 'pubDate'];
const URL_FIELDS = ['url', 'link'];
const SOURCE_FIELDS = ['source', 'src', 'outlet', 'site'];
const LIST_FIELDS = ['articles', 'documents', 'items', 'records'];

function pick(record: Record<string, unknown>, fields: readonly string[]): unknown {
  for (const field of fields) {
    const value = record[field];
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

function asString(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object' && 'name' in value && typeof value.name === 'string') return value.name;
  return null;
}

function asLanguage(value: unknown): Language | null {
  const tag = typeof value === 'string' ? value.toLowerCase().slice(0, 2) : '';
  return tag === 'ar' || tag === 'en' ? tag : null;
}

/** Turns one article record (`title`, `text|content|body`, `published|date|time`, `url`, `source`) into a SourceDoc. */
export function toRecordDoc(value: unknown, origin: string): ReadResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return toFailure(origin, 'E_INPUT_JSON', `expected an article object, got ${Array.isArray(value) ? 'an array' : typeof value}`);
  }
  const record = value as Record<string, unknown>;
  const raw = pick(record, TEXT_FIELDS);
  if (raw === undefined) {
    const empty = TEXT_FIELDS.some((f) => record[f] === '');
    return empty
      ? toFailure(origin, 'E_INPUT_EMPTY', 'article record has an empty text')
      : toFailure(origin, 'E_INPUT_JSON', `article record has no text, content or body field (keys: ${Object.keys(record).slice(0, 8).join(', ') || 'none'})`);
  }
  if (typeof raw !== 'string') return toFailure(origin, 'E_INPUT_JSON', 'article text is not a string');
  const diagnostics: Diagnostic[] = [];
  let body = raw;
  if (containsMarkup(raw)) {
    const fragment = fragmentToText(raw);
    body = fragment.text;
    diagnostics.push(...fragment.diagnostics);
  }
  if (body.trim() === '') return toFailure(origin, 'E_INPUT_EMPTY', 'article record has an empty text');
  const rawDate = pick(record, DATE_FIELDS);
  const published = normalizeDate(rawDate);
  if (rawDate !== undefined && published === null) {
    diagnostics.push(diagnostic('published-unparsed', `unrecognised publication date '${String(rawDate)}'`));
  }
  const doc: SourceDoc = {
    origin,
    body,
    format: 'text',
    title: asString(record['title']) ?? asString(record['headline']),
    published,
    url: asString(pick(record, URL_FIELDS)),
    source: asString(pick(record, SOURCE_FIELDS)),
    language: asLanguage(record['language'] ?? record['lang']),
  };
  if (diagnostics.length > 0) doc.diagnostics = diagnostics;
  return { ok: true, doc };
}

/** Offset of a JSON.parse error: V8 gives `at position N`, or quotes the context around an unexpected token. */
function errorOffset(text: string, reason: string): number | null {
  const position = /position (\d+)/.exec(reason)?.[1];
  if (position !== undefined) return Number(position);
  const quoted = /Unexpected token '(.+?)', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(reason);
  if (!quoted?.[1] || quoted[2] === undefined) return null;
  const [, token, context] = quoted;
  const start = text.indexOf(context);
  if (start < 0) return null;
  let best = -1;
  for (let i = context.indexOf(token); i >= 0; i = context.indexOf(token, i + 1)) {
    if (best < 0 || Math.abs(i - context.length / 2) < Math.abs(best - context.length / 2)) best = i;
  }
  return best < 0 ? null : start + best;
}

/** A JSON.parse error as one line with line and column, without V8's quoted context. */
function locate(text: string, error: unknown): string {
  const reason = toReason(error);
  const offset = errorOffset(text, reason);
  const short = reason.replace(/, (?:\.\.\.)?"[\s\S]*" is not valid JSON$/, '').replace(/ in JSON at position \d+.*$/, '');
  if (offset === null) return short;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${short} at line ${line}, column ${column}`;
}

/** A `.json` body: one record, an array of records, or `{articles|documents|items: [...]}`. */
export function parseJsonRecords(text: string, origin: string): ReadResult[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [toFailure(origin, 'E_INPUT_JSON', `invalid JSON: ${locate(text, error)}`, error)];
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const listField = LIST_FIELDS.find((f) => Array.isArray(record[f]));
    if (listField === undefined) return [toRecordDoc(value, origin)];
    value = record[listField];
  }
  if (!Array.isArray(value)) return [toFailure(origin, 'E_INPUT_JSON', `expected an article object or an array, got ${typeof value}`)];
  if (value.length === 0) return [toFailure(origin, 'E_INPUT_EMPTY', 'JSON holds no article records')];
  return value.map((item, i) => toRecordDoc(item, `${origin}#${i + 1}`));
}

/** A `.jsonl` body: one record per line; a bad line fails as `file:line` and the others go on. */
export function parseJsonLines(text: string, origin: string): ReadResult[] {
  const out: ReadResult[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim() ?? '';
    if (line === '') continue;
    const lineOrigin = `${origin}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      out.push(toFailure(lineOrigin, 'E_INPUT_JSON', `invalid JSON line: ${locate(line, error).replace(/ at line 1,/, ' at')}`, error));
      continue;
    }
    out.push(toRecordDoc(value, lineOrigin));
  }
  if (out.length === 0) out.push(toFailure(origin, 'E_INPUT_EMPTY', 'JSON Lines file holds no records'));
  return out;
}
