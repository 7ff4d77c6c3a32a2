import type { NormalizedText } from '../types.js';

/**
 * Character folding shared by every matcher (gazetteer, actors, triggers, NER features).
 * One table, one function: dictionary keys and document text must fold identically.
 */

const DROP = new Set<number>();
// Arabic diacritics (harakat, tanwin, shadda, sukun), superscript alef, Quranic marks, tatweel.
for (let c = 0x064b; c <= 0x065f; c++) DROP.add(c);
for (let c = 0x0610; c <= 0x061a; c++) DROP.add(c);
for (let c = 0x06d6; c <= 0x06ed; c++) DROP.add(c);
DROP.add(0x0670);
DROP.add(0x0640);
// Bidi controls, zero-width characters, byte-order mark, soft hyphen.
for (const c of [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x061c, 0xfeff, 0x00ad]) DROP.add(c);
for (let c = 0x202a; c <= 0x202e; c++) DROP.add(c);
for (let c = 0x2066; c <= 0x2069; c++) DROP.add(c);

const MAP = new Map<number, string>([
  [0x0623, 'ا'], [0x0625, 'ا'], [0x0622, 'ا'], [0x0671, 'ا'], [0x0672, 'ا'], [0x0673, 'ا'],
  [0x0649, 'ي'], [0x06cc, 'ي'], [0x064a, 'ي'], [0x0626, 'ي'],
  [0x0624, 'و'],
  [0x0629, 'ه'],
  [0x06a9, 'ك'], [0x06af, 'ك'],
  [0x060c, ','], [0x061b, ';'], [0x061f, '?'], [0x066b, '.'], [0x066c, ','],
  [0x00ab, '"'], [0x00bb, '"'], [0x201c, '"'], [0x201d, '"'], [0x201e, '"'], [0x2018, "'"], [0x2019, "'"],
  [0x2013, '-'], [0x2014, '-'], [0x2212, '-'],
  [0x00a0, ' '], [0x2009, ' '], [0x200a, ' '], [0x202f, ' '], [0x2002, ' '], [0x2003, ' '], [0x3000, ' '],
]);
for (let d = 0; d <= 9; d++) {
  MAP.set(0x0660 + d, String(d));
  MAP.set(0x06f0 + d, String(d));
}

function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe);
}

/** Folds one UTF-16 unit; returns '' to drop it. `lower` lower-cases Latin letters. */
export function foldUnit(code: number, lower = true): string {
  if (DROP.has(code)) return '';
  const mapped = MAP.get(code);
  if (mapped !== undefined) return mapped;
  if (isPresentationForm(code)) {
    const expanded = String.fromCharCode(code).normalize('NFKC');
    // Unassigned code points and noncharacters in these blocks normalise to themselves.
    // Phrase ligatures (ﷺ → four words) become one separator: an expansion into several words would give
    // several tokens over one original character.
    if (expanded.includes(' ')) return ' ';
    if (expanded.length !== 1 || expanded.charCodeAt(0) !== code) return foldString(expanded, lower);
  }
  if (lower && code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
  const ch = String.fromCharCode(code);
  if (lower && code >= 0xc0 && code < 0x250) return ch.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return ch;
}

function foldString(text: string, lower: boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldUnit(text.charCodeAt(i), lower);
  return out;
}

/** Folds text for matching, without an offset map (dictionary keys, queries). */
export function foldKey(text: string): string {
  return foldString(text, true).replace(/\s+/g, ' ').trim();
}

/**
 * Folds text and keeps a map back to the original: `offsets[i]` is the original offset of
 * folded unit i, and `offsets[text.length]` is the original length.
 */
export function foldWithMap(original: string, lower = true): NormalizedText {
  const parts: string[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const folded = foldUnit(original.charCodeAt(i), lower);
    if (folded.length === 0) continue;
    parts.push(folded);
    for (let k = 0; k < folded.length; k++) offsets.push(i);
  }
  offsets.push(original.length);
  return { text: parts.join(''), offsets: Int32Array.from(offsets) };
}

/** Maps a [start, end) range in folded text back to the original text (trailing dropped marks stay inside). */
export function toOriginalSpan(map: NormalizedText, start: number, end: number): [number, number] {
  const last = map.offsets.length - 1;
  const s = map.offsets[Math.min(start, last)] ?? 0;
  if (end <= start) return [s, s];
  const afterLast = (map.offsets[Math.min(end - 1, last)] ?? s) + 1;
  const next = map.offsets[Math.min(end, last)] ?? afterLast;
  return [s, Math.max(afterLast, next)];
}
