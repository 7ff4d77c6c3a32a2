import { z } from 'zod';
import { ACLED_EVENT_TYPES, PLOVER_TYPES } from '../types.js';

/** Largest page the store serves (see src/store/cursor.ts MAX_LIMIT). */
export const MAX_PAGE = 1000;

const DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A calendar date as YYYY, YYYY-MM or YYYY-MM-DD; a day must exist (no 2021-02-30). */
const dateParam = z.string().regex(DATE_RE, 'expected YYYY, YYYY-MM or YYYY-MM-DD').refine((v) => {
  if (v.length < 10) return true;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}, 'no such day');

/** A comma list parsed into trimmed, non-empty items. */
function commaList<O>(item: z.ZodType<O, string>, description: string) {
  return z.string().max(2000)
    .transform((v) => v.split(',').map((s) => s.trim()).filter((s) => s.length > 0))
    .pipe(z.array(item).min(1, 'empty list'))
    .meta({ description });
}

const ploverType = z.string().transform((v) => v.toUpperCase()).pipe(z.enum(PLOVER_TYPES));
const acledLower = new Map(ACLED_EVENT_TYPES.map((t) => [t.toLowerCase(), t]));
const acledType = z.string().transform((v) => acledLower.get(v.toLowerCase()) ?? v).pipe(z.enum(ACLED_EVENT_TYPES));
const countryCode = z.string().regex(/^[A-Za-z]{2,3}$/, 'expected ISO 3166-1 alpha-2 or alpha-3').transform((v) => v.toUpperCase());

const bbox = z.string().max(200)
  .transform((v, ctx) => {
    const parts = v.split(',').map((s) => Number(s.trim()));
    const [w, s, e, n] = parts;
    if (parts.length !== 4 || parts.some((p) => !Number.isFinite(p)) || w === undefined || s === undefined || e === undefined || n === undefined) {
      ctx.addIssue({ code: 'custom', message: 'expected four numbers W,S,E,N' });
      return z.NEVER;
    }
    if (Math.abs(w) > 180 || Math.abs(e) > 180 || Math.abs(s) > 90 || Math.abs(n) > 90 || s > n) {
      ctx.addIssue({ code: 'custom', message: 'longitudes in [-180,180], latitudes in [-90,90], south ≤ north' });
      return z.NEVER;
    }
    return [w, s, e, n] as [number, number, number, number];
  })
  .meta({ description: 'bounding box W,S,E,N in degrees (W > E crosses the antimeridian)' });

const limit = (max: number, fallback: number) =>
  z.string().regex(/^\d{1,7}$/, 'expected a positive integer').transform(Number)
    .pipe(z.number().int().min(1).max(max)).default(fallback).meta({ description: `page size, 1–${max}` });

const ID_RE = /^[\w:.-]{1,200}$/;
export const idParam = z.string().regex(ID_RE, 'malformed id');

/** The event filters shared by /events, /incidents and /stats (CLI contract names). */
export const filterShape = {
  from: dateParam.optional().meta({ description: 'earliest event date (inclusive)' }),
  to: dateParam.optional().meta({ description: 'latest event date (inclusive)' }),
  type: commaList(ploverType, 'PLOVER types, comma separated').optional(),
  acled_type: commaList(acledType, 'ACLED event types, comma separated').optional(),
  country: commaList(countryCode, 'location ISO2 or actor ISO3 codes, comma separated').optional(),
  actor: z.string().min(1).max(200).optional().meta({ description: 'actor or recipient name, Arabic name, mention text or id' }),
  bbox: bbox.optional(),
  q: z.string().min(1).max(500).optional().meta({ description: 'full text over evidence and document text (Arabic normalised)' }),
  document_id: idParam.optional().meta({ description: 'events of one document' }),
  incident_id: idParam.optional().meta({ description: 'events of one incident' }),
};

const pageShape = {
  limit: limit(MAX_PAGE, 100),
  cursor: z.string().regex(/^[A-Za-z0-9_-]{1,1000}$/, 'malformed cursor').optional().meta({ description: 'the previous page\'s `next`' }),
};

export const EVENT_FORMATS = ['json', 'geojson', 'csv', 'plover'] as const;

export const eventsQuery = z.strictObject({
  ...filterShape,
  ...pageShape,
  format: z.enum(EVENT_FORMATS).default('json').meta({ description: 'json, geojson (FeatureCollection), csv (ACLED columns) or plover (JSONL)' }),
});

export const incidentsQuery = z.strictObject({ ...filterShape, ...pageShape });

export const statsQuery = z.strictObject(filterShape);

export const listQuery = z.strictObject({
  q: z.string().min(1).max(200).optional().meta({ description: 'name prefix or substring' }),
  limit: limit(1000, 50),
});

export const emptyQuery = z.strictObject({});

export const reviewBody = z.strictObject({
  action: z.enum(['confirm', 'reject', 'correct']),
  changes: z.record(z.string().max(100), z.unknown()).optional(),
  comment: z.string().max(4000).nullable().optional(),
}).refine((b) => b.action !== 'correct' || (b.changes !== undefined && Object.keys(b.changes).length > 0), {
  message: 'correct needs a non-empty changes object', path: ['changes'],
});

export type EventsQuery = z.output<typeof eventsQuery>;
export type FilterQuery = z.output<typeof statsQuery>;
