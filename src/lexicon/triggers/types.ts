import type { Language, Modality, PloverType } from '../../types.js';

/** One sense of a trigger word or phrase, as declared in data/lexicon/<lang>/triggers/*.yaml. */
export interface TriggerSense {
  /** The first form written in the data file, for diagnostics and tests. */
  lemma: string;
  /** `file:entry` of the declaring record. */
  origin: string;
  pos: 'verb' | 'noun' | 'phrase';
  type: PloverType;
  mode: string | null;
  context: string[];
  cameo: string;
  quad: number;
  flags: ReadonlySet<string>;
  strength: number;
  /** Folded words of which one must follow within a few words (null = no constraint). */
  with: string[] | null;
  /** Number of words the trigger spans (phrases > 1); longer wins over shorter at one position. */
  length: number;
}

/**
 * Words and phrases keyed by their folded head word. A single word has `rest` = [];
 * a phrase lists the folded words that must follow the head in order.
 */
export type PhraseIndex<T> = Map<string, Array<{ rest: string[]; value: T }>>;

export interface ModalityCues {
  near: PhraseIndex<true>;
  scope: PhraseIndex<true>;
  /** Cues that only apply to material events (quad 2 and 4). */
  purpose: PhraseIndex<true>;
  /** Cues after the trigger in its clause (قادرة على استهداف … إذا استمر: the act is conditional). */
  after: PhraseIndex<true>;
}

/** Non-trigger cue words that the coder reads (attribution, modality, vetoes, roles...). */
export interface CueSet {
  reporting: PhraseIndex<true>;
  /** Participles (مشيرا, adding) that continue the sentence's own speaker. */
  participles: PhraseIndex<true>;
  accordingTo: PhraseIndex<true>;
  complementizers: ReadonlySet<string>;
  support: PhraseIndex<true>;
  modality: Record<Exclude<Modality, 'asserted'>, ModalityCues>;
  question: PhraseIndex<true>;
  background: PhraseIndex<true>;
  demonstratives: ReadonlySet<string>;
  purposeExceptions: ReadonlySet<string>;
  vetoes: Array<{ name: string; words: PhraseIndex<true>; types: ReadonlySet<PloverType> }>;
  instruments: PhraseIndex<string>;
  forceHeads: ReadonlySet<string>;
  civilianWords: ReadonlySet<string>;
  protesterWords: ReadonlySet<string>;
  armedWords: ReadonlySet<string>;
  stateWords: ReadonlySet<string>;
  /** Counted nouns that are totals (fatalities, قتلى), not groups to add up. */
  totalNouns: ReadonlySet<string>;
  nonstateWords: ReadonlySet<string>;
  /** English words a force phrase may grow leftwards over (pro-Houthi forces). */
  forceModifiers: ReadonlySet<string>;
  /** Right before a verb trigger: the verb is background (had killed, كان قد). */
  backgroundVerbs: PhraseIndex<true>;
  /** Before a noun trigger that follows another trigger: the noun is the other one's topic. */
  topicPrepositions: PhraseIndex<true>;
  roles: Array<{ role: string; words: PhraseIndex<true> }>;
  /** Preposition → argument role marker (target, partner, between, agent, place, other). */
  prepositions: PhraseIndex<string>;
  /** Sentence openers that introduce background (يذكر أن, it is worth noting): no new material event. */
  backgroundOpeners: PhraseIndex<true>;
  /** Words anywhere in a sentence that make its triggers of `backgroundContextTypes` references (trials, anniversaries). */
  backgroundContext: PhraseIndex<true>;
  backgroundContextTypes: ReadonlySet<PloverType>;
  /** Right after a definite event noun: it names an earlier event (الهجوم الذي وقع, the attack that took place). */
  backgroundAfter: PhraseIndex<true>;
  /** Right before a territory noun: a state of control, not a take-over (تحت سيطرة, الخاضعة لسيطرة). */
  stateMarkers: PhraseIndex<true>;
  /** Nouns of places and sites a territory take-over may apply to (besides place mentions). */
  territoryObjects: ReadonlySet<string>;
  /** After a trigger in its sentence: the report is denied (لا صحة لها, were false). */
  negatedAfter: PhraseIndex<true>;
  /** Document words (storms, quakes, accidents) under which bare casualty words are not violence. */
  outcomeVetoes: PhraseIndex<true>;
}

export interface TriggerLexicon {
  language: Language;
  triggers: PhraseIndex<TriggerSense>;
  cues: CueSet;
  /** Number of trigger records loaded (lemmas), for reports. */
  lemmas: number;
}

export interface AcledRule {
  when: {
    type?: PloverType[];
    mode?: string[];
    flags?: string[];
    any_flags?: string[];
    not_flags?: string[];
    actor?: string[];
    recipient?: string[];
    killed?: boolean;
    armed_sides?: number;
  };
  acled: [eventType: string, subEventType: string];
}

export interface Ontology {
  plover: Record<PloverType, { cameo: string; quad: number; modes: string[] }>;
  contexts: string[];
  legacy: Record<string, { type: PloverType; mode?: string }>;
  /** CAMEO root ("18") → PLOVER type. */
  cameoRoots: Record<string, PloverType>;
  cameo: Map<string, { quad: number; name: string }>;
  acledSubTypes: Record<string, string[]>;
  disorder: Map<string, string>;
  acledRules: AcledRule[];
  notes: NoteTemplates;
}

export interface NoteTemplates {
  templates: Record<string, { en: string; ar: string }>;
  modality: Record<string, { en: string; ar: string }>;
  fallback: Record<string, { en: string; ar: string }>;
  months: { en: string[]; ar: string[] };
}
