import type { Analysis } from '../../types.js';
import type { Candidate, Gazetteer } from '../../geo/index.js';
import { isLatinName, toLatinKey } from '../../geo/index.js';
import { procliticSplits } from '../../text/index.js';

/** Country votes of a document: which country the report is about. */
export interface CountryVotes {
  votes: Map<string, number>;
  total: number;
  top: string | null;
}

/** Vote of a place name whose candidates all lie in one country. */
export const PLACE_VOTE = 1.5;
const WEIGHT = { dateline: 4, country: 2, place: PLACE_VOTE, nisba: 1 };

/**
 * Counts evidence for the document's country: the dateline, country names, unambiguous places
 * (one country among their candidates) and country adjectives (الليبية، Libyan).
 */
export function countCountryVotes(analysis: Analysis, g: Gazetteer, mentionCandidates: Candidate[][], dateline: Candidate[]): CountryVotes {
  const votes = new Map<string, number>();
  const add = (cc: string | null, w: number): void => {
    if (cc) votes.set(cc, (votes.get(cc) ?? 0) + w);
  };
  const datelineCountries = new Set(dateline.map((c) => c.place.country));
  if (datelineCountries.size === 1) add([...datelineCountries][0] ?? null, WEIGHT.dateline);
  for (const cands of mentionCandidates) {
    const countries = new Set(cands.map((c) => c.place.country));
    if (countries.size !== 1) continue;
    const [cc] = countries;
    add(cc ?? null, cands.some((c) => c.place.kind === 'country') ? WEIGHT.country : WEIGHT.place);
  }
  const nisbas = toNisbaMemo(g);
  for (const t of analysis.tokens) {
    if (t.kind !== 'word') continue;
    if (isLatinName(t.text)) {
      if (/^[A-Z]/.test(t.text)) add(g.demonym(toLatinKey(t.text))?.iso2 ?? null, WEIGHT.nisba);
      continue;
    }
    add(toArabicNisba(g, nisbas, t.norm), WEIGHT.nisba);
  }
  let top: string | null = null;
  let total = 0;
  for (const [cc, v] of votes) {
    total += v;
    if (top === null || v > (votes.get(top) ?? 0)) top = cc;
  }
  return { votes, total, top };
}

const nisbaMemo = new WeakMap<Gazetteer, Map<string, string | null>>();

function toNisbaMemo(g: Gazetteer): Map<string, string | null> {
  let memo = nisbaMemo.get(g);
  if (!memo) {
    memo = new Map();
    nisbaMemo.set(g, memo);
  }
  return memo;
}

/** Country of a folded Arabic word that is a country adjective under some clitic split (الليبية، وللسوري), memoised. */
function toArabicNisba(g: Gazetteer, memo: Map<string, string | null>, norm: string): string | null {
  let cc = memo.get(norm);
  if (cc === undefined) {
    cc = null;
    for (const s of procliticSplits(norm)) {
      const d = g.demonym(s.stem);
      if (d) {
        cc = d.iso2;
        break;
      }
    }
    if (memo.size >= 100_000) memo.clear();
    memo.set(norm, cc);
  }
  return cc;
}

/** Share of the votes for a country, 0..1. */
export function countryShare(votes: CountryVotes, cc: string | null): number {
  if (!cc || votes.total === 0) return 0;
  return (votes.votes.get(cc) ?? 0) / votes.total;
}
