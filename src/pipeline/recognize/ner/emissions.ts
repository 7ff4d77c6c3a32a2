import { toFeatureIndex } from './feature-index.js';
import {
  BOUNDARY_LEFT, BOUNDARY_RIGHT, PAIRS, ROLE_COUNT, ROLES, addSelfFeatures, toBoundaryInfo, toWordInfo,
} from './features.js';
import type { NerModel } from './model.js';

/** Fills the [position][tag] emission scores of a sentence of written words into `emit` (length ≥ n × tags). */
export type EmissionEncoder = (words: readonly string[], emit: Float64Array) => void;

const PAIR_COUNT = PAIRS.length;
/** Per word slot: per pair template its first and second value ids. */
const SLOT_INTS = 2 * PAIR_COUNT;
/** Padding slots on each side of a sentence so neighbours at ±2 need no bounds checks. */
const PAD = 2;
const LEFT = 0;
const RIGHT = 1;

/**
 * Creates the tagger's emission encoder. Everything that depends on one word type is computed once and kept in
 * flat typed arrays (a slot per word type): the summed weights of its own features, the weight offsets of the
 * features it lends its neighbours, and the value ids it can take in each pair template (−1 when no feature of that
 * template has it on that side, which skips the lookup). Per token only the neighbours' role weights are added and
 * the pair features looked up by integer ids. Sums run in the same order as training's feature lists, so scores are
 * identical to summing those lists. The cache holds up to `cacheLimit` word types (~150 bytes each plus the key)
 * and starts over when full.
 */
export function createEmissionEncoder(model: NerModel, cacheLimit = 200_000): EmissionEncoder {
  const index = toFeatureIndex(model.features);
  const { weights, lexicon } = model;
  const T = model.tags.length;
  const roleOffsets = Int32Array.from(ROLES, ([, offset]) => offset);
  const pairTemplates = Int32Array.from(PAIRS, ([template]) => index.templateId(template));
  const pairLeft = Int32Array.from(PAIRS, ([, offset]) => offset);
  const pairRight = Int32Array.from(PAIRS, ([, , , offset]) => offset);
  const { pairSides } = index;

  let capacity = 0;
  let selfSums = new Float64Array(0);
  let roleRows = new Int32Array(0);
  let slotInts = new Int32Array(0);
  const slots = new Map<string, number>();
  let used = 0;
  let sentence = new Int32Array(16);
  const rowBuffer = new Int32Array(ROLE_COUNT + PAIR_COUNT);

  const grow = (need: number): void => {
    const next = Math.max(need, Math.min(cacheLimit + 2, Math.max(1024, capacity * 2)));
    const s = new Float64Array(next * T);
    s.set(selfSums);
    selfSums = s;
    const w = new Int32Array(next * ROLE_COUNT);
    w.set(roleRows);
    roleRows = w;
    const r = new Int32Array(next * SLOT_INTS);
    r.set(slotInts);
    slotInts = r;
    capacity = next;
  };

  const roleTemplates = Int32Array.from(ROLES, ([template]) => index.templateId(template));
  const selfTemplates = new Map<string, number>();
  const fillSlot = (slot: number, word: string): void => {
    const info = word === BOUNDARY_LEFT || word === BOUNDARY_RIGHT ? toBoundaryInfo(word) : toWordInfo(word);
    const foldId = index.stringId(info.fold);
    const stemId = info.stem === info.fold ? foldId : index.stringId(info.stem);
    const idOf = (value: string): number => (value === info.fold ? foldId : value === info.stem ? stemId : index.stringId(value));
    const base = slot * T;
    for (let t = 0; t < T; t++) selfSums[base + t] = 0;
    addSelfFeatures(info, lexicon, (template, value) => {
      let t = selfTemplates.get(template);
      if (t === undefined) selfTemplates.set(template, (t = index.templateId(template)));
      const a = value === null ? -1 : idOf(value);
      const row = t < 0 || (value !== null && a < 0) ? -1 : index.singleRowOf(t, a);
      if (row < 0) return;
      for (let k = 0; k < T; k++) selfSums[base + k]! += weights[row * T + k]!;
    });
    for (let r = 0; r < ROLE_COUNT; r++) {
      const a = idOf((ROLES[r] as (typeof ROLES)[number])[2](info));
      const row = a < 0 ? -1 : index.singleRowOf(roleTemplates[r] as number, a);
      roleRows[slot * ROLE_COUNT + r] = row < 0 ? -1 : row * T;
    }
    const ints = slot * SLOT_INTS;
    for (let p = 0; p < PAIR_COUNT; p++) {
      const [, , left, , right] = PAIRS[p] as (typeof PAIRS)[number];
      const a = idOf(info[left]);
      const b = idOf(info[right]);
      slotInts[ints + 2 * p] = a >= 0 && (pairSides[a] as number) & (1 << (2 * p)) ? a : -1;
      slotInts[ints + 2 * p + 1] = b >= 0 && (pairSides[b] as number) & (1 << (2 * p + 1)) ? b : -1;
    }
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

  return (words, emit) => {
    const n = words.length;
    // Slots of this sentence must stay valid until it is scored: start over before, never during.
    if (used + n > cacheLimit + 2) reset();
    if (used + n > capacity) grow(used + n);
    if (sentence.length < n + 2 * PAD) sentence = new Int32Array((n + 2 * PAD) * 2);
    const ids = sentence;
    for (let i = 0; i < PAD; i++) {
      ids[i] = LEFT;
      ids[PAD + n + i] = RIGHT;
    }
    for (let i = 0; i < n; i++) ids[PAD + i] = slotOf(words[i] as string);
    const sums = selfSums;
    const roles = roleRows;
    const ints = slotInts;
    const found = rowBuffer;
    for (let i = 0; i < n; i++) {
      const at = PAD + i;
      // Weight offsets of this token's context features, in feature order; each tag's sum is then built in one
      // register, in the same order as summing the feature list.
      let k = 0;
      for (let r = 0; r < ROLE_COUNT; r++) {
        const row = roles[(ids[at + (roleOffsets[r] as number)] as number) * ROLE_COUNT + r] as number;
        if (row >= 0) found[k++] = row;
      }
      for (let p = 0; p < PAIR_COUNT; p++) {
        const a = ints[(ids[at + (pairLeft[p] as number)] as number) * SLOT_INTS + 2 * p] as number;
        if (a < 0) continue;
        const b = ints[(ids[at + (pairRight[p] as number)] as number) * SLOT_INTS + 2 * p + 1] as number;
        if (b < 0) continue;
        const row = index.pairRowOf(pairTemplates[p] as number, a, b);
        if (row >= 0) found[k++] = row * T;
      }
      const e = i * T;
      const self = (ids[at] as number) * T;
      for (let t = 0; t < T; t++) {
        let sum = sums[self + t] as number;
        for (let m = 0; m < k; m++) sum += weights[(found[m] as number) + t] as number;
        emit[e + t] = sum;
      }
    }
  };
}
