export { createEntityRecognizer, type EntityRecognizerOptions } from './create-entity-recognizer.js';
export { loadEntityLexicon, type EntityLexicon } from './lexicon.js';
