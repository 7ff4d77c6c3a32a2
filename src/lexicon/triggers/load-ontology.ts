import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { MarsadError } from '../../errors.js';
import { PLOVER_TYPES, type PloverType } from '../../types.js';
import { dataPath } from '../paths.js';
import type { AcledRule, NoteTemplates, Ontology } from './types.js';

const ploverSchema = z.object({
  types: z.record(z.enum(PLOVER_TYPES), z.object({ cameo: z.string(), quad: z.number().int(), modes: z.array(z.string()) })),
  contexts: z.array(z.string()),
  legacy: z.record(z.string(), z.object({ type: z.enum(PLOVER_TYPES), mode: z.string().optional() })),
  cameo_roots: z.record(z.string(), z.enum(PLOVER_TYPES)),
});
const ruleSchema = z.object({
  when: z
    .object({
      type: z.array(z.enum(PLOVER_TYPES)).optional(),
      mode: z.array(z.string()).optional(),
      flags: z.array(z.string()).optional(),
      any_flags: z.array(z.string()).optional(),
      not_flags: z.array(z.string()).optional(),
      actor: z.array(z.string()).optional(),
      recipient: z.array(z.string()).optional(),
      killed: z.boolean().optional(),
      armed_sides: z.number().int().optional(),
    })
    .strict(),
  acled: z.tuple([z.string(), z.string()]),
});
const acledSchema = z.object({
  disorder_types: z.record(z.string(), z.array(z.string())),
  sub_event_types: z.record(z.string(), z.array(z.string())),
  rules: z.array(ruleSchema),
});
const pair = z.object({ en: z.string(), ar: z.string() });
const notesSchema = z.object({
  templates: z.record(z.string(), pair),
  modality: z.record(z.string(), pair),
  fallback: z.record(z.string(), pair),
  months: z.object({ en: z.array(z.string()).length(12), ar: z.array(z.string()).length(12) }),
});

let cached: Ontology | null = null;

function readData<T>(schema: z.ZodType<T>, ...parts: string[]): T {
  const path = dataPath(...parts);
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new MarsadError('E_DATA', `${path}: ${(cause as Error).message}`, { cause, origin: path });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new MarsadError('E_DATA', `${path}: ${parsed.error.message}`, { origin: path });
  return parsed.data;
}

/** Parses data/ontology/cameo.tsv: `code<TAB>quad<TAB>name`, `#` comments. */
export function parseCameoTable(text: string): Map<string, { quad: number; name: string }> {
  const out = new Map<string, { quad: number; name: string }>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [code, quad, name] = line.split('\t');
    if (code && quad) out.set(code.trim(), { quad: Number(quad), name: (name ?? '').trim() });
  }
  return out;
}

/** Loads the PLOVER, CAMEO and ACLED ontology and the note templates from data/ontology (cached). */
export function loadOntology(): Ontology {
  if (cached) return cached;
  const plover = readData(ploverSchema, 'ontology', 'plover.yaml');
  const acled = readData(acledSchema, 'ontology', 'acled.yaml');
  const notes = readData(notesSchema, 'ontology', 'notes.yaml') as NoteTemplates;
  const cameo = parseCameoTable(readFileSync(dataPath('ontology', 'cameo.tsv'), 'utf8'));
  for (const t of PLOVER_TYPES) {
    if (!plover.types[t]) throw new MarsadError('E_DATA', `data/ontology/plover.yaml: type ${t} missing`);
  }
  const disorder = new Map<string, string>();
  for (const [name, types] of Object.entries(acled.disorder_types)) for (const t of types) disorder.set(t, name);
  for (const rule of acled.rules) {
    const [eventType, sub] = rule.acled;
    if (!acled.sub_event_types[eventType]?.includes(sub)) {
      throw new MarsadError('E_DATA', `data/ontology/acled.yaml: unknown sub-event type ${eventType} / ${sub}`);
    }
  }
  cached = {
    plover: plover.types as Ontology['plover'],
    contexts: plover.contexts,
    legacy: plover.legacy as Record<string, { type: PloverType; mode?: string }>,
    cameoRoots: plover.cameo_roots as Record<string, PloverType>,
    cameo,
    acledSubTypes: acled.sub_event_types,
    disorder,
    acledRules: acled.rules as AcledRule[],
    notes,
  };
  return cached;
}
