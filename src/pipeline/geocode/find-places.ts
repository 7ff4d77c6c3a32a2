import type { Analysis, Mention } from '../../types.js';
import type { Candidate, Gazetteer } from '../../geo/index.js';
import { findPhrases } from '../../geo/index.js';
import { findCues, isInsideOrganisation } from './context.js';

const AREA_KINDS = new Set(['country', 'admin1', 'admin2', 'region', 'city', 'village', 'neighbourhood', 'district', 'camp', 'island', 'valley']);

/** The stronger candidate out of context: kind, then population. */
export function toStandaloneBest(candidates: Candidate[]): Candidate | undefined {
  // The first candidate of highest rank (what a stable sort would put first).
  let best: Candidate | undefined;
  let bestRank = -Infinity;
  for (const c of candidates) {
    const rank = standaloneRank(c);
    if (best === undefined || rank > bestRank) {
      best = c;
      bestRank = rank;
    }
  }
  return best;
}

function standaloneRank(c: Candidate): number {
  const kind = c.place.kind;
  return (kind === 'city' ? 3 : kind === 'country' || kind === 'admin1' ? 2 : AREA_KINDS.has(kind) ? 1 : 2.5) * 10 + Math.log10(c.place.population + 1);
}

/**
 * Finds place names with the gazetteer: longest match, Arabic proclitics split (وبسرت، لمصراتة),
 * English variants (Misrata/Misurata). Names that are ordinary words need a context word (قرية، مدينة…).
 * `ref` is the best candidate out of context; the geocoder ranks them in context.
 */
export function createPlaceFinder(gazetteer: Gazetteer): (analysis: Analysis) => Mention[] {
  const has = (key: string): boolean => gazetteer.has(key);
  const options = { keyFilter: gazetteer.keyFilter };
  return (analysis) => {
    const mentions: Mention[] = [];
    for (const hit of findPhrases(analysis, gazetteer.maxWords, has, options)) {
      const listed = gazetteer.lookup(hit.key);
      if (listed.length === 0) continue;
      if (gazetteer.demonym(hit.key)) continue; // Iraqi, Sudanese: adjectives, not places
      if (isInsideOrganisation(analysis, gazetteer, hit.tokens, hit.prefixes)) continue;
      // An all-capital short word (JaS, AAS, OPS) is an acronym: only a country may be written so (UAE, USA).
      const acronym = hit.latin && hit.text.length <= 4 && hit.text === hit.text.toUpperCase();
      const all = acronym ? listed.filter((c) => c.place.kind === 'country') : listed;
      const cues = findCues(analysis, gazetteer, hit.span);
      let candidates = cues.length > 0 ? all : all.filter((c) => !c.cueOnly);
      // A short stem left after splitting proclitics is often an ordinary word: keep it only for notable places.
      if (hit.prefixes.length > 0 && cues.length === 0) candidates = candidates.filter((c) => c.place.population >= 1000 || c.place.kind !== 'village');
      const best = toStandaloneBest(candidates);
      if (!best) continue;
      mentions.push({
        type: AREA_KINDS.has(best.place.kind) ? 'LOC' : 'FAC',
        text: hit.text,
        span: hit.span,
        source: 'gazetteer',
        ref: best.place.id,
        country: best.place.country,
        score: Math.min(1, 0.5 + 0.1 * Math.log10(best.place.population + 1)),
      });
    }
    return mentions;
  };
}
