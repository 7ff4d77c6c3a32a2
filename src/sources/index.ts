export { readInputs, type ReadOptions } from './read-inputs.js';
export { parseSourceBody, type SourceBodyHint } from './parse-body.js';
export type { ReadResult } from './failure.js';
export { decodeBytes, type Decoded } from './decode.js';
export * from './fetch/index.js';
export * from './feeds/index.js';
