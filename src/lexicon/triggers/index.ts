export { loadTriggerLexicon, type TriggerLexiconOptions } from './load-triggers.js';
export { loadOntology, parseCameoTable } from './load-ontology.js';
export { inflectArabicVerb, inflectEnglishVerb } from './inflect.js';
export { toWordKey, toPhraseKeys } from './phrase-index.js';
export type {
  AcledRule, CueSet, NoteTemplates, Ontology, PhraseIndex, TriggerLexicon, TriggerSense,
} from './types.js';
