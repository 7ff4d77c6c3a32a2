import { foldKey, procliticSplits } from '../../../text/index.js';

/**
 * Feature templates of the NER tagger. A feature is a template name and a value ('w' + 'بغداد'); its key
 * string, used by training and in tests, is `template:value` (the bias has no value: 'b'). Word-level features
 * depend on one word only and are computed once per word type; per token only the word-pair templates are new.
 */

/** What the templates read from one word. */
export interface WordInfo {
  fold: string;
  stem: string;
  /** Proclitics split off, joined with '+', '' when none ('و+ب+ال'). */
  pre: string;
  shape: string;
}

/** Receives one feature: template name and value (null for the bias). */
export type FeatureSink = (template: string, value: string | null) => void;

export const BOUNDARY_LEFT = '<s>';
export const BOUNDARY_RIGHT = '</s>';

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

/** The template inputs of a sentence boundary, or of a word written like one. */
export function toBoundaryInfo(word: string): WordInfo {
  return { fold: word, stem: word, pre: '', shape: word };
}

/** The key string of a feature, as stored by training ('w:بغداد', 'b'). */
export function toFeatureKey(template: string, value: string | null): string {
  return value === null ? template : template + ':' + value;
}

/** Emits the features of the word itself, in a fixed order. */
export function addSelfFeatures(w: WordInfo, lexicon: ReadonlyMap<string, string> | undefined, add: FeatureSink): void {
  const f = w.fold;
  const s = w.stem;
  add('b', null);
  add('w', f);
  add('s', s);
  add('x', w.pre);
  add('h', w.shape);
  add('xs', w.pre + '|' + w.shape);
  const classes = lexicon?.get(s) ?? (s !== f ? lexicon?.get(f) : undefined);
  if (classes) {
    for (const c of classes.split(',')) {
      add('g', c);
      add('gx', c + '|' + w.pre);
    }
  }
  for (let k = 1; k <= 3; k++) {
    if (f.length > k) {
      add(PREFIX_TEMPLATES[k - 1] as string, f.slice(0, k));
      add(SUFFIX_TEMPLATES[k - 1] as string, f.slice(-k));
    }
    if (s.length > k && s !== f) {
      add(STEM_PREFIX_TEMPLATES[k - 1] as string, s.slice(0, k));
      add(STEM_SUFFIX_TEMPLATES[k - 1] as string, s.slice(-k));
    }
  }
  if (s.length > 4) add('su4', s.slice(-4));
}

const PREFIX_TEMPLATES = ['p1', 'p2', 'p3'];
const SUFFIX_TEMPLATES = ['u1', 'u2', 'u3'];
const STEM_PREFIX_TEMPLATES = ['sp1', 'sp2', 'sp3'];
const STEM_SUFFIX_TEMPLATES = ['su1', 'su2', 'su3'];

/** Features of the word itself, as key strings. */
export function toSelfFeatures(w: WordInfo, lexicon?: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  addSelfFeatures(w, lexicon, (t, v) => out.push(toFeatureKey(t, v)));
  return out;
}

/**
 * Context roles a word plays for its neighbours: [template, offset of the word from the token it describes,
 * field read]. The token at i receives, in this order, the role features of its neighbours at i + offset.
 */
export const ROLES: ReadonlyArray<readonly [template: string, offset: -2 | -1 | 1 | 2, read: (w: WordInfo) => string]> = [
  ['w-1', -1, (w) => w.fold],
  ['w-2', -2, (w) => w.fold],
  ['w+1', 1, (w) => w.fold],
  ['w+2', 2, (w) => w.fold],
  ['s-1', -1, (w) => w.stem],
  ['s+1', 1, (w) => w.stem],
  ['h-1', -1, (w) => w.shape],
  ['h+1', 1, (w) => w.shape],
  ['u-1', -1, (w) => w.fold.slice(-2)],
  ['x-1', -1, (w) => w.pre],
  ['u+1', 1, (w) => w.fold.slice(-2)],
];

/** Number of context roles a word plays for its neighbours (see ROLES). */
export const ROLE_COUNT = ROLES.length;

/** Features a word contributes to its neighbours, as key strings in role order. */
export function toRoleFeatures(w: WordInfo): string[] {
  return ROLES.map(([template, , read]) => toFeatureKey(template, read(w)));
}

/** The word fields pair templates read. */
export type PairField = 'fold' | 'stem' | 'shape';

/**
 * Word-pair templates, added after the role features in this order: [template, first word's offset and field,
 * second word's offset and field]; the value is `first|second`.
 */
export const PAIRS: ReadonlyArray<readonly [template: string, leftOffset: -1 | 0, left: PairField, rightOffset: 0 | 1, right: PairField]> = [
  ['ww-', -1, 'fold', 0, 'fold'],
  ['ww+', 0, 'fold', 1, 'fold'],
  ['wh-', -1, 'fold', 0, 'shape'],
  ['ss-', -1, 'stem', 0, 'stem'],
];

/** Names of the pair templates, whose values are two words joined by '|'. */
export const PAIR_TEMPLATES: ReadonlySet<string> = new Set(PAIRS.map((p) => p[0]));

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
 * Creates a string-keyed encoder (for training) with a per-word-type cache, cleared when it exceeds `cacheLimit`
 * entries. `lexicon` maps a folded stem to gazetteer classes ('LOC,PF') that become features.
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
    const info = word === BOUNDARY_LEFT || word === BOUNDARY_RIGHT ? toBoundaryInfo(word) : toWordInfo(word);
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
      const at = (i: number): WordEntry => (i < 0 ? left : i >= n ? right : (entries[i] as WordEntry));
      for (let i = 0; i < n; i++) {
        const cur = entries[i] as WordEntry;
        ids.length = 0;
        for (const id of cur.self) ids.push(id);
        for (let r = 0; r < ROLE_COUNT; r++) {
          const id = at(i + (ROLES[r] as (typeof ROLES)[number])[1]).roles[r] as number;
          if (id >= 0) ids.push(id);
        }
        for (const [template, lo, lf, ro, rf] of PAIRS) {
          const id = lookup(template + ':' + at(i + lo).info[lf] + '|' + at(i + ro).info[rf]);
          if (id >= 0) ids.push(id);
        }
        out[i] = Int32Array.from(ids);
      }
      return out;
    },
  };
}
