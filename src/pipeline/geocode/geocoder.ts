import type { Analysis, Mention, Place, ResolvedPlace } from '../../types.js';
import type { Candidate, Gazetteer } from '../../geo/index.js';
import { findCues, toMentionKeys } from './context.js';
import { countCountryVotes, countryShare, PLACE_VOTE, type CountryVotes } from './focus.js';
import { distanceKm, formatPopulation, scoreCandidate, type Anchor, type Scored } from './rank.js';

interface Item {
  mention: Mention;
  candidates: Candidate[];
  cues: string[];
  /** Ids found only through a loose transliteration key. */
  loose: Set<string>;
}

function toCandidates(g: Gazetteer, analysis: Analysis, mention: Mention): Item {
  const { keys, cues: inner } = toMentionKeys(g, mention.text);
  const cues = [...inner, ...findCues(analysis, g, mention.span)];
  const seen = new Set<string>();
  const loose = new Set<string>();
  const candidates: Candidate[] = [];
  let exactFound = false;
  for (const key of keys) {
    const isLoose = key.startsWith('%');
    // The longest exact reading wins (whole text before clitic-split forms); loose keys add variants.
    if (exactFound && !isLoose) continue;
    for (const c of g.lookup(key)) {
      if (seen.has(c.place.id) || (c.cueOnly && cues.length === 0)) continue;
      seen.add(c.place.id);
      candidates.push(c);
      if (isLoose) loose.add(c.place.id);
      else exactFound = true;
    }
  }
  if (mention.ref) {
    const ref = g.byId(mention.ref);
    if (ref && !seen.has(ref.id)) candidates.push({ place: ref, cueOnly: false });
  }
  return { mention, candidates, cues, loose };
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
function isImplausible(place: Place, item: Item, votes: CountryVotes, cued: boolean): boolean {
  if (cued || place.kind === 'country' || place.population >= 500_000 || votes.top === null || votes.top === place.country) return false;
  return !hasSupport(place, item, votes) && countryShare(votes, votes.top) >= 0.5;
}

/** Other evidence in the document for the place's country (its own unambiguous vote does not count). */
function hasSupport(place: Place, item: Item, votes: CountryVotes): boolean {
  const own = new Set(item.candidates.map((c) => c.place.country)).size === 1 ? PLACE_VOTE : 0;
  return (votes.votes.get(place.country ?? '') ?? 0) - own > 0;
}

function sentenceOf(analysis: Analysis, offset: number): number {
  return analysis.sentences.findIndex((s) => offset >= s.span[0] && offset < s.span[1]);
}

/**
 * A small place far from an unambiguous place named in the same sentence, in another country ("As Sabaa
 * (Tripoli)" is not Saaba in Burkina Faso; "Sinjar area west of As-Saan in Hama" is not Sinjar in Iraq).
 */
function isForeignToSentence(place: Place, others: Item[], cued: boolean): boolean {
  if (cued || place.kind === 'country' || place.population >= 500_000) return false;
  return others.some((o) => {
    const countries = new Set(o.candidates.map((c) => c.place.country));
    if (countries.size !== 1 || countries.has(place.country)) return false;
    // Only a strong anchor counts: a notable place (town ≥15k, admin unit, country) found by its exact name.
    const strong = o.candidates.some((c) => !o.loose.has(c.place.id) && (c.place.kind === 'country' || c.place.kind.startsWith('admin') || c.place.population >= 15_000));
    if (!strong) return false;
    return o.candidates.every((c) => distanceKm(c.place, place) > 150);
  });
}

/** A town that gives its name to the district or province also named: ACLED and readers mean the town. */
function seatBonus(place: Place, item: Item): number {
  if (place.kind !== 'city' && place.kind !== 'village') return 0;
  const unit = item.candidates.find((c) => (c.place.kind === 'admin2' || c.place.kind === 'admin1') && c.place.country === place.country && distanceKm(c.place, place) <= 40);
  return unit ? 1.8 : 0;
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
    const sentences = items.map((i) => sentenceOf(analysis, i.mention.span[0]));
    items.forEach((item, index) => {
      const anchors: Anchor[] = [];
      first.forEach((s, j) => {
        const other = items[j];
        if (s && other && j !== index && other.mention.text !== item.mention.text) anchors.push({ place: s.place, text: other.mention.text });
      });
      const sentence = sentences[index];
      const local = first
        .map((s, j) => ({ s, other: items[j], j }))
        .filter(({ s, other, j }) => s && other && j !== index && sentences[j] === sentence && other.mention.text !== item.mention.text);
      const others = local.map((l) => l.other as Item);
      const top = best(item.candidates.filter((c) => !(isForeignToSentence(c.place, others, item.cues.length > 0) && !hasSupport(c.place, item, votes))).map((c) => {
        const scored = scoreCandidate(c.place, item.cues, votes, anchors);
        const seat = seatBonus(c.place, item);
        if (seat > 0) scored.why.push('seat of the district of the same name');
        return { ...scored, score: scored.score + seat - (item.loose.has(c.place.id) ? 0.4 : 0) };
      }));
      if (!top || isImplausible(top.place, item, votes, item.cues.length > 0)) return;
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
