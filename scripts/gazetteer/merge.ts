import { toArabicKeys, toLatinKey } from '../../src/geo/keys.js';
import { addNames, distanceKm, type BuildPlace } from './record.js';

/** A coarse grid over places for "same name within a few km" merging. */
export class PlaceGrid {
  private cells = new Map<string, BuildPlace[]>();
  add(p: BuildPlace): void {
    const key = cellOf(p.lat, p.lon);
    const list = this.cells.get(key);
    if (list) list.push(p);
    else this.cells.set(key, [p]);
  }
  near(lat: number, lon: number): BuildPlace[] {
    const out: BuildPlace[] = [];
    const [cy, cx] = [Math.floor(lat / 0.2), Math.floor(lon / 0.2)];
    for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) out.push(...(this.cells.get(`${cy + dy}:${cx + dx}`) ?? []));
    return out;
  }
}

function cellOf(lat: number, lon: number): string {
  return `${Math.floor(lat / 0.2)}:${Math.floor(lon / 0.2)}`;
}

function nameKeys(p: BuildPlace): Set<string> {
  const keys = new Set<string>();
  for (const a of p.ar) for (const k of toArabicKeys(a)) keys.add(k);
  for (const e of p.en) keys.add(toLatinKey(e));
  return keys;
}

/** The existing populated place with a shared name within `km` of the newcomer, if any. */
export function findDuplicate(grid: PlaceGrid, p: BuildPlace, km: number): BuildPlace | null {
  const keys = nameKeys(p);
  let best: BuildPlace | null = null;
  let bestD = km;
  for (const q of grid.near(p.lat, p.lon)) {
    if (q.cc !== p.cc || q.kind === 'admin1' || q.kind === 'admin2' || q.kind === 'country') continue;
    const d = distanceKm(p.lat, p.lon, q.lat, q.lon);
    if (d > bestD) continue;
    if (![...nameKeys(q)].some((k) => keys.has(k))) continue;
    best = q;
    bestD = d;
  }
  return best;
}

/** Folds `from` into `into`: names, alternative ids, the larger population, the stronger kind. */
export function mergeInto(into: BuildPlace, from: BuildPlace): void {
  addNames(into.ar, from.ar);
  addNames(into.en, from.en);
  into.altIds.push(from.id, ...from.altIds);
  if (from.kind === 'city') {
    into.kind = 'city';
    into.minor = false;
  }
  if (from.pop > 0 && from.gn !== null) into.pop = from.pop; // GeoNames populations are the more reliable
  else into.pop = Math.max(into.pop, from.pop);
  into.nameAr ??= from.nameAr;
  into.gn ??= from.gn;
}
