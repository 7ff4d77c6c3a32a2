import type { Place } from '../../types.js';
import { countryShare, type CountryVotes } from './focus.js';

const KIND_WEIGHT: Record<string, number> = {
  country: 0.6, admin1: 1.2, admin2: 0.9, region: 0.8, city: 2.2, village: 1.0, neighbourhood: 1.3, district: 1.6,
};
const SITE_WEIGHT = 1.8;

/** How well a cue kind (from مدينة، محافظة، حي…) fits a place kind. */
function cueFits(cue: string, kind: string): boolean {
  switch (cue) {
    case 'city': return kind === 'city' || kind === 'village';
    case 'village': return kind === 'village' || kind === 'city';
    case 'admin1': return kind === 'admin1';
    case 'admin2': return kind === 'admin2' || kind === 'district';
    case 'neighbourhood': return kind === 'neighbourhood' || kind === 'district';
    case 'site': return !(kind in KIND_WEIGHT);
    default: return false;
  }
}

export interface Anchor {
  place: Place;
  text: string;
}

export interface Scored {
  place: Place;
  score: number;
  why: string[];
}

/** Distance in km between two places (Infinity when a coordinate is missing). */
export function distanceKm(a: Place, b: Place): number {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return Infinity;
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

/**
 * Scores one candidate: kind (city > village; admin units and countries as fallbacks), population,
 * context cue, the document's country votes and proximity to the other places of the document.
 */
export function scoreCandidate(place: Place, cues: string[], votes: CountryVotes, anchors: Anchor[]): Scored {
  const why: string[] = [];
  let score = KIND_WEIGHT[place.kind] ?? SITE_WEIGHT;
  score += 0.35 * Math.log10(place.population + 1);
  const meaningful = cues.filter((c) => c !== 'any');
  if (meaningful.some((c) => cueFits(c, place.kind))) {
    score += 3;
    why.push(`context word points to ${place.kind}`);
  } else if (meaningful.length > 0) score -= 0.7;
  const share = countryShare(votes, place.country);
  if (share > 0) {
    score += 3 * share;
    if (votes.top === place.country) why.push(`document focus ${place.country}`);
  }
  let nearest: { km: number; text: string } | null = null;
  for (const a of anchors) {
    if (a.place.id === place.id) continue;
    if (a.place.kind === 'country') continue;
    if (a.place.kind === 'admin1') {
      if (a.place.country === place.country && a.place.admin1 !== null && a.place.admin1 === place.admin1) {
        score += 1.2;
        why.push(`inside '${a.text}'`);
      }
      continue;
    }
    const km = distanceKm(a.place, place);
    if (!nearest || km < nearest.km) nearest = { km, text: a.text };
  }
  if (nearest) {
    const bonus = nearest.km <= 30 ? 2 : nearest.km <= 100 ? 1.3 : nearest.km <= 300 ? 0.6 : 0;
    if (bonus > 0) {
      score += bonus;
      why.push(`near '${nearest.text}' (${Math.round(nearest.km)} km)`);
    }
  }
  return { place, score, why };
}

/** Short population label for reasons: 128k, 1.9M. */
export function formatPopulation(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (n >= 1e3) return `${Math.round(n / 1e3)}k`;
  return String(n);
}
