import { isAllowedTransition } from './tags.js';

/** Scores a structured tagger needs: emission weights per feature, tag transitions, start scores. */
export interface Scorer {
  tagCount: number;
  /** Row-major [feature][tag]. */
  weights: Float32Array | Float64Array;
  /** Row-major [from][to]. */
  transitions: Float32Array | Float64Array;
  start: Float32Array | Float64Array;
  /** Row-major [from][to]: false where strict BIO forbids the pair; `allowedStart[t]` likewise. */
  allowed: Uint8Array;
  allowedStart: Uint8Array;
}

/** Precomputes the strict-BIO transition masks for a tag list. */
export function toTransitionMasks(tags: readonly string[]): { allowed: Uint8Array; allowedStart: Uint8Array } {
  const T = tags.length;
  const allowed = new Uint8Array(T * T);
  const allowedStart = new Uint8Array(T);
  for (let a = 0; a < T; a++) {
    allowedStart[a] = isAllowedTransition(null, tags[a] as string) ? 1 : 0;
    for (let b = 0; b < T; b++) allowed[a * T + b] = isAllowedTransition(tags[a] as string, tags[b] as string) ? 1 : 0;
  }
  return { allowed, allowedStart };
}

/** Best first-order tag path (Viterbi) for one sentence of feature-id lists; returns tag indexes. */
export function decodeBest(scorer: Scorer, features: readonly Int32Array[]): Int32Array {
  const n = features.length;
  const T = scorer.tagCount;
  const path = new Int32Array(n);
  if (n === 0) return path;
  const { weights, transitions, start, allowed, allowedStart } = scorer;
  const emit = new Float64Array(T);
  let prev = new Float64Array(T);
  let cur = new Float64Array(T);
  const back = new Int32Array(n * T);
  const emissions = (i: number): void => {
    emit.fill(0);
    for (const id of features[i] as Int32Array) {
      const base = id * T;
      for (let t = 0; t < T; t++) emit[t]! += weights[base + t]!;
    }
  };
  emissions(0);
  for (let t = 0; t < T; t++) prev[t] = allowedStart[t] ? emit[t]! + start[t]! : -Infinity;
  for (let i = 1; i < n; i++) {
    emissions(i);
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let s = 0; s < T; s++) {
        if (!allowed[s * T + t]) continue;
        const v = prev[s]! + transitions[s * T + t]!;
        if (v > best) {
          best = v;
          arg = s;
        }
      }
      cur[t] = best + emit[t]!;
      back[i * T + t] = arg;
    }
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  let bestTag = 0;
  for (let t = 1; t < T; t++) if (prev[t]! > prev[bestTag]!) bestTag = t;
  path[n - 1] = bestTag;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]!]!;
  return path;
}
