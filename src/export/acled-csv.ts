import type { MarsadEvent, EventActor, DatePrecision, PlacePrecision } from '../types.js';

/** ACLED column names, in ACLED's order. */
export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'country', 'admin1',
  'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities',
] as const;

type Cell = string | number | null | undefined;

/**
 * One CSV cell: quoted when it holds a separator, quote or line break; text that a spreadsheet
 * would run as a formula (= + - @, tab, CR at the start) gets a leading apostrophe.
 * Numbers we computed are written as they are.
 */
export function toCsvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

const TIME_PRECISION: Record<DatePrecision, number> = { day: 1, week: 2, month: 3, year: 3, unknown: 3 };
const GEO_PRECISION: Record<PlacePrecision, number> = {
  point: 1, neighbourhood: 1, city: 1, admin2: 2, admin1: 3, country: 3, region: 3,
};

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

function toCountryName(code: string | null | undefined): string | null {
  if (!code) return null;
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

function toDisorderType(e: MarsadEvent): string | null {
  if (e.acled?.disorder_type) return e.acled.disorder_type;
  switch (e.acled?.event_type) {
    case undefined: return null;
    case 'Protests': case 'Riots': return 'Demonstrations';
    case 'Strategic developments': return 'Strategic developments';
    default: return 'Political violence';
  }
}

/** ACLED sides: side 1 is the first actor; side 2 the first recipient, else the second actor (two-sided fighting). */
function toSides(e: MarsadEvent): [EventActor[], EventActor[]] {
  const [first, ...rest] = e.actors;
  if (!first) return [[], e.recipients];
  if (e.recipients.length > 0) return [e.actors, e.recipients];
  const [second, ...others] = rest;
  return second ? [[first, ...others], [second]] : [[first], []];
}

const actorName = (a: EventActor) => a.name || a.text;

function toInteraction(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a == null) return null;
  if (b == null) return a * 10;
  return Math.min(a, b) * 10 + Math.max(a, b);
}

/** One event as an ACLED row (cells in ACLED_COLUMNS order). */
export function toAcledRow(e: MarsadEvent): Cell[] {
  const [side1, side2] = toSides(e);
  const [a1, ...assoc1] = side1;
  const [a2, ...assoc2] = side2;
  const date = e.date.value;
  const loc = e.location;
  const source = e.attribution.map((a) => a.name ?? a.text).filter((s) => s.length > 0).join('; ');
  return [
    e.id, date, date ? Number(date.slice(0, 4)) : null, TIME_PRECISION[e.date.precision], toDisorderType(e),
    e.acled?.event_type, e.acled?.sub_event_type,
    a1 ? actorName(a1) : null, assoc1.map(actorName).join('; '), a1?.acled_inter,
    a2 ? actorName(a2) : null, assoc2.map(actorName).join('; '), a2?.acled_inter,
    toInteraction(a1?.acled_inter, a2?.acled_inter),
    toCountryName(loc?.country), loc?.admin1, loc?.name, loc?.lat, loc?.lon,
    loc ? GEO_PRECISION[loc.precision] : null, source, e.notes?.en ?? e.evidence.text,
    e.fatalities?.min ?? 0,
  ];
}

/** Events as ACLED-style CSV (header row first, CRLF line ends as RFC 4180 asks). */
export function toAcledCsv(events: MarsadEvent[]): string {
  const lines = [ACLED_COLUMNS.join(',')];
  for (const e of events) lines.push(toAcledRow(e).map(toCsvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
