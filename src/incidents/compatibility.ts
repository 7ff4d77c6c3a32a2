import type { EventLocation, MarsadEvent, PlacePrecision } from '../types.js';

/** How far apart two reports of one incident may place it, by the coarser location precision. */
const RADIUS_KM: Record<PlacePrecision, number> = {
  point: 5, neighbourhood: 10, city: 30, admin2: 60, admin1: 200, country: Infinity, region: Infinity,
};

/** How many days apart two reports of one incident may date it, by the coarser date precision. */
const WINDOW_DAYS: Record<string, number> = { day: 1, week: 7, month: 31, year: 366 };

const PRECISION_RANK: PlacePrecision[] = ['point', 'neighbourhood', 'city', 'admin2', 'admin1', 'country', 'region'];

export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function coarser(a: PlacePrecision, b: PlacePrecision): PlacePrecision {
  return PRECISION_RANK.indexOf(a) >= PRECISION_RANK.indexOf(b) ? a : b;
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/** Same or compatible kind of event: same PLOVER type, and the same ACLED event type when both have one. */
export function typesCompatible(a: MarsadEvent, b: MarsadEvent): boolean {
  if (a.type !== b.type) return false;
  if (a.acled && b.acled && a.acled.event_type !== b.acled.event_type) {
    // A battle and an air strike in it are reported both ways; other ACLED splits keep incidents apart.
    const pair = new Set([a.acled.event_type, b.acled.event_type]);
    return pair.has('Battles') && pair.has('Explosions/Remote violence');
  }
  return true;
}

/** Dates within the window of the coarser precision; an unknown date is compatible with nothing. */
export function datesCompatible(a: MarsadEvent, b: MarsadEvent): boolean {
  if (!a.date.value || !b.date.value) return false;
  const precision = WINDOW_DAYS[a.date.precision] !== undefined && WINDOW_DAYS[b.date.precision] !== undefined
    ? Math.max(WINDOW_DAYS[a.date.precision] ?? 0, WINDOW_DAYS[b.date.precision] ?? 0)
    : undefined;
  if (precision === undefined) return false;
  const aEnd = a.date.end ?? a.date.value;
  const bEnd = b.date.end ?? b.date.value;
  // Ranges that overlap are compatible whatever their precision.
  if (a.date.value <= bEnd && b.date.value <= aEnd) return true;
  return Math.min(daysBetween(aEnd, b.date.value), daysBetween(bEnd, a.date.value)) <= precision;
}

/** Locations within the radius of the coarser precision, in the same country. */
export function locationsCompatible(a: EventLocation | null, b: EventLocation | null): boolean {
  if (!a || !b) return false;
  if (a.country && b.country && a.country !== b.country) return false;
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return a.name === b.name;
  const radius = RADIUS_KM[coarser(a.precision, b.precision)];
  return distanceKm({ lat: a.lat, lon: a.lon }, { lat: b.lat, lon: b.lon }) <= radius;
}

function actorKeys(event: MarsadEvent): Set<string> {
  const keys = new Set<string>();
  for (const actor of event.actors) {
    if (actor.id) keys.add(`id:${actor.id}`);
    else if (actor.country) keys.add(`country:${actor.country}`);
  }
  return keys;
}

/** Compatible actors: either side unidentified, or at least one identified actor in common. */
export function actorsCompatible(a: MarsadEvent, b: MarsadEvent): boolean {
  const ka = actorKeys(a);
  const kb = actorKeys(b);
  if (ka.size === 0 || kb.size === 0) return true;
  for (const key of ka) if (kb.has(key)) return true;
  return false;
}

/** Identified actors that differ: two reports blaming different parties for one incident. */
export function actorsConflict(a: MarsadEvent, b: MarsadEvent): boolean {
  const ka = [...actorKeys(a)].filter((k) => k.startsWith('id:'));
  const kb = [...actorKeys(b)].filter((k) => k.startsWith('id:'));
  return ka.length > 0 && kb.length > 0 && !ka.some((k) => kb.includes(k));
}
