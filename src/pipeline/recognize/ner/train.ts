import { createViterbi, decodeBest, toTransitionMasks, type Scorer } from './decode.js';
import { createFeatureEncoder } from './features.js';
import type { NerModel } from './model.js';
import { toStrictBio, toTagSet } from './tags.js';
import { createRandom } from '../../../random.js';

/** One training sentence: whitespace tokens and their BIO tags. */
export interface TrainingSentence {
  words: string[];
  tags: string[];
}

export interface TrainNerOptions {
  types: string[];
  epochs: number;
  /** Features seen fewer times (token occurrences) are not learnt. */
  minCount?: number;
  /** Seed of the per-epoch shuffle. */
  seed?: number;
  /** After training, features whose largest |weight| is below this share of the largest weight are dropped. */
  prune?: number;
  meta?: Record<string, unknown>;
  /** Gazetteer for features: folded stem → comma-separated classes. */
  lexicon?: Map<string, string>;
  /** Called after each epoch with the averaged model so far. */
  onEpoch?: (epoch: number, model: NerModel) => void;
}

interface Encoded {
  features: Int32Array[];
  gold: Int32Array;
}

/** Encodes every sentence with all features interned, then keeps features seen ≥ minCount times. */
function encodeAll(sentences: readonly TrainingSentence[], tags: string[], minCount: number, lexicon: Map<string, string>): { keys: string[]; data: Encoded[] } {
  const index = new Map<string, number>();
  const encoder = createFeatureEncoder((key) => {
    let id = index.get(key);
    if (id === undefined) {
      id = index.size;
      index.set(key, id);
    }
    return id;
  }, { lexicon, cacheLimit: 1_000_000 });
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const raw = sentences.map((s) => ({
    features: encoder.encode(s.words),
    gold: Int32Array.from(toStrictBio(s.tags), (t) => tagIndex.get(t) ?? 0),
  }));
  const counts = new Uint32Array(index.size);
  for (const s of raw) for (const ids of s.features) for (const id of ids) counts[id]!++;
  const remap = new Int32Array(index.size).fill(-1);
  const keys: string[] = [];
  for (const [key, id] of index) {
    if (counts[id]! >= minCount) {
      remap[id] = keys.length;
      keys.push(key);
    }
  }
  const data = raw.map((s) => ({
    gold: s.gold,
    features: s.features.map((ids) => Int32Array.from(Array.from(ids, (id) => remap[id]!).filter((id) => id >= 0))),
  }));
  return { keys, data };
}

/**
 * Trains an averaged structured perceptron (first-order Viterbi, strict BIO) on tagged sentences.
 * Deterministic for a given sentence order and seed.
 */
export function trainNerModel(sentences: readonly TrainingSentence[], options: TrainNerOptions): NerModel {
  const tags = toTagSet(options.types);
  const T = tags.length;
  const { keys, data } = encodeAll(sentences, tags, options.minCount ?? 1, options.lexicon ?? new Map());
  const F = keys.length;
  const w = new Float64Array(F * T);
  const wAcc = new Float64Array(F * T);
  const tr = new Float64Array(T * T);
  const trAcc = new Float64Array(T * T);
  const st = new Float64Array(T);
  const stAcc = new Float64Array(T);
  const scorer: Scorer = { tagCount: T, weights: w, transitions: tr, start: st, ...toTransitionMasks(tags) };
  const viterbi = createViterbi(scorer);
  const random = createRandom(options.seed ?? 1);
  const order = data.map((_, i) => i);
  let c = 1;
  const snapshot = (): NerModel => averaged(keys, tags, options, { w, wAcc, tr, trAcc, st, stAcc, c }, 0);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const s = data[k]!;
      const pred = decodeBest(scorer, s.features, viterbi);
      const gold = s.gold;
      for (let i = 0; i < gold.length; i++) {
        const g = gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          for (const id of s.features[i]!) {
            w[id * T + g]! += 1;
            wAcc[id * T + g]! += c;
            w[id * T + p]! -= 1;
            wAcc[id * T + p]! -= c;
          }
        }
        const gp = i > 0 ? gold[i - 1]! : -1;
        const pp = i > 0 ? pred[i - 1]! : -1;
        if (g !== p || gp !== pp) {
          if (i === 0) {
            st[g]! += 1;
            stAcc[g]! += c;
            st[p]! -= 1;
            stAcc[p]! -= c;
          } else {
            tr[gp * T + g]! += 1;
            trAcc[gp * T + g]! += c;
            tr[pp * T + p]! -= 1;
            trAcc[pp * T + p]! -= c;
          }
        }
      }
      c++;
    }
    options.onEpoch?.(epoch, snapshot());
  }
  return averaged(keys, tags, options, { w, wAcc, tr, trAcc, st, stAcc, c }, options.prune ?? 0);
}

interface State {
  w: Float64Array;
  wAcc: Float64Array;
  tr: Float64Array;
  trAcc: Float64Array;
  st: Float64Array;
  stAcc: Float64Array;
  c: number;
}

function averaged(keys: string[], tags: string[], options: TrainNerOptions, s: State, prune: number): NerModel {
  const T = tags.length;
  const avg = (v: Float64Array, acc: Float64Array): Float32Array => Float32Array.from(v, (x, i) => x - acc[i]! / s.c);
  const full = avg(s.w, s.wAcc);
  let max = 0;
  for (const x of full) max = Math.max(max, Math.abs(x));
  const floor = max * prune;
  const features = new Map<string, number>();
  const rows: number[] = [];
  for (let f = 0; f < keys.length; f++) {
    let keep = false;
    for (let t = 0; t < T; t++) if (Math.abs(full[f * T + t]!) > floor) keep = true;
    if (keep) {
      features.set(keys[f]!, rows.length);
      rows.push(f);
    }
  }
  const weights = new Float32Array(rows.length * T);
  rows.forEach((f, r) => weights.set(full.subarray(f * T, f * T + T), r * T));
  return {
    lexicon: options.lexicon ?? new Map(),
    types: options.types,
    tags,
    features,
    weights,
    transitions: avg(s.tr, s.trAcc),
    start: avg(s.st, s.stAcc),
    meta: options.meta ?? {},
  };
}
