import type { Analysis, Mention, Place, ResolvedPlace } from '../../types.js';
import type { Candidate, Gazetteer } from '../../geo/index.js';
import { findCues, toMentionKeys } from './context.js';
import { countCountryVotes, countryShare, type CountryVotes } from './focus.js';
import { formatPopulation, scoreCandidate, type Anchor, type Scored } from './rank.js';

interface Item {
  mention: Mention;
  candidates: Candidate[];
  cues: string[];
}

function toCandidates(g: Gazetteer, analysis: Analysis, mention: Mention): Item {
  const { keys, cues: inner } = toMentionKeys(g, mention.text);
  const cues = [...inner, ...findCues(analysis, g, mention.span)];
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const key of keys) {
    for (const c of g.lookup(key)) {
      if (seen.has(c.place.id) || (c.cueOnly && cues.length === 0 && mention.source !== 'gazetteer')) continue;
      if (c.cueOnly && cues.length === 0) continue;
      seen.add(c.place.id);
      candidates.push(c);
    }
    if (candidates.length > 0) break; // the longest reading wins (whole text before cue-less or clitic-split forms)
  }
  if (mention.ref) {
    const ref = g.byId(mention.ref);
    if (ref && !seen.has(ref.id)) candidates.push({ place: ref, cueOnly: false });
  }
  return { mention, candidates, cues };
}

function best(scored: Scored[]): Scored | undefined {
  return [...scored].sort((a, b) => b.score - a.score || b.place.population - a.place.population || (a.place.id < b.place.id ? -1 : 1))[0];
}

function toReason(place: Place, text: string, g: Gazetteer, top: Scored, alternatives: number): string {
  const country = place.country ? g.country(place.country)?.name ?? place.country : 'unknown country';
  const parts = [`${place.kind} '${text}' in ${place.kind === 'country' ? 'the world' : country}`, ...top.why];
  if (place.population > 0) parts.push(`population ${formatPopulation(place.population)}`);
  if (alternatives > 1) parts.push(`${alternatives} candidates`);
  return parts.join('; ');
}

/**
 * A small foreign place in a report clearly about another country is a name clash (Resistencia for
 * "Resistance"), not a place: countries, large cities and cued names are kept.
 */
function isImplausible(place: Place, votes: CountryVotes, cued: boolean): boolean {
  if (cued || place.kind === 'country' || place.population >= 500_000 || votes.top === null) return false;
  return countryShare(votes, place.country) === 0 && countryShare(votes, votes.top) >= 0.5;
}

/**
 * Resolves every LOC/FAC mention (gazetteer or model) to a place, ranking candidates at document level:
 * kind, population, context words, the document's country (dateline, country names, nisba, unambiguous
 * places) and proximity to the other places. A mention without candidates is skipped, never fatal.
 */
export function createGeocoder(gazetteer: Gazetteer): (analysis: Analysis, mentions: Mention[]) => ResolvedPlace[] {
  return (analysis, mentions) => {
    const seen = new Set<string>();
    const items: Item[] = [];
    for (const m of mentions) {
      if (m.type !== 'LOC' && m.type !== 'FAC') continue;
      const key = `${m.span[0]}:${m.span[1]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const item = toCandidates(gazetteer, analysis, m);
      if (item.candidates.length > 0) items.push(item);
    }
    const dateline = analysis.article.metadata.dateline;
    const datelineCandidates = dateline ? toMentionKeys(gazetteer, dateline).keys.flatMap((k) => gazetteer.lookup(k)) : [];
    const votes = countCountryVotes(analysis, gazetteer, items.map((i) => i.candidates), datelineCandidates);
    // Pass 1: context-free tops as anchors; pass 2: proximity to the other mentions' anchors.
    const first = items.map((i) => best(i.candidates.map((c) => scoreCandidate(c.place, i.cues, votes, []))));
    const out: ResolvedPlace[] = [];
    items.forEach((item, index) => {
      const anchors: Anchor[] = [];
      first.forEach((s, j) => {
        const other = items[j];
        if (s && other && j !== index && other.mention.text !== item.mention.text) anchors.push({ place: s.place, text: other.mention.text });
      });
      const top = best(item.candidates.map((c) => scoreCandidate(c.place, item.cues, votes, anchors)));
      if (!top || isImplausible(top.place, votes, item.cues.length > 0)) return;
      out.push({
        place: top.place,
        text: item.mention.text,
        span: item.mention.span,
        reason: toReason(top.place, item.mention.text, gazetteer, top, item.candidates.length),
        score: Math.round(top.score * 100) / 100,
      });
    });
    return out;
  };
}
