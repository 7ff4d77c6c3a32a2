import type { NormalizedText } from '../../types.js';
import {
  C_ARABIC, C_DIGIT, C_LATIN, C_NEWLINE, C_PUNCT, C_SPACE, C_SURROGATE, charClass,
} from './char-class.js';

export type RawKind = 'arabic' | 'latin' | 'number' | 'punct' | 'symbol';

/** A token over the normalised text: [start, end) in normalised units. */
export interface RawToken {
  start: number;
  end: number;
  kind: RawKind;
}

/**
 * Splits normalised text into words, numbers, punctuation and symbols.
 * Numbers keep decimal points and thousands separators ("3.5", "1,000"); Latin initialisms keep their dots
 * ("u.s.", "u.n."); Latin words keep inner apostrophes ("don't").
 */
export function tokenizeNormalized(norm: NormalizedText): RawToken[] {
  const text = norm.text;
  const n = text.length;
  const out: RawToken[] = [];
  let i = 0;
  while (i < n) {
    const c = charClass(text.charCodeAt(i));
    if (c === C_SPACE || c === C_NEWLINE) {
      i++;
      continue;
    }
    const start = i;
    if (c === C_ARABIC) {
      while (i < n && charClass(text.charCodeAt(i)) === C_ARABIC) i++;
      out.push({ start, end: i, kind: 'arabic' });
    } else if (c === C_LATIN) {
      i = scanLatin(text, i);
      out.push({ start, end: i, kind: 'latin' });
    } else if (c === C_DIGIT) {
      i = scanNumber(text, i);
      out.push({ start, end: i, kind: 'number' });
    } else if (c === C_PUNCT) {
      const code = text.charCodeAt(i);
      i++;
      if (code === 0x2e || code === 0x2026) while (i < n && text.charCodeAt(i) === 0x2e) i++; // "..."
      out.push({ start, end: i, kind: 'punct' });
    } else if (c === C_SURROGATE) {
      i += i + 1 < n && charClass(text.charCodeAt(i + 1)) === C_SURROGATE ? 2 : 1;
      out.push({ start, end: i, kind: 'symbol' });
    } else {
      i++;
      out.push({ start, end: i, kind: 'symbol' });
    }
  }
  return out;
}

function isClass(text: string, i: number, cls: number): boolean {
  return i < text.length && charClass(text.charCodeAt(i)) === cls;
}

const INITIALISM = /(?:[a-z]\.){2,}/y;

function scanLatin(text: string, i: number): number {
  // Initialisms keep their dots: u.s., u.n., e.g. (not followed by another letter: "u.s.-backed" stays whole too).
  INITIALISM.lastIndex = i;
  if (INITIALISM.test(text) && !isClass(text, INITIALISM.lastIndex, C_LATIN)) return INITIALISM.lastIndex;
  const start = i;
  while (i < text.length) {
    const c = charClass(text.charCodeAt(i));
    if (c === C_LATIN || c === C_DIGIT) i++;
    else if (text.charCodeAt(i) === 0x27 && isClass(text, i + 1, C_LATIN) && i > start) i++;
    else break;
  }
  return i;
}

function scanNumber(text: string, i: number): number {
  while (isClass(text, i, C_DIGIT)) i++;
  for (;;) {
    const sep = text.charCodeAt(i);
    if ((sep === 0x2e || sep === 0x2c) && isClass(text, i + 1, C_DIGIT)) {
      let j = i + 1;
      while (isClass(text, j, C_DIGIT)) j++;
      // A comma continues a number only as a thousands separator (exactly three digits).
      if (sep === 0x2c && j - i - 1 !== 3) return i;
      i = j;
    } else return i;
  }
}

/** Numeric value of a normalised number token ("1,000" → 1000, "3.5" → 3.5, "1.000.000" → 1000000). */
export function parseNumberToken(norm: string): number | undefined {
  const dots = norm.split('.').length - 1;
  let clean = norm.replace(/,/g, '');
  if (dots > 1 && /^\d{1,3}(\.\d{3})+$/.test(norm)) clean = norm.replace(/\./g, '');
  const value = Number(clean);
  return Number.isFinite(value) ? value : undefined;
}
