import { foldKey } from '../text/index.js';

/** Arabic letters (after folding) that mark a name as Persian/Kurdish/Urdu rather than Arabic. */
const NON_ARABIC_LETTERS = /[\u067e\u0686\u0698\u06af\u06c6\u06d5\u06b5\u06ce\u06c7\u06cb\u06be\u0695\u06d2\u06ba\u0679\u0688\u0691]/;
const ARABIC_LETTER = /[\u0621-\u064a]/;
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;

/** True for a usable Arabic-script name: Arabic letters, no Latin, no Persian-only letters. */
export function isArabicName(name: string): boolean {
  return ARABIC_LETTER.test(name) && !LATIN_LETTER.test(name) && !NON_ARABIC_LETTERS.test(name);
}

/** True when the string is written in Latin script. */
export function isLatinName(name: string): boolean {
  // A scan, not two regular expressions: this runs on every token of every document.
  let latin = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x064a) return false;
    if (!latin) latin = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
  }
  return latin;
}

/**
 * Match keys of an Arabic name: the folded form, and without the article ال when present.
 * Proclitics (و ب ل ف ك) are handled at match time, not here.
 */
export function toArabicKeys(name: string): string[] {
  const key = foldKey(name.replace(/[-_()«»"]/g, ' '));
  if (key.length === 0) return [];
  const keys = [key];
  if (key.startsWith('ال') && key.length > 4) keys.push(key.slice(2));
  return keys;
}

const LATIN_ARTICLE = /^(?:al|el|ad|adh|an|ar|as|ash|at|ath|az|ed|en|er|es|et|ez|al-)\s+/;

/**
 * Match key of a Latin-script name: lower case, no diacritics, no apostrophes or ayn marks,
 * hyphens as spaces, doubled letters single (Daraa/Dar'a, Sanaa/Sana'a), without a leading Arabic
 * article unless the rest is too short to stand alone ("Al Hudaydah" → "hudaydah", "Al Bab" → "al bab").
 */
export function toLatinKey(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u02bb\u02bc\u02be\u02bf\u2018\u2019'`´ʻ]/g, '')
    .replace(/[-‐_.,()/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([a-z])\1+/g, '$1');
  const bare = plain.replace(LATIN_ARTICLE, '');
  return bare.length >= 4 ? bare : plain;
}

const ARTICLE_WORDS = new Set(['al', 'el', 'ad', 'adh', 'an', 'ar', 'as', 'ash', 'at', 'ath', 'az', 'ed', 'en', 'er', 'es', 'et', 'ez', 'ul']);

/**
 * Loose Latin key for transliteration variants (Idleb/Idlib, Maarat/Ma'arrat, Dayr/Deir, Misrata/Misratah):
 * `%` + per word: articles dropped, a final h dropped, non-initial vowels (and w, y) dropped, an initial
 * vowel as `a`, q as k, doubled letters collapsed. Null when too short to be distinctive.
 */
export function toLatinSkeleton(name: string): string | null {
  const words = toLatinKey(name)
    .split(' ')
    .filter((w) => w.length > 0 && !ARTICLE_WORDS.has(w))
    .map((w) => {
      const base = w.replace(/[^a-z]/g, '').replace(/(?<=[aeiouy])h$/, '');
      const head = /^[aeiouy]/.test(base) ? 'a' : base.slice(0, 1);
      return (head + base.slice(1).replace(/[aeiouyw]/g, '')).replace(/q/g, 'k').replace(/(.)\1+/g, '$1');
    })
    .filter((w) => w.length > 0);
  const letters = words.join('').length;
  return letters >= 4 ? `%${words.join(' ')}` : null;
}
