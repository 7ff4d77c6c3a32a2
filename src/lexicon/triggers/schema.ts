import { z } from 'zod';
import { PLOVER_TYPES } from '../../types.js';

const words = z.array(z.union([z.string(), z.number()]).transform(String));

/** One trigger record of data/lexicon/<lang>/triggers/*.yaml. */
export const triggerEntrySchema = z
  .object({
    verb: words.optional(),
    noun: words.optional(),
    phrase: words.optional(),
    forms: words.optional(),
    with: words.optional(),
    type: z.enum(PLOVER_TYPES),
    mode: z.string().nullable().optional(),
    context: z.array(z.string()).optional(),
    cameo: z.string().regex(/^\d{2,4}$/).optional(),
    flags: z.array(z.string()).optional(),
    strength: z.number().min(0).max(1).optional(),
    remove: z.boolean().optional(),
  })
  .strict();
export type TriggerEntry = z.infer<typeof triggerEntrySchema>;

const verbList = z.array(words);
const modalityCues = z.object({ near: words.default([]), scope: words.default([]), purpose: words.default([]), after: words.default([]) });

/** data/lexicon/<lang>/triggers/cues.yaml. */
export const cueFileSchema = z.object({
  reporting_verbs: verbList.default([]),
  reporting_participles: words.default([]),
  according_to: words.default([]),
  complementizers: words.default([]),
  support_verbs: verbList.default([]),
  support_forms: words.default([]),
  modality: z.object({
    negated: modalityCues,
    future: modalityCues,
    hypothetical: modalityCues,
    'reported-claim': modalityCues,
  }),
  question: words.default([]),
  background: words.default([]),
  demonstratives: words.default([]),
  purpose_exceptions: words.default([]),
  vetoes: z.record(z.string(), words).default({}),
  veto_types: z.record(z.string(), z.array(z.enum(PLOVER_TYPES))).default({}),
  instruments: z.record(z.string(), words).default({}),
  force_heads: words.default([]),
  civilian_words: words.default([]),
  protester_words: words.default([]),
  armed_words: words.default([]),
  state_words: words.default([]),
  nonstate_words: words.default([]),
  force_modifiers: words.default([]),
  background_verbs: words.default([]),
  total_nouns: words.default([]),
  topic_prepositions: words.default([]),
  roles: z.record(z.string(), words).default({}),
  prepositions: z.record(z.string(), words).default({}),
  background_openers: words.default([]),
  background_context: words.default([]),
  background_context_types: z.array(z.enum(PLOVER_TYPES)).default([]),
  background_after: words.default([]),
  state_markers: words.default([]),
  territory_objects: words.default([]),
  negated_after: words.default([]),
  outcome_vetoes: words.default([]),
});
export type CueFile = z.infer<typeof cueFileSchema>;
