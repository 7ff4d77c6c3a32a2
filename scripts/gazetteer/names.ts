import { isArabicName, isLatinName, toArabicKeys, toLatinKey } from '../../src/geo/keys.js';
import { foldKey } from '../../src/text/index.js';

/** Generic administrative words that prefix Arabic unit names (شعبية سرت، محافظة الرقة). */
const ADMIN_PREFIX = /^(?:شعبية|شعبيه|محافظة|محافظه|ولاية|ولايه|منطقة|منطقه|قضاء|ناحية|ناحيه|مديرية|مديريه|إقليم|اقليم|جهة|جهه|عمالة|عماله|مركز|بلدية|بلديه|إمارة|اماره|امارة|لواء|دائرة|دائره|مقاطعة|مقاطعه)\s+/;
const LATIN_ADMIN_SUFFIX = /\s+(?:governorate|district|province|region|municipality|state|wilaya|prefecture|sub-?district|emirate|department|muhafazat|mintaqat|sha'biyat)$/i;

/** Splits a generic admin prefix off an Arabic name: 'محافظة الرقة' → 'الرقة' (null when none). */
export function stripAdminPrefix(name: string): string | null {
  const m = ADMIN_PREFIX.exec(name.trim());
  return m ? name.trim().slice(m[0].length) : null;
}

export function stripLatinAdminSuffix(name: string): string {
  return name.replace(LATIN_ADMIN_SUFFIX, '').replace(/^(?:muhafazat|mintaqat|wilayat|sha'biyat)\s+/i, '');
}

/** Latin alternates worth keeping from GeoNames: capitalised, not an all-caps code, not a consonant skeleton. */
export function isUsefulLatinAlternate(name: string): boolean {
  if (!isLatinName(name) || !/^[A-Z\u00c0-\u00de]/.test(name)) return false;
  if (name.length <= 4 && name === name.toUpperCase()) return false;
  return /[aeiouy]/i.test(name.normalize('NFD'));
}

export interface KeyOptions {
  stop: Set<string>;
  /** Frequent news words: single-word names of minor places that are frequent become cue-only (`~key`). */
  frequent: Set<string>;
  minor: boolean;
  allowShort: boolean;
}

/** Runtime match keys for a place's names; names that are stop words are dropped. */
export function toPlaceKeys(ar: string[], en: string[], options: KeyOptions): string[] {
  const keys = new Set<string>();
  for (const name of ar) {
    if (!isArabicName(name)) continue;
    const variants = toArabicKeys(name);
    const bare = variants[variants.length - 1] ?? '';
    if (bare.length < (options.allowShort ? 2 : 3)) continue;
    const stop = variants.some((k) => options.stop.has(k));
    // A stop word never names a village; a real city named like a word (العين) needs a cue (مدينة العين).
    if (stop && options.minor) continue;
    const cue = stop || (options.minor && !bare.includes(' ') && options.frequent.has(bare));
    for (const k of variants) keys.add(cue ? `~${k}` : k);
  }
  for (const name of en) {
    if (!isLatinName(name)) continue;
    const key = toLatinKey(name);
    if (key.length < (options.allowShort ? 3 : 4)) continue;
    const stop = options.stop.has(key);
    if (stop && options.minor) continue;
    keys.add(stop || (options.minor && options.frequent.has(key)) ? `~${key}` : key);
  }
  return [...keys].sort();
}

/** Folded stop set from word lists (Arabic and English). */
export function toStopSet(words: string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const k = isLatinName(w) ? toLatinKey(w) : foldKey(w);
    if (k.length > 0) out.add(k);
    if (k.startsWith('ال') && k.length > 4) out.add(k.slice(2));
  }
  return out;
}
