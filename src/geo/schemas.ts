import { z } from 'zod';

/** Kinds a curated or user place may take; `precision` follows from the kind. */
export const SITE_KINDS = [
  'neighbourhood', 'district', 'city', 'village', 'airport', 'airbase', 'base', 'port', 'crossing', 'oilfield',
  'terminal', 'landmark', 'camp', 'prison', 'building', 'bridge', 'dam', 'junction', 'island', 'mountain', 'valley', 'region',
] as const;

export const placeEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z]+:[A-Za-z0-9_.-]+$/, 'id must look like site:sirte-dollar'),
    name: z.string().min(1),
    ar: z.array(z.string().min(1)).default([]),
    en: z.array(z.string().min(1)).default([]),
    kind: z.enum(SITE_KINDS),
    country: z.string().regex(/^[A-Z]{2}$/, 'country must be ISO 3166-1 alpha-2'),
    parent: z.string().min(1).optional(),
    admin1: z.string().min(1).optional(),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    population: z.number().int().nonnegative().optional(),
    source: z.string().min(1),
  })
  .strict();

export type PlaceEntry = z.infer<typeof placeEntrySchema>;

export const placeFileSchema = z.array(placeEntrySchema);

const idSchema = z.string().regex(/^[a-z]+:[A-Za-z0-9_.-]+$/, 'not a gazetteer id');

export const gazetteerOverridesSchema = z
  .object({
    remove: z.array(idSchema).default([]),
    /** id → extra names (Arabic or Latin); a leading `-` removes a name's key from that place. */
    aliases: z.record(idSchema, z.array(z.string().min(1))).default({}),
    fix: z
      .record(
        idSchema,
        z
          .object({
            population: z.number().int().nonnegative().optional(),
            lat: z.number().min(-90).max(90).optional(),
            lon: z.number().min(-180).max(180).optional(),
            admin1: z.string().min(1).optional(),
            kind: z.string().min(1).optional(),
            name: z.string().min(1).optional(),
            name_ar: z.string().min(1).optional(),
            reason: z.string().optional(),
          })
          .strict(),
      )
      .default({}),
    add: placeFileSchema.default([]),
  })
  .strict();

export type GazetteerOverrides = z.infer<typeof gazetteerOverridesSchema>;
