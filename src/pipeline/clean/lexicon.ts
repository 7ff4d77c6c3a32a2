import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { foldKey } from '../../text/index.js';
import { dataPath } from '../../lexicon/paths.js';
import { MarsadError } from '../../errors.js';

/** The keys of a boilerplate file (data/lexicon/{ar,en}/boilerplate.yaml). */
export const BOILERPLATE_KEYS = [
  'artifacts', 'outlets', 'photo_credits', 'caption_labels', 'credit_labels', 'source_labels', 'reprint_labels',
  'share_lines', 'share_prefixes', 'share_tokens', 'related_headings', 'disclaimers', 'byline_prefixes',
  'byline_labels', 'credit_patterns', 'attribution_cues', 'date_words', 'timestamp_markers',
] as const;
export type BoilerplateKey = (typeof BOILERPLATE_KEYS)[number];

/** Raw boilerplate lists, as written in the YAML files. */
export type BoilerplateData = Record<BoilerplateKey, string[]>;

/** Boilerplate compiled for matching: folded phrase sets and regexes, built once per cleaner. */
export interface CompiledBoilerplate {
  artifacts: Set<string>;
  /** Folded, space-free outlet names → true. */
  outlets: Set<string>;
  photoCredits: Set<string>;
  captionLabels: string[];
  creditLabels: string[];
  sourceLabels: string[];
  reprintLabels: string[];
  shareLines: Set<string>;
  sharePrefixes: string[];
  shareTokens: Set<string>;
  relatedHeadings: Set<string>;
  disclaimers: string[];
  bylinePrefixes: string[];
  bylineLabels: string[];
  /** Folded words that show a sentence cites a source (`بحسب`, `according`): its parentheses are not credits. */
  attributionCues: Set<string>;
  /** Folded words of timestamp lines (months, weekdays, `GMT`, `ص`). */
  dateWords: Set<string>;
  /** Folded weekday, time-zone and `updated` words: one of them (or a clock time) makes a date line a timestamp. */
  timestampMarkers: Set<string>;
  /** Credit patterns anchored at the end of a line. */
  creditAtEnd: RegExp[];
}

const BASE_FILES = [['ar', 'boilerplate.yaml'], ['en', 'boilerplate.yaml']] as const;

function emptyData(): BoilerplateData {
  const out = {} as BoilerplateData;
  for (const key of BOILERPLATE_KEYS) out[key] = [];
  return out;
}

function readYaml(path: string): unknown {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new MarsadError('E_DATA', `cannot load boilerplate file ${path}: ${(cause as Error).message}`, { cause });
  }
}

function toList(value: unknown, key: string, path: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' && typeof v !== 'number')) {
    throw new MarsadError('E_DATA', `${path}: '${key}' must be a list of strings`);
  }
  return value.map(String);
}

/** Merges one parsed file into `into`: lists are appended, `remove:` entries taken out. */
function mergeFile(into: BoilerplateData, raw: unknown, path: string): void {
  if (raw === null || raw === undefined) return;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new MarsadError('E_DATA', `${path}: expected a mapping`);
  const record = raw as Record<string, unknown>;
  for (const key of BOILERPLATE_KEYS) into[key].push(...toList(record[key], key, path));
  const remove = record['remove'];
  if (remove && typeof remove === 'object') {
    const removals = remove as Record<string, unknown>;
    for (const key of BOILERPLATE_KEYS) {
      const gone = new Set(toList(removals[key], key, path));
      if (gone.size > 0) into[key] = into[key].filter((v) => !gone.has(v));
    }
  }
}

/**
 * Loads the committed Arabic and English boilerplate files, then each override file in order
 * (project, then user): their lists are appended and their `remove:` lists subtracted.
 */
export function loadBoilerplate(overrideFiles: readonly string[] = []): BoilerplateData {
  const data = emptyData();
  for (const [lang, file] of BASE_FILES) {
    const path = dataPath('lexicon', lang, file);
    mergeFile(data, readYaml(path), path);
  }
  for (const path of overrideFiles) mergeFile(data, readYaml(path), path);
  return data;
}

/**
 * Folds a line or phrase for prefix comparison: folded, leading punctuation (bullets, asterisks) and trailing
 * punctuation other than a colon dropped, spaces before a colon removed.
 */
export function toPhraseKey(text: string): string {
  return foldKey(text)
    .replace(/\s+(?=[:;])/g, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}:]+$/gu, '');
}

/** The longest phrase that starts `key` on a word boundary (phrases sorted longest first), or null. */
export function matchPrefix(key: string, phrases: readonly string[]): string | null {
  for (const phrase of phrases) {
    if (!key.startsWith(phrase)) continue;
    const next = key.charAt(phrase.length);
    if (next === '' || phrase.endsWith(':') || !/[\p{L}\p{N}]/u.test(next)) return phrase;
  }
  return null;
}

/** Folds a name for set membership: folded, without spaces, dots and quotes. */
export function toNameKey(text: string): string {
  return foldKey(text).replace(/[\s.\u0022'`«»“”‘’ـ]+/gu, '');
}

/** Like toPhraseKey but with all inner punctuation removed too (whole-line comparisons). */
export function toBareKey(text: string): string {
  return foldKey(text).replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

function compilePattern(source: string): RegExp {
  try {
    return new RegExp(`(?:${source})\\s*[.]?\\s*$`, 'u');
  } catch (cause) {
    throw new MarsadError('E_DATA', `invalid credit pattern /${source}/: ${(cause as Error).message}`, { cause });
  }
}

const byLengthDesc = (a: string, b: string): number => b.length - a.length;

/** Compiles raw lists into match structures; call once per cleaner. */
export function compileBoilerplate(data: BoilerplateData): CompiledBoilerplate {
  const phrases = (list: string[]): string[] => [...new Set(list.map(toPhraseKey).filter(Boolean))].sort(byLengthDesc);
  return {
    artifacts: new Set(data.artifacts),
    outlets: new Set(data.outlets.map(toNameKey).filter(Boolean)),
    photoCredits: new Set(data.photo_credits.map(toNameKey).filter(Boolean)),
    captionLabels: phrases(data.caption_labels),
    creditLabels: phrases(data.credit_labels),
    sourceLabels: phrases(data.source_labels),
    reprintLabels: phrases(data.reprint_labels),
    shareLines: new Set(data.share_lines.map(toBareKey).filter(Boolean)),
    sharePrefixes: phrases(data.share_prefixes),
    shareTokens: new Set(data.share_tokens.map(toBareKey).filter(Boolean)),
    relatedHeadings: new Set(data.related_headings.map(toBareKey).filter(Boolean)),
    disclaimers: phrases(data.disclaimers),
    bylinePrefixes: phrases(data.byline_prefixes),
    bylineLabels: phrases(data.byline_labels),
    creditAtEnd: data.credit_patterns.map(compilePattern),
    dateWords: new Set(data.date_words.map(toBareKey).filter(Boolean)),
    timestampMarkers: new Set(data.timestamp_markers.map(toBareKey).filter(Boolean)),
    attributionCues: new Set(data.attribution_cues.map(toBareKey).filter(Boolean)),
  };
}
