export { loadNerModel, parseModelFile, toModelFile, DEFAULT_NER_MODEL, type NerModel } from './model.js';
export { createNerTagger } from './tagger.js';
export { trainNerModel, type TrainingSentence, type TrainNerOptions } from './train.js';
export { toChunks, toStrictBio, toTagSet, parseTag, type Chunk } from './tags.js';
