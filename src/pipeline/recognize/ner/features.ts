import { foldKey, procliticSplits } from '../../../text/index.js';

/**
 * Feature templates of the NER tagger. Word-level features are computed once per word type and
 * cached as feature ids; per token only the two word-pair features need a string and a lookup.
 */

/** What the templates read from one word. */
export interface WordInfo {
  fold: string;
  stem: string;
  /** Proclitics split off, joined with '+', '' when none ('و+ب+ال'). */
  pre: string;
  shape: string;
}

const BOUNDARY_LEFT = '<s>';
const BOUNDARY_RIGHT = '</s>';

function classify(code: number): string {
  if (code >= 0x0621 && code <= 0x064a) return 'a';
  if ((code >= 0x30 && code <= 0x39)) return 'd';
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code < 0x250)) return 'l';
  if (code >= 0x0600 && code <= 0x06ff) return 'a';
  return 'p';
}

/** A compact shape: the run-collapsed character classes plus a length bucket ('a5', 'd2', 'l|p3'). */
function toShape(fold: string): string {
  let classes = '';
  let last = '';
  for (let i = 0; i < fold.length; i++) {
    const c = classify(fold.charCodeAt(i));
    if (c !== last) {
      if (classes.length < 4) classes += c;
      last = c;
    }
  }
  const n = fold.length;
  return classes + (n > 7 ? '8' : String(n));
}

/** Reads the template inputs of one word as written (clitics attached). */
export function toWordInfo(word: string): WordInfo {
  const fold = foldKey(word) || word;
  const splits = procliticSplits(fold);
  let best = splits[0];
  let depth = 0;
  for (const s of splits) {
    const d = s.prefixes.length + (s.definite ? 1 : 0);
    if (d > depth) {
      depth = d;
      best = s;
    }
  }
  const stem = best ? best.stem : fold;
  const pre = best ? [...best.prefixes, ...(best.definite ? ['ال'] : [])].join('+') : '';
  return { fold, stem, pre, shape: toShape(fold) };
}

/** Features of the word itself. */
export function toSelfFeatures(w: WordInfo, lexicon?: ReadonlyMap<string, string>): string[] {
  const f = w.fold;
  const s = w.stem;
  const out = ['b', 'w:' + f, 's:' + s, 'x:' + w.pre, 'h:' + w.shape, 'xs:' + w.pre + '|' + w.shape];
  const classes = lexicon?.get(s) ?? (s !== f ? lexicon?.get(f) : undefined);
  if (classes) for (const c of classes.split(',')) out.push('g:' + c, 'gx:' + c + '|' + w.pre);
  for (let k = 1; k <= 3; k++) {
    if (f.length > k) {
      out.push(`p${k}:` + f.slice(0, k), `u${k}:` + f.slice(-k));
    }
    if (s.length > k && s !== f) out.push(`sp${k}:` + s.slice(0, k), `su${k}:` + s.slice(-k));
  }
  if (s.length > 4) out.push('su4:' + s.slice(-4));
  return out;
}

/** Number of context roles a word plays for its neighbours (see toRoleFeatures). */
export const ROLE_COUNT = 11;

/** Features a word contributes to the token at offsets −2, −1, +1, +2 from it, in role order. */
export function toRoleFeatures(w: WordInfo): string[] {
  return [
    'w-1:' + w.fold, // 0: this word is the previous one
    'w-2:' + w.fold, // 1
    'w+1:' + w.fold, // 2: this word is the next one
    'w+2:' + w.fold, // 3
    's-1:' + w.stem, // 4
    's+1:' + w.stem, // 5
    'h-1:' + w.shape, // 6
    'h+1:' + w.shape, // 7
    'u-1:' + w.fold.slice(-2), // 8
    'x-1:' + w.pre, // 9
    'u+1:' + w.fold.slice(-2), // 10
  ];
}

interface WordEntry {
  info: WordInfo;
  self: Int32Array;
  roles: Int32Array;
}

/** Encodes sentences into feature-id lists; `lookup` returns −1 for an unknown feature. */
export interface FeatureEncoder {
  encode(words: readonly string[]): Int32Array[];
}

function toIds(keys: string[], lookup: (key: string) => number): Int32Array {
  const ids: number[] = [];
  for (const k of keys) {
    const id = lookup(k);
    if (id >= 0) ids.push(id);
  }
  return Int32Array.from(ids);
}

/**
 * Creates an encoder with a per-word-type cache (cleared when it exceeds `cacheLimit` entries).
 * `lexicon` maps a folded stem to gazetteer classes ('LOC,PF') that become features.
 */
export function createFeatureEncoder(
  lookup: (key: string) => number,
  options: { lexicon?: ReadonlyMap<string, string>; cacheLimit?: number } = {},
): FeatureEncoder {
  const cacheLimit = options.cacheLimit ?? 200_000;
  const cache = new Map<string, WordEntry>();
  const entryOf = (word: string): WordEntry => {
    let e = cache.get(word);
    if (e) return e;
    const info = word === BOUNDARY_LEFT || word === BOUNDARY_RIGHT ? { fold: word, stem: word, pre: '', shape: word } : toWordInfo(word);
    const roles = Int32Array.from(toRoleFeatures(info).map(lookup));
    e = { info, self: toIds(toSelfFeatures(info, options.lexicon), lookup), roles };
    if (cache.size >= cacheLimit) cache.clear();
    cache.set(word, e);
    return e;
  };
  const left = entryOf(BOUNDARY_LEFT);
  const right = entryOf(BOUNDARY_RIGHT);
  return {
    encode(words) {
      const entries = words.map(entryOf);
      const n = entries.length;
      const out: Int32Array[] = new Array(n);
      const ids: number[] = [];
      for (let i = 0; i < n; i++) {
        const cur = entries[i] as WordEntry;
        const p1 = i > 0 ? (entries[i - 1] as WordEntry) : left;
        const p2 = i > 1 ? (entries[i - 2] as WordEntry) : left;
        const n1 = i + 1 < n ? (entries[i + 1] as WordEntry) : right;
        const n2 = i + 2 < n ? (entries[i + 2] as WordEntry) : right;
        ids.length = 0;
        for (const id of cur.self) ids.push(id);
        const ctx = [p1.roles[0], p2.roles[1], n1.roles[2], n2.roles[3], p1.roles[4], n1.roles[5], p1.roles[6], n1.roles[7], p1.roles[8], p1.roles[9], n1.roles[10]];
        for (const id of ctx) if (id !== undefined && id >= 0) ids.push(id);
        const pairs = [
          lookup('ww-:' + p1.info.fold + '|' + cur.info.fold),
          lookup('ww+:' + cur.info.fold + '|' + n1.info.fold),
          lookup('wh-:' + p1.info.fold + '|' + cur.info.shape),
          lookup('ss-:' + p1.info.stem + '|' + cur.info.stem),
        ];
        for (const id of pairs) if (id >= 0) ids.push(id);
        out[i] = Int32Array.from(ids);
      }
      return out;
    },
  };
}
