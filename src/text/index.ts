export { foldKey, foldUnit, foldWithMap, toOriginalSpan } from './fold.js';
export { procliticSplits, splitSuffix, type CliticSplit } from './clitics.js';
