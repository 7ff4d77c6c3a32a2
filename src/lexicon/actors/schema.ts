import { z } from 'zod';

export const SECTORS = [
  'GOV', 'MIL', 'COP', 'REB', 'PTY', 'JUD', 'LEG', 'SPY', 'UAF', 'CVL', 'REF', 'JRN', 'MED', 'REL', 'BUS', 'IGO', 'NGO', 'OPP', 'LAB', 'EDU', 'HLH', 'ELI',
] as const;

const idSchema = z.string().regex(/^[a-z]+:[a-z0-9_.-]+$/, 'id must look like actor:ly-gna');
const dateSchema = z.union([z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD'), z.number().int()]);

export const actorEntrySchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    ar: z.array(z.string().min(1)).default([]),
    en: z.array(z.string().min(1)).default([]),
    /** ISO 3166-1 alpha-3; null for international bodies. */
    country: z.string().regex(/^[A-Z]{3}$/, 'country must be ISO 3166-1 alpha-3').nullable().default(null),
    sector: z.enum(SECTORS),
    inter: z.number().int().min(1).max(8),
    acled: z.string().min(1).optional(),
    from: dateSchema.optional(),
    to: dateSchema.optional(),
    note: z.string().optional(),
  })
  .strict();

/**
 * A generic agent: a head noun phrase (سلاح الجو، الجيش، مسلحون، "gunmen") whose country comes from an
 * adjacent nisba/demonym (سلاح الجو الأميركي، "US forces") or, failing that, from the document.
 */
export const genericEntrySchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    ar: z.array(z.string().min(1)).default([]),
    en: z.array(z.string().min(1)).default([]),
    sector: z.enum(SECTORS),
    inter: z.number().int().min(1).max(8),
    /** ACLED-style name with `{country}` for the country name, e.g. "Military Forces of {country}". */
    acled: z.string().min(1).optional(),
    /** A fixed country for this phrase (البنتاغون → USA). */
    country: z.string().regex(/^[A-Z]{3}$/).optional(),
    /** Heads like مسلحو/"fighters of": dropped when a named actor follows. */
    head: z.boolean().default(false),
  })
  .strict();

export const actorFileSchema = z
  .object({
    actors: z.array(actorEntrySchema).default([]),
    generic: z.array(genericEntrySchema).default([]),
    remove: z.array(idSchema).default([]),
    aliases: z.record(idSchema, z.array(z.string().min(1))).default({}),
  })
  .strict();

export type ActorEntryData = z.infer<typeof actorEntrySchema>;
export type GenericEntryData = z.infer<typeof genericEntrySchema>;
export type ActorFile = z.infer<typeof actorFileSchema>;
