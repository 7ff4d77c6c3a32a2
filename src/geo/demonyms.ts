import { readFileSync } from 'node:fs';
import { foldKey } from '../text/index.js';
import { dataPath } from '../lexicon/paths.js';
import { toLatinKey } from './keys.js';

export interface Demonym {
  iso2: string;
  iso3: string;
  /** English country name. */
  country: string;
}

/**
 * Country adjectives from data/gazetteer/demonyms.tsv: folded Arabic forms (with feminine and plural
 * endings; article and proclitics are split by the matcher) and Latin keys → country codes.
 */
export function loadDemonyms(path = dataPath('gazetteer', 'demonyms.tsv')): Map<string, Demonym> {
  const out = new Map<string, Demonym>();
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  for (const line of lines.slice(1)) {
    const [iso2 = '', iso3 = '', ar = '', en = '', country = ''] = line.split('\t');
    const value = { iso2, iso3, country: country || iso2 };
    for (const form of ar.split('|').filter(Boolean)) {
      const base = foldKey(form);
      for (const ending of ['', 'ه', 'ون', 'ين']) if (!out.has(base + ending)) out.set(base + ending, value);
    }
    for (const form of en.split('|').filter(Boolean)) {
      const key = toLatinKey(form);
      if (!out.has(key)) out.set(key, value);
    }
  }
  return out;
}

let iso3: Map<string, string> | null = null;

/** ISO 3166-1 alpha-3 for an alpha-2 code (countries listed in demonyms.tsv), else null. */
export function toIso3(iso2: string | null | undefined): string | null {
  if (!iso2) return null;
  iso3 ??= new Map([...loadDemonyms().values()].map((d) => [d.iso2, d.iso3]));
  return iso3.get(iso2) ?? null;
}
