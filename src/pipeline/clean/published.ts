const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const ZONES: Record<string, string> = {
  gmt: 'Z', ut: 'Z', utc: 'Z', z: 'Z', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00',
  mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00', bst: '+01:00', cet: '+01:00', cest: '+02:00',
  eet: '+02:00', eest: '+03:00', ast: '+03:00',
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const RFC = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([a-z]{1,4}|[+-]\d{4})?)?$/i;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;

const pad = (n: number | string): string => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function toOffset(zone: string | undefined): string {
  if (!zone) return '';
  if (/^[+-]\d{4}$/.test(zone)) return `${zone.slice(0, 3)}:${zone.slice(3)}`;
  if (/^[+-]\d{2}:\d{2}$/.test(zone)) return zone;
  return ZONES[zone.toLowerCase()] ?? '';
}

function compose(y: number, m: number, d: number, hh?: string, mm?: string, ss?: string, zone?: string): string | null {
  if (!validDay(y, m, d)) return null;
  const day = `${y}-${pad(m)}-${pad(d)}`;
  if (hh === undefined || mm === undefined) return day;
  return `${day}T${pad(hh)}:${mm}:${ss ?? '00'}${toOffset(zone)}`;
}

/**
 * Normalises a publication date as written by a page, feed or record to ISO 8601, keeping the local date and
 * offset as published (`Tue, 02 Aug 2016 10:00:00 +0200` → `2016-08-02T10:00:00+02:00`); epoch seconds or
 * milliseconds become UTC. Returns null when the value is not a recognisable date.
 */
export function normalizeDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const ms = value > 1e11 ? value : value * 1000;
    const date = new Date(ms);
    return Number.isNaN(date.getTime()) ? null : date.toISOString().replace('.000Z', 'Z');
  }
  if (typeof value !== 'string') return null;
  const text = value.trim().replace(/\s+/g, ' ');
  if (/^\d{10}(\d{3})?$/.test(text)) return normalizeDate(Number(text));
  const iso = ISO.exec(text);
  if (iso) return compose(+iso[1]!, +iso[2]!, +iso[3]!, iso[4], iso[5], iso[6], iso[7]?.toUpperCase());
  const rfc = RFC.exec(text);
  const month = rfc ? MONTHS[rfc[2]!.toLowerCase().slice(0, rfc[2]!.toLowerCase() === 'sept' ? 4 : 3)] : undefined;
  if (rfc && month) return compose(+rfc[3]!, month, +rfc[1]!, rfc[4], rfc[5], rfc[6], rfc[7]);
  const slashed = SLASHED.exec(text);
  if (slashed) return compose(+slashed[1]!, +slashed[2]!, +slashed[3]!);
  return null;
}
