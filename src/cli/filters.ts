import { ACLED_EVENT_TYPES, PLOVER_TYPES, type AcledEventType, type PloverType } from '../types.js';
import { MarsadError } from '../errors.js';
import type { EventQuery } from '../store/port.js';
import type { CommandContext, OptionSpec } from './command.js';
import { integerOption, stringOption } from './command.js';

/** The contract's filters, shared by `events` and `export`. */
export const FILTER_OPTIONS: Record<string, OptionSpec> = {
  db: { type: 'string', description: 'SQLite file or postgres:// URL', default: './marsad.db', placeholder: 'DB' },
  from: { type: 'string', description: 'events on or after this date', placeholder: 'YYYY-MM-DD' },
  to: { type: 'string', description: 'events on or before this date', placeholder: 'YYYY-MM-DD' },
  type: { type: 'string', description: 'PLOVER types, comma separated (ASSAULT,PROTEST)', placeholder: 'TYPES' },
  'acled-type': { type: 'string', description: 'ACLED event types, comma separated', placeholder: 'TYPES' },
  country: { type: 'string', description: 'ISO country codes, comma separated (LY or LBY)', placeholder: 'CODES' },
  actor: { type: 'string', description: 'actor or recipient name (Arabic or English) or id', placeholder: 'NAME' },
  bbox: { type: 'string', description: 'bounding box west,south,east,north', placeholder: 'W,S,E,N' },
  q: { type: 'string', description: 'full-text search (Arabic clitics and letter variants folded)', placeholder: 'TEXT' },
  limit: { type: 'string', description: 'maximum number of events', placeholder: 'N' },
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function bad(flag: string, message: string): MarsadError {
  return new MarsadError('E_USAGE', `--${flag}: ${message}`);
}

function list(value: string): string[] {
  return value.split(',').map((v) => v.trim()).filter((v) => v.length > 0);
}

function parseDate(flag: string, value: string): string {
  if (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw bad(flag, `expected YYYY-MM-DD, got '${value}'`);
  return value;
}

/** Turns filter flags into an EventQuery; throws E_USAGE naming the bad flag. */
export function toEventQuery(values: CommandContext['values']): EventQuery {
  const query: EventQuery = {};
  const from = stringOption(values, 'from');
  const to = stringOption(values, 'to');
  if (from) query.from = parseDate('from', from);
  if (to) query.to = parseDate('to', to);
  const type = stringOption(values, 'type');
  if (type) {
    const types = list(type).map((t) => t.toUpperCase());
    const unknown = types.filter((t) => !(PLOVER_TYPES as readonly string[]).includes(t));
    if (unknown.length > 0) throw bad('type', `unknown PLOVER type ${unknown.join(', ')} (one of ${PLOVER_TYPES.join(', ')})`);
    query.type = types as PloverType[];
  }
  const acled = stringOption(values, 'acled-type');
  if (acled) {
    const types = list(acled);
    const canonical = types.map((t) => ACLED_EVENT_TYPES.find((a) => a.toLowerCase() === t.toLowerCase()));
    const unknownIndex = canonical.findIndex((t) => t === undefined);
    if (unknownIndex >= 0) throw bad('acled-type', `unknown ACLED event type '${types[unknownIndex] ?? ''}'`);
    query.acledType = canonical as AcledEventType[];
  }
  const country = stringOption(values, 'country');
  if (country) {
    const codes = list(country).map((c) => c.toUpperCase());
    const invalid = codes.find((c) => !/^[A-Z]{2,3}$/.test(c));
    if (invalid) throw bad('country', `expected ISO 3166 alpha-2 or alpha-3 codes, got '${invalid}'`);
    query.country = codes;
  }
  const actor = stringOption(values, 'actor');
  if (actor) query.actor = actor;
  const bbox = stringOption(values, 'bbox');
  if (bbox) query.bbox = parseBbox(bbox);
  const q = stringOption(values, 'q');
  if (q) query.q = q;
  const limit = integerOption(values, 'limit', 1);
  if (limit !== undefined) query.limit = limit;
  return query;
}

function parseBbox(value: string): [number, number, number, number] {
  const parts = value.split(',').map((p) => Number(p.trim()));
  if (parts.length !== 4 || parts.some((p) => !Number.isFinite(p))) throw bad('bbox', `expected four numbers W,S,E,N, got '${value}'`);
  const [w, s, e, n] = parts as [number, number, number, number];
  if (w < -180 || e > 180 || s < -90 || n > 90 || s > n) throw bad('bbox', `out of range or south > north: '${value}'`);
  return [w, s, e, n];
}
