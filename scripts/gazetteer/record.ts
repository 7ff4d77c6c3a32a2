/** A place while the build merges sources. */
export type Kind = 'country' | 'admin1' | 'admin2' | 'city' | 'village' | 'neighbourhood';

export interface BuildPlace {
  id: string;
  kind: Kind;
  cc: string;
  admin1: string | null;
  lat: number;
  lon: number;
  pop: number;
  name: string;
  nameAr: string | null;
  ar: string[];
  en: string[];
  gn: number | null;
  altIds: string[];
  /** From a source that lists every hamlet: its names need more care (stop words, cue-only). */
  minor: boolean;
}

export function addNames(target: string[], names: Iterable<string>): void {
  for (const n of names) {
    const t = n.trim();
    if (t.length > 0 && !target.includes(t)) target.push(t);
  }
}

/** Great-circle distance in km. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}

export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
