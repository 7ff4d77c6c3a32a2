import { readFileSync } from 'node:fs';
import { MarsadError } from '../../../errors.js';
import { dataPath } from '../../../lexicon/paths.js';
import type { FeatureTable } from './feature-index.js';
import { parseModelFile } from './model-file.js';

/** A trained first-order structured-perceptron NER model. */
export interface NerModel {
  /** Entity types, e.g. ['PER', 'LOC', 'ORG', 'MISC']. */
  types: string[];
  /** 'O', then B-/I- per type. */
  tags: string[];
  /** Feature key ('w:بغداد') → row in `weights`: a Map when trained, a compact `FeatureIndex` when loaded. */
  features: FeatureTable;
  /** Row-major [feature][tag]. */
  weights: Float32Array;
  /** Quantum of `weights` when they were read from a file (each weight is an int16 times it); kept when saving again. */
  scale?: number;
  /** Row-major [from][to]. */
  transitions: Float32Array;
  start: Float32Array;
  /** Gazetteer the features read: folded stem → comma-separated classes. */
  lexicon: Map<string, string>;
  /** Training provenance: corpora, epochs, scores, licence. */
  meta: Record<string, unknown>;
}

/** Default location of the committed Arabic model. */
export const DEFAULT_NER_MODEL = dataPath('models', 'ner-ar.bin.gz');

const loaded = new Map<string, NerModel>();

/** Loads (once per path) a model file; defaults to the committed Arabic model under data/models. */
export function loadNerModel(path: string = DEFAULT_NER_MODEL): NerModel {
  const hit = loaded.get(path);
  if (hit) return hit;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    throw new MarsadError('E_DATA', `cannot read NER model ${path}`, { cause, origin: path });
  }
  const model = parseModelFile(bytes, path);
  loaded.set(path, model);
  return model;
}
