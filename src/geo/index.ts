export { loadGazetteer, type Candidate, type Gazetteer, type GazetteerOptions } from './gazetteer.js';
export { findPhrases, type PhraseHit, type PhraseOptions } from './phrase-matcher.js';
export { isArabicName, isLatinName, toArabicKeys, toLatinKey, toLatinSkeleton } from './keys.js';
export { toPrecision } from './place-table.js';
export { loadDemonyms, toIso3, type Demonym } from './demonyms.js';
export type { PlaceCues } from './cues.js';
export { KeyFilter } from './key-filter.js';
