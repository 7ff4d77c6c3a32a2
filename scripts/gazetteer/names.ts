import { isArabicName, isLatinName, toArabicKeys, toLatinKey, toLatinSkeleton } from '../../src/geo/keys.js';
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
  /** Folded news word counts (article kept). */
  counts: Map<string, number>;
  minor: boolean;
  allowShort: boolean;
  population: number;
  /** Large places (admin-1, cities ≥100k) need much stronger evidence before their name counts as a word. */
  large: boolean;
  /** Arabic names are kept (false for far-away small cities, whose Arabic names collide with words). */
  arabic: boolean;
  /** Loose Latin keys (toLatinSkeleton) are added: only near the focus region, where transliterations vary. */
  loose: boolean;
  /** Ordinary English words and their loose keys. */
  english: { words: Set<string>; skeletons: Set<string> };
}

/**
 * An ordinary word, not a name: place names keep one form (حلب never takes the article, الرقة rarely
 * drops it) while nouns alternate (بيان/البيان, خمس/الخمس, غرب/الغرب).
 */
export function isOrdinaryWord(key: string, counts: Map<string, number>, population: number, large: boolean): boolean {
  const other = key.startsWith('ال') ? key.slice(2) : 'ال' + key;
  const own = counts.get(key) ?? 0;
  const alt = counts.get(other) ?? 0;
  // Far more frequent in news than a place of this size would be (الجديدة for El Jadida, صور for Tyre).
  // News focus inflates conflict towns (غزة، إدلب), so large places are exempt from this test.
  if (!large && own / Math.max(population / 1e5, 0.5) > 300) return true;
  return large ? alt >= 100 && alt >= 3 * own : alt >= 20 && alt >= 0.3 * own;
}

/** Seen in news at all (both forms): a village named like this is more likely a word than the village. */
function isNewsWord(key: string, counts: Map<string, number>): boolean {
  const other = key.startsWith('ال') ? key.slice(2) : 'ال' + key;
  return (counts.get(key) ?? 0) + (counts.get(other) ?? 0) >= 5;
}

/**
 * Runtime match keys for a place's names. Stop words are dropped for villages and need a cue (`~key`)
 * elsewhere; single-word names that are ordinary words need a cue; villages named like any word seen
 * in news need a cue; the article-less key is added only when it is not itself a word (خمس).
 */
export function toPlaceKeys(ar: string[], en: string[], options: KeyOptions): string[] {
  const keys = new Set<string>();
  for (const name of options.arabic ? ar : []) {
    if (!isArabicName(name)) continue;
    const [full = '', bare] = toArabicKeys(name);
    if ((bare ?? full).length < (options.allowShort ? 2 : 3)) continue;
    const stop = options.stop.has(full) || (bare !== undefined && options.stop.has(bare));
    if (stop && options.minor) continue;
    const single = !full.includes(' ');
    const ordinary = single && isOrdinaryWord(full, options.counts, options.population, options.large);
    const cue = stop || ordinary || (options.minor && single && isNewsWord(full, options.counts));
    keys.add(cue ? `~${full}` : full);
    if (bare !== undefined && !ordinary && !(single && isOrdinaryWord(bare, options.counts, options.population, options.large))) keys.add(cue ? `~${bare}` : bare);
  }
  for (const name of en) {
    if (!isLatinName(name)) continue;
    const key = toLatinKey(name);
    if (key.length < (options.allowShort ? 3 : 4)) continue;
    const word = !key.includes(' ') && options.english.words.has(key) && !options.large;
    const stop = options.stop.has(key) || word;
    // Villages and small towns named like an English word are dropped; large towns keep their name (Hit, Van).
    if (stop && (options.minor || word)) continue;
    keys.add(stop ? `~${key}` : key);
    const loose = options.loose ? toLatinSkeleton(name) : null;
    if (loose && !options.english.skeletons.has(loose)) keys.add(stop ? `~${loose}` : loose);
  }
  const out = [...keys];
  // A key both plain and cue-only keeps the plain form.
  return out.filter((k) => !(k.startsWith('~') && keys.has(k.slice(1)))).sort();
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
