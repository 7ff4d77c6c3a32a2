import type { ActorEntry, ActorMatch, Analysis, Span, Token } from '../../types.js';
import { findPhrases, isLatinName, KeyFilter, loadDemonyms, toLatinKey, type Demonym, type PhraseOptions } from '../../geo/index.js';
import { procliticSplits } from '../../text/index.js';
import { toActorKeys } from './keys.js';
import { loadActorTables, type ActorTables, type DictionaryRecord } from './load-actors.js';
import { guessSector } from './guess-sector.js';

export type { ActorMatch };

export interface ActorMatchContext {
  /**
   * ISO3 of the document's country, for generic agents without a nisba (مسلحون → UAF of that country):
   * pass `toIso3(findDocumentFocus(places).country)`. Without it such agents keep country null.
   */
  country?: string | null;
}

export interface ActorDictionary {
  size: number;
  byId(id: string): ActorEntry | undefined;
  match(analysis: Analysis, context?: ActorMatchContext): ActorMatch[];
  /** Sector guess for an actor phrase the dictionary does not know (never drop unknown actors). */
  guessSector(text: string): string | null;
}

export interface ActorDictionaryOptions {
  userDir?: string;
}

const cache = new Map<string, ActorDictionary>();

/** Loads data/actors/*.yaml then the user's actors/*.yaml (option userDir, else MARSAD_DATA_DIR). Cached. */
export function loadActorDictionary(options: ActorDictionaryOptions = {}): ActorDictionary {
  const cacheKey = options.userDir ?? process.env['MARSAD_DATA_DIR'] ?? '';
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const dictionary = createDictionary(loadActorTables(options.userDir), loadDemonyms());
  cache.set(cacheKey, dictionary);
  return dictionary;
}

function demonymAt(token: Token | undefined, demonyms: Map<string, Demonym>): Demonym | undefined {
  if (!token || token.kind !== 'word') return undefined;
  if (isLatinName(token.text)) return demonyms.get(toLatinKey(token.text));
  for (const s of procliticSplits(token.norm)) {
    const d = demonyms.get(s.stem);
    if (d) return d;
  }
  return undefined;
}

/** Nisba after an Arabic phrase (سلاح الجو الأميركي), demonym before an English one (US forces, U.S. jets). */
function findNisba(analysis: Analysis, from: number, to: number, latin: boolean, demonyms: Map<string, Demonym>): Demonym | undefined {
  const { tokens } = analysis;
  if (!latin) return demonymAt(tokens[to], demonyms);
  const prev = tokens[from - 1];
  if (prev?.text === '.' && from >= 4) {
    const surface = analysis.article.text.slice(tokens[from - 4]?.span[0] ?? 0, prev.span[1]);
    if (/U\.S\.$/.test(surface)) return demonyms.get('us');
  }
  return demonymAt(prev, demonyms);
}

function isAcronymOk(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length > 4 || letters === letters.toUpperCase();
}

function createDictionary(tables: ActorTables, demonyms: Map<string, Demonym>): ActorDictionary {
  const latinKey = (s: string): string | null => toActorKeys(s)[0] ?? null;
  const has = (key: string): boolean => tables.keys.has(key);
  const keyFilter = new KeyFilter(20);
  for (const key of tables.keys.keys()) keyFilter.addWithPrefixes(key);
  const phraseOptions: PhraseOptions = { latinKeys: [latinKey], capitalised: false, numbers: true, keyFilter };
  const iso3Names = new Map([...demonyms.values()].map((d) => [d.iso3, d.country]));
  const toMatch = (record: DictionaryRecord, text: string, span: Span, tokens: [number, number], nisba: Demonym | undefined, fallback: string | null): ActorMatch => {
    const { entry } = record;
    if (!record.generic) return { entry, text, span, tokens, generic: false, sector: entry.sector, country: entry.country };
    const country = nisba?.iso3 ?? entry.country ?? fallback;
    const countryName = country ? iso3Names.get(country) ?? country : null;
    const acledName = record.template && countryName ? record.template.replace('{country}', countryName) : null;
    return { entry: { ...entry, country, acledName }, text, span, tokens, generic: true, sector: entry.sector, country };
  };
  return {
    size: [...tables.records.values()].filter((r) => !r.generic).length,
    byId: (id) => tables.records.get(id)?.entry,
    guessSector,
    match: (analysis, context = {}) => {
      const hits = findPhrases(analysis, tables.maxWords, has, phraseOptions);
      const focus = context.country ?? null;
      const out: ActorMatch[] = [];
      hits.forEach((hit, n) => {
        if (hit.latin && !isAcronymOk(hit.text)) return;
        const ids = tables.keys.get(hit.key) ?? [];
        const record = ids.map((id) => tables.records.get(id)).find((r): r is DictionaryRecord => r !== undefined);
        if (!record) return;
        const next = hits[n + 1];
        // "مسلحي تنظيم الدولة", "fighters of the Islamic State": the head belongs to the named actor that follows.
        if (record.head && next && next.tokens[0] - hit.tokens[1] <= 2 && !(tables.keys.get(next.key) ?? []).some((id) => tables.records.get(id)?.generic)) return;
        const nisba = record.generic ? findNisba(analysis, hit.tokens[0], hit.tokens[1], hit.latin, demonyms) : undefined;
        let span = hit.span;
        let tokens = hit.tokens;
        if (nisba && !hit.latin) {
          const t = analysis.tokens[hit.tokens[1]];
          if (t) {
            span = [hit.span[0], t.span[1]];
            tokens = [hit.tokens[0], hit.tokens[1] + 1];
          }
        }
        out.push(toMatch(record, analysis.article.text.slice(span[0], span[1]), span, tokens, nisba, focus));
      });
      return out;
    },
  };
}
