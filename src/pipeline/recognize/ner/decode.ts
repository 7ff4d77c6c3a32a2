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

/**
 * Viterbi over a row-major [position][tag] emission matrix, writing tag indexes to `path`; buffers are reused
 * across calls (the function is not reentrant). Ties go to the lowest tag index.
 */
export type Viterbi = (emit: Float64Array, n: number, path: Int32Array) => void;

/** Creates the first-order Viterbi decoder of a scorer. */
export function createViterbi(scorer: Scorer): Viterbi {
  const T = scorer.tagCount;
  const { transitions, start, allowed, allowedStart } = scorer;
  // Allowed predecessors of each tag, ascending, as (from, transition index) lists.
  const predStart = new Int32Array(T + 1);
  const preds: number[] = [];
  for (let t = 0; t < T; t++) {
    predStart[t] = preds.length;
    for (let s = 0; s < T; s++) if (allowed[s * T + t]) preds.push(s);
  }
  predStart[T] = preds.length;
  const pred = Int32Array.from(preds);
  let prev = new Float64Array(T);
  let cur = new Float64Array(T);
  let back = new Int32Array(0);
  return (emit, n, path) => {
    if (n === 0) return;
    if (back.length < n * T) back = new Int32Array(Math.max(n * T, back.length * 2));
    for (let t = 0; t < T; t++) prev[t] = allowedStart[t] ? (emit[t] as number) + (start[t] as number) : -Infinity;
    for (let i = 1; i < n; i++) {
      const e = i * T;
      for (let t = 0; t < T; t++) {
        let best = -Infinity;
        let arg = 0;
        for (let k = predStart[t] as number, end = predStart[t + 1] as number; k < end; k++) {
          const s = pred[k] as number;
          const v = (prev[s] as number) + (transitions[s * T + t] as number);
          if (v > best) {
            best = v;
            arg = s;
          }
        }
        cur[t] = best + (emit[e + t] as number);
        back[e + t] = arg;
      }
      const swap = prev;
      prev = cur;
      cur = swap;
    }
    let bestTag = 0;
    for (let t = 1; t < T; t++) if ((prev[t] as number) > (prev[bestTag] as number)) bestTag = t;
    path[n - 1] = bestTag;
    for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + (path[i] as number)] as number;
  };
}

/** Sums the weights of each position's features into a fresh emission matrix (feature order kept). */
export function toEmissions(scorer: Scorer, features: readonly Int32Array[]): Float64Array {
  const T = scorer.tagCount;
  const { weights } = scorer;
  const emit = new Float64Array(features.length * T);
  for (let i = 0; i < features.length; i++) {
    const e = i * T;
    for (const id of features[i] as Int32Array) {
      const base = id * T;
      for (let t = 0; t < T; t++) emit[e + t]! += weights[base + t]!;
    }
  }
  return emit;
}

/** Best first-order tag path for one sentence of feature-id lists (training); returns tag indexes. */
export function decodeBest(scorer: Scorer, features: readonly Int32Array[], viterbi: Viterbi = createViterbi(scorer)): Int32Array {
  const path = new Int32Array(features.length);
  viterbi(toEmissions(scorer, features), features.length, path);
  return path;
}
