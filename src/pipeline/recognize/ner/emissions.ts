import { toFeatureIndex } from './feature-index.js';
import {
  BOUNDARY_LEFT, BOUNDARY_RIGHT, PAIRS, ROLE_COUNT, ROLES, addSelfFeatures, toBoundaryInfo, toWordInfo, type PairField,
} from './features.js';
import type { NerModel } from './model.js';

/** Fills the [position][tag] emission scores of a sentence of written words into `emit` (length ≥ n × tags). */
export type EmissionEncoder = (words: readonly string[], emit: Float64Array) => void;

const FIELDS: readonly PairField[] = ['fold', 'stem', 'shape'];
const FIELD_COUNT = FIELDS.length;
/** Padding slots on each side of a sentence so neighbours at ±2 need no bounds checks. */
const PAD = 2;

/**
 * Creates the tagger's emission encoder. Everything that depends on one word type is computed once and kept in
 * flat typed arrays (a slot per word type): the summed weights of its own features, the weight rows of the
 * features it lends its neighbours, and the ids of the fields pair features read. Per token only the neighbours'
 * rows are added and the word-pair features looked up by integer ids. Sums run in the same order as training's
 * feature lists, so scores are identical to summing those lists. The cache holds up to `cacheLimit` word types
 * and starts over when full.
 */
export function createEmissionEncoder(model: NerModel, cacheLimit = 200_000): EmissionEncoder {
  const index = toFeatureIndex(model.features);
  const { weights, lexicon } = model;
  const T = model.tags.length;
  const roleTemplates = ROLES.map(([template]) => template);
  const roleOffsets = Int32Array.from(ROLES, ([, offset]) => offset);
  const pairTemplates = Int32Array.from(PAIRS, ([template]) => index.templateId(template));
  const pairLeft = Int32Array.from(PAIRS, ([, offset]) => offset);
  const pairLeftField = Int32Array.from(PAIRS, ([, , field]) => FIELDS.indexOf(field));
  const pairRight = Int32Array.from(PAIRS, ([, , , offset]) => offset);
  const pairRightField = Int32Array.from(PAIRS, ([, , , , field]) => FIELDS.indexOf(field));
  const PAIR_COUNT = PAIRS.length;

  let capacity = 0;
  let selfSums = new Float64Array(0);
  let roleRows = new Int32Array(0);
  let fieldIds = new Int32Array(0);
  const slots = new Map<string, number>();
  let used = 0;
  let sentence = new Int32Array(16);

  const grow = (need: number): void => {
    const next = Math.max(need, Math.min(cacheLimit + 2, Math.max(1024, capacity * 2)));
    const s = new Float64Array(next * T);
    s.set(selfSums);
    selfSums = s;
    const r = new Int32Array(next * ROLE_COUNT);
    r.set(roleRows);
    roleRows = r;
    const f = new Int32Array(next * FIELD_COUNT);
    f.set(fieldIds);
    fieldIds = f;
    capacity = next;
  };

  const fillSlot = (slot: number, word: string): void => {
    const info = word === BOUNDARY_LEFT || word === BOUNDARY_RIGHT ? toBoundaryInfo(word) : toWordInfo(word);
    const base = slot * T;
    for (let t = 0; t < T; t++) selfSums[base + t] = 0;
    addSelfFeatures(info, lexicon, (template, value) => {
      const row = index.rowOfValue(template, value);
      if (row < 0) return;
      for (let t = 0; t < T; t++) selfSums[base + t]! += weights[row * T + t]!;
    });
    for (let r = 0; r < ROLE_COUNT; r++) {
      const row = index.rowOfValue(roleTemplates[r] as string, (ROLES[r] as (typeof ROLES)[number])[2](info));
      roleRows[slot * ROLE_COUNT + r] = row < 0 ? -1 : row * T;
    }
    for (let k = 0; k < FIELD_COUNT; k++) fieldIds[slot * FIELD_COUNT + k] = index.stringId(info[FIELDS[k] as PairField]);
  };

  const reset = (): void => {
    slots.clear();
    used = 0;
    for (const word of [BOUNDARY_LEFT, BOUNDARY_RIGHT]) {
      fillSlot(used, word);
      slots.set(word, used++);
    }
  };

  const slotOf = (word: string): number => {
    let slot = slots.get(word);
    if (slot === undefined) {
      slot = used++;
      fillSlot(slot, word);
      slots.set(word, slot);
    }
    return slot;
  };

  grow(PAD + 2);
  reset();
  const LEFT = 0;
  const RIGHT = 1;

  return (words, emit) => {
    const n = words.length;
    // Slots of this sentence must stay valid until it is scored: start over before, never during.
    if (used + n > cacheLimit + 2) reset();
    if (used + n > capacity) grow(used + n);
    if (sentence.length < n + 2 * PAD) sentence = new Int32Array((n + 2 * PAD) * 2);
    for (let i = 0; i < PAD; i++) {
      sentence[i] = LEFT;
      sentence[PAD + n + i] = RIGHT;
    }
    for (let i = 0; i < n; i++) sentence[PAD + i] = slotOf(words[i] as string);
    const ids = sentence;
    const sums = selfSums;
    const rows = roleRows;
    const fields = fieldIds;
    for (let i = 0; i < n; i++) {
      const e = i * T;
      const at = PAD + i;
      const self = (ids[at] as number) * T;
      for (let t = 0; t < T; t++) emit[e + t] = sums[self + t] as number;
      for (let r = 0; r < ROLE_COUNT; r++) {
        const row = rows[(ids[at + (roleOffsets[r] as number)] as number) * ROLE_COUNT + r] as number;
        if (row >= 0) for (let t = 0; t < T; t++) emit[e + t] = (emit[e + t] as number) + (weights[row + t] as number);
      }
      for (let p = 0; p < PAIR_COUNT; p++) {
        const a = fields[(ids[at + (pairLeft[p] as number)] as number) * FIELD_COUNT + (pairLeftField[p] as number)] as number;
        const b = fields[(ids[at + (pairRight[p] as number)] as number) * FIELD_COUNT + (pairRightField[p] as number)] as number;
        if (a < 0 || b < 0) continue;
        const row = index.rowOf(pairTemplates[p] as number, a, b);
        if (row >= 0) {
          const base = row * T;
          for (let t = 0; t < T; t++) emit[e + t] = (emit[e + t] as number) + (weights[base + t] as number);
        }
      }
    }
  };
}
