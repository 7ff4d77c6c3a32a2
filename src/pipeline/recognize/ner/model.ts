import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { MarsadError } from '../../../errors.js';
import { dataPath } from '../../../lexicon/paths.js';

/** A trained first-order structured-perceptron NER model. */
export interface NerModel {
  /** Entity types, e.g. ['PER', 'LOC', 'ORG', 'MISC']. */
  types: string[];
  /** 'O', then B-/I- per type. */
  tags: string[];
  /** Feature string → row in `weights`. */
  features: Map<string, number>;
  /** Row-major [feature][tag]. */
  weights: Float32Array;
  /** Row-major [from][to]. */
  transitions: Float32Array;
  start: Float32Array;
  /** Gazetteer the features read: folded stem → comma-separated classes. */
  lexicon: Map<string, string>;
  /** Training provenance: corpora, epochs, scores, licence. */
  meta: Record<string, unknown>;
}

/** On-disk shape (gzipped JSON): weights quantised to int16 with one scale. */
interface ModelFile {
  format: 'marsad-ner/1';
  types: string[];
  tags: string[];
  scale: number;
  features: string;
  weights: string;
  transitions: number[];
  start: number[];
  lexicon: string;
  meta: Record<string, unknown>;
}

/** Default location of the committed Arabic model. */
export const DEFAULT_NER_MODEL = dataPath('models', 'ner-ar.json.gz');

/** Serialises a model to the compact gzipped file format. */
export function toModelFile(model: NerModel): Buffer {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(model.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round((model.weights[i] ?? 0) / scale);
  const keys = new Array<string>(model.features.size);
  for (const [k, i] of model.features) keys[i] = k;
  const file: ModelFile = {
    format: 'marsad-ner/1',
    types: model.types,
    tags: model.tags,
    scale,
    features: keys.join('\n'),
    weights: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString('base64'),
    transitions: Array.from(model.transitions, (v) => Math.round(v * 1e4) / 1e4),
    start: Array.from(model.start, (v) => Math.round(v * 1e4) / 1e4),
    lexicon: [...model.lexicon].map(([k, v]) => `${k}\t${v}`).join('\n'),
    meta: model.meta,
  };
  return gzipSync(JSON.stringify(file), { level: 9 });
}

/** Parses the gzipped model file format. */
export function parseModelFile(bytes: Buffer, origin = 'model'): NerModel {
  let file: ModelFile;
  try {
    file = JSON.parse(gunzipSync(bytes).toString('utf8')) as ModelFile;
  } catch (cause) {
    throw new MarsadError('E_DATA', `unreadable NER model ${origin}`, { cause, origin });
  }
  if (file.format !== 'marsad-ner/1') throw new MarsadError('E_DATA', `unknown NER model format in ${origin}`, { origin });
  const keys = file.features.length > 0 ? file.features.split('\n') : [];
  const features = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) features.set(keys[i] as string, i);
  const raw = Buffer.from(file.weights, 'base64');
  const q = new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  const T = file.tags.length;
  if (q.length !== keys.length * T || file.transitions.length !== T * T) {
    throw new MarsadError('E_DATA', `inconsistent NER model ${origin}`, { origin });
  }
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = (q[i] ?? 0) * file.scale;
  const lexicon = new Map<string, string>();
  for (const line of file.lexicon ? file.lexicon.split('\n') : []) {
    const tab = line.indexOf('\t');
    if (tab > 0) lexicon.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return {
    lexicon,
    types: file.types,
    tags: file.tags,
    features,
    weights,
    transitions: Float32Array.from(file.transitions),
    start: Float32Array.from(file.start),
    meta: file.meta,
  };
}

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
