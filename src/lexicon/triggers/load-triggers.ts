import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { MarsadError } from '../../errors.js';
import type { Language, Modality } from '../../types.js';
import { dataPath } from '../paths.js';
import { inflectArabicVerb, inflectEnglishVerb } from './inflect.js';
import { loadOntology } from './load-ontology.js';
import { addPhrase, toKeySet, toWordIndex, toWordKey } from './phrase-index.js';
import { cueFileSchema, triggerEntrySchema, type CueFile, type TriggerEntry } from './schema.js';
import type { CueSet, Ontology, PhraseIndex, TriggerLexicon, TriggerSense } from './types.js';

export interface TriggerLexiconOptions {
  /** A user directory with `lexicon/<lang>/triggers/*.yaml` layered over the base files. */
  userDir?: string | undefined;
  ontology?: Ontology;
}

const cache = new Map<string, TriggerLexicon>();

/** Loads and indexes the trigger and cue files of one language (cached per language and user dir). */
export function loadTriggerLexicon(language: Language, options: TriggerLexiconOptions = {}): TriggerLexicon {
  const key = `${language}|${options.userDir ?? ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const ontology = options.ontology ?? loadOntology();
  const dirs = [dataPath('lexicon', language, 'triggers')];
  if (options.userDir) dirs.push(join(options.userDir, 'lexicon', language, 'triggers'));
  const entries: Array<{ entry: TriggerEntry; origin: string }> = [];
  let cueFile: CueFile | null = null;
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
      const path = join(dir, name);
      const raw = readYaml(path);
      if (name === 'cues.yaml') {
        const parsed = cueFileSchema.safeParse(raw);
        if (!parsed.success) throw new MarsadError('E_DATA', `${path}: ${parsed.error.message}`, { origin: path });
        cueFile = cueFile ? mergeCues(cueFile, parsed.data) : parsed.data;
        continue;
      }
      if (!Array.isArray(raw)) throw new MarsadError('E_DATA', `${path}: expected a list of trigger records`, { origin: path });
      raw.forEach((item, i) => {
        const parsed = triggerEntrySchema.safeParse(item);
        if (!parsed.success) {
          throw new MarsadError('E_DATA', `${path}: record ${i + 1}: ${parsed.error.message}`, { origin: path });
        }
        entries.push({ entry: parsed.data, origin: `${name}:${i + 1}` });
      });
    }
  }
  if (!cueFile) throw new MarsadError('E_DATA', `no cues.yaml for language ${language}`);
  const triggers: PhraseIndex<TriggerSense> = new Map();
  // A user record with `remove: true` drops every earlier record with the same first form and type.
  const kept: typeof entries = [];
  for (const item of entries) {
    if (item.entry.remove) {
      const key = lemmaOf(item.entry);
      for (let i = kept.length - 1; i >= 0; i--) if (lemmaOf(kept[i]!.entry) === key) kept.splice(i, 1);
    } else kept.push(item);
  }
  for (const { entry, origin } of kept) indexEntry(triggers, entry, origin, language, ontology);
  const lemmas = kept.length;
  const lexicon: TriggerLexicon = { language, triggers, cues: toCueSet(cueFile, language), lemmas };
  cache.set(key, lexicon);
  return lexicon;
}

function lemmaOf(entry: TriggerEntry): string {
  return toWordKey(entry.verb?.[0] ?? entry.noun?.[0] ?? entry.phrase?.[0] ?? entry.forms?.[0] ?? '') + '|' + entry.type;
}

function readYaml(path: string): unknown {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new MarsadError('E_DATA', `${path}: ${(cause as Error).message}`, { cause, origin: path });
  }
}

function indexEntry(index: PhraseIndex<TriggerSense>, entry: TriggerEntry, origin: string, language: Language, ontology: Ontology): void {
  const typeInfo = ontology.plover[entry.type];
  const cameo = entry.cameo ?? typeInfo.cameo;
  const base = {
    lemma: entry.verb?.[0] ?? entry.noun?.[0] ?? entry.phrase?.[0] ?? entry.forms?.[0] ?? '?',
    origin,
    type: entry.type,
    mode: entry.mode ?? null,
    context: entry.context ?? [],
    cameo,
    quad: ontology.cameo.get(cameo)?.quad ?? typeInfo.quad,
    flags: new Set(entry.flags ?? []),
    strength: entry.strength ?? 0.7,
    with: entry.with ? entry.with.map(toWordKey) : null,
  };
  const add = (form: string, pos: TriggerSense['pos']): void => {
    const words = form.trim().split(/\s+/).length;
    addPhrase(index, form, { ...base, pos, length: words });
  };
  if (entry.verb && entry.verb.length > 0) {
    const forms = language === 'ar' ? inflectArabicVerb(entry.verb[0] ?? '', entry.verb[1] ?? entry.verb[0] ?? '') : inflectEnglishVerb(entry.verb);
    for (const f of forms) add(f, 'verb');
  }
  for (const f of entry.forms ?? []) add(f, f.trim().includes(' ') ? 'phrase' : 'verb');
  for (const f of entry.noun ?? []) add(f, f.trim().includes(' ') ? 'phrase' : 'noun');
  for (const f of entry.phrase ?? []) add(f, 'phrase');
}

function mergeCues(a: CueFile, b: CueFile): CueFile {
  const out = { ...a } as Record<string, unknown>;
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    if (Array.isArray(v) && Array.isArray(prev)) out[k] = [...prev, ...v];
    else if (v && typeof v === 'object' && prev && typeof prev === 'object') out[k] = { ...prev, ...v };
  }
  return out as CueFile;
}

function verbForms(pairs: string[][], forms: string[], language: Language): string[] {
  const out: string[] = [...forms];
  for (const pair of pairs) {
    out.push(...(language === 'ar' ? inflectArabicVerb(pair[0] ?? '', pair[1] ?? pair[0] ?? '') : inflectEnglishVerb(pair)));
  }
  return out;
}

function toCueSet(c: CueFile, language: Language): CueSet {
  const modality = {} as CueSet['modality'];
  for (const m of ['negated', 'future', 'hypothetical', 'reported-claim'] as const satisfies ReadonlyArray<Exclude<Modality, 'asserted'>>) {
    modality[m] = { near: toWordIndex(c.modality[m].near), scope: toWordIndex(c.modality[m].scope), purpose: toWordIndex(c.modality[m].purpose), after: toWordIndex(c.modality[m].after) };
  }
  const instruments: PhraseIndex<string> = new Map();
  for (const [mode, list] of Object.entries(c.instruments)) for (const w of list) addPhrase(instruments, w, mode);
  const prepositions: PhraseIndex<string> = new Map();
  for (const [role, list] of Object.entries(c.prepositions)) for (const w of list) addPhrase(prepositions, w, role);
  return {
    prepositions,
    reporting: toWordIndex(verbForms(c.reporting_verbs, [], language)),
    participles: toWordIndex(c.reporting_participles),
    accordingTo: toWordIndex(c.according_to),
    complementizers: toKeySet(c.complementizers),
    support: toWordIndex(verbForms(c.support_verbs, c.support_forms, language)),
    modality,
    question: toWordIndex(c.question),
    background: toWordIndex(c.background),
    demonstratives: toKeySet(c.demonstratives),
    purposeExceptions: toKeySet(c.purpose_exceptions),
    vetoes: Object.entries(c.vetoes).map(([name, list]) => ({
      name,
      words: toWordIndex(list),
      types: new Set(c.veto_types[name] ?? []),
    })),
    instruments,
    forceHeads: toKeySet(c.force_heads),
    civilianWords: toKeySet(c.civilian_words),
    protesterWords: toKeySet(c.protester_words),
    armedWords: toKeySet(c.armed_words),
    stateWords: toKeySet(c.state_words),
    totalNouns: toKeySet(c.total_nouns),
    nonstateWords: toKeySet(c.nonstate_words),
    forceModifiers: toKeySet(c.force_modifiers),
    backgroundVerbs: toWordIndex(c.background_verbs),
    topicPrepositions: toWordIndex(c.topic_prepositions),
    roles: Object.entries(c.roles).map(([role, list]) => ({ role, words: toWordIndex(list) })),
    backgroundOpeners: toWordIndex(c.background_openers),
    backgroundContext: toWordIndex(c.background_context),
    backgroundContextTypes: new Set(c.background_context_types),
    backgroundAfter: toWordIndex(c.background_after),
    stateMarkers: toWordIndex(c.state_markers),
    territoryObjects: toKeySet(c.territory_objects),
    negatedAfter: toWordIndex(c.negated_after),
    outcomeVetoes: toWordIndex(c.outcome_vetoes),
  };
}
