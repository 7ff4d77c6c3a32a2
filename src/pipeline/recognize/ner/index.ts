export { loadNerModel, DEFAULT_NER_MODEL, type NerModel } from './model.js';
export { parseModelFile, toModelFile } from './model-file.js';
export { FeatureIndex, toFeatureIndex, type FeatureTable } from './feature-index.js';
export { createNerTagger } from './tagger.js';
export { trainNerModel, type TrainingSentence, type TrainNerOptions } from './train.js';
export { toChunks, toStrictBio, toTagSet, parseTag, type Chunk } from './tags.js';
export { createPersonPrior } from './word-prior.js';
