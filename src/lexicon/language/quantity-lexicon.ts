import { MarsadError } from '../../errors.js';
import { foldKey } from '../../text/index.js';
import type { Language, QuantityKind } from '../../types.js';
import { type LanguageDataOptions, loadLanguageYaml, toNumberMap, toStringList } from './load-yaml.js';

const KINDS: readonly QuantityKind[] = [
  'killed', 'injured', 'strikes', 'fighters', 'arrested', 'abducted', 'displaced', 'protesters', 'other',
];

/** Number words of one language, folded. */
export interface NumberWords {
  units: Map<string, number>;
  teen: Set<string>;
  compoundOnly: Set<string>;
  tens: Map<string, number>;
  hundreds: Map<string, number>;
  multipliers: Map<string, number>;
  /** Articles read as one before a multiplier ("a hundred"). */
  article: Set<string>;
  /** Vague amounts by folded phrase: [min, max]. */
  vague: Array<{ phrase: string[]; min: number; max: number | null }>;
}

export type ModifierKind = 'moreThan' | 'atLeast' | 'lessThan' | 'upTo' | 'about';

/** Everything the quantity finder knows about one language. */
export interface QuantityLexicon {
  numbers: NumberWords;
  /** Counted nouns (folded, possibly multi-word) → kind; `dual` ones count 2 alone. */
  nouns: Map<string, { kind: QuantityKind; dual: boolean }>;
  before: Array<{ phrase: string[]; kind: QuantityKind }>;
  after: Array<{ phrase: string[]; kind: QuantityKind }>;
  notCounted: Set<string>;
  /** Singular nouns counting one next to a cue, and the indefinite articles that may precede them. */
  singulars: Set<string>;
  indefinite: Set<string>;
  notCountedBefore: Set<string>;
  modifiers: Array<{ phrase: string[]; kind: ModifierKind }>;
  rangeStart: Set<string>;
  rangeJoin: Set<string>;
  aboutAfter: string[][];
  atLeastAfter: string[][];
  /** Longest noun phrase, in words. */
  maxNounWords: number;
}

const words = (phrase: string): string[] => foldKey(phrase).split(' ').filter((w) => w.length > 0);

function foldMap(map: Map<string, number>): Map<string, number> {
  return new Map([...map].map(([k, v]) => [foldKey(k), v]));
}

function loadNumberWords(language: Language, options: LanguageDataOptions): NumberWords {
  const origin = `lexicon/${language}/numbers.yaml`;
  const doc = loadLanguageYaml(language, 'numbers.yaml', options);
  const vagueDoc = doc['vague'] ?? {};
  if (vagueDoc === null || typeof vagueDoc !== 'object' || Array.isArray(vagueDoc)) {
    throw new MarsadError('E_DATA', `${origin}: 'vague' must be a mapping`, { origin });
  }
  const vague = Object.entries(vagueDoc).map(([phrase, range]) => {
    if (!Array.isArray(range) || typeof range[0] !== 'number' || (range[1] !== null && typeof range[1] !== 'number')) {
      throw new MarsadError('E_DATA', `${origin}: vague '${phrase}' must be [min, max|null]`, { origin });
    }
    return { phrase: words(phrase), min: range[0] as number, max: range[1] as number | null };
  });
  return {
    units: foldMap(toNumberMap(doc, 'units', origin)),
    teen: new Set(toStringList(doc, 'teen', origin).map(foldKey)),
    compoundOnly: new Set(toStringList(doc, 'compoundOnly', origin).map(foldKey)),
    tens: foldMap(toNumberMap(doc, 'tens', origin)),
    hundreds: foldMap(toNumberMap(doc, 'hundreds', origin)),
    multipliers: foldMap(toNumberMap(doc, 'multipliers', origin)),
    article: new Set(toStringList(doc, 'article', origin).map(foldKey)),
    vague: vague.sort((a, b) => b.phrase.length - a.phrase.length),
  };
}

function isKind(value: string): value is QuantityKind {
  return (KINDS as readonly string[]).includes(value);
}

/** Loads numbers.yaml, quantity-nouns.yaml and quantity-modifiers.yaml of a language (with overrides). */
export function loadQuantityLexicon(language: Language, options: LanguageDataOptions = {}): QuantityLexicon {
  const nounsOrigin = `lexicon/${language}/quantity-nouns.yaml`;
  const nounsDoc = loadLanguageYaml(language, 'quantity-nouns.yaml', options);
  const modDoc = loadLanguageYaml(language, 'quantity-modifiers.yaml', options);
  const modOrigin = `lexicon/${language}/quantity-modifiers.yaml`;
  const nouns = new Map<string, { kind: QuantityKind; dual: boolean }>();
  const before: QuantityLexicon['before'] = [];
  const after: QuantityLexicon['after'] = [];
  const kinds = nounsDoc['kinds'];
  if (kinds === null || typeof kinds !== 'object' || Array.isArray(kinds)) {
    throw new MarsadError('E_DATA', `${nounsOrigin}: 'kinds' must be a mapping`, { origin: nounsOrigin });
  }
  for (const [kind, entry] of Object.entries(kinds as Record<string, Record<string, unknown>>)) {
    if (!isKind(kind)) throw new MarsadError('E_DATA', `${nounsOrigin}: unknown kind '${kind}'`, { origin: nounsOrigin });
    for (const n of toStringList(entry, 'nouns', nounsOrigin)) if (!nouns.has(foldKey(n))) nouns.set(foldKey(n), { kind, dual: false });
    for (const n of toStringList(entry, 'duals', nounsOrigin)) nouns.set(foldKey(n), { kind, dual: true });
    for (const p of toStringList(entry, 'before', nounsOrigin)) before.push({ phrase: words(p), kind });
    for (const p of toStringList(entry, 'after', nounsOrigin)) after.push({ phrase: words(p), kind });
  }
  const modifiers: QuantityLexicon['modifiers'] = [];
  for (const kind of ['moreThan', 'atLeast', 'lessThan', 'upTo', 'about'] as const) {
    for (const p of toStringList(modDoc, kind, modOrigin)) modifiers.push({ phrase: words(p), kind });
  }
  const byLength = <T extends { phrase: string[] }>(a: T, b: T): number => b.phrase.length - a.phrase.length;
  const list = (key: string): string[] => toStringList(nounsDoc, key, nounsOrigin).map(foldKey);
  return {
    numbers: loadNumberWords(language, options),
    nouns,
    before: before.sort(byLength),
    after: after.sort(byLength),
    notCounted: new Set(list('notCounted')),
    singulars: new Set(list('singulars')),
    indefinite: new Set(list('indefinite')),
    notCountedBefore: new Set(list('notCountedBefore')),
    modifiers: modifiers.sort(byLength),
    rangeStart: new Set(toStringList(modDoc, 'rangeStart', modOrigin).map(foldKey)),
    rangeJoin: new Set(toStringList(modDoc, 'rangeJoin', modOrigin).map(foldKey)),
    aboutAfter: toStringList(modDoc, 'aboutAfter', modOrigin).map(words),
    atLeastAfter: toStringList(modDoc, 'atLeastAfter', modOrigin).map(words),
    maxNounWords: Math.max(1, ...[...nouns.keys()].map((k) => k.split(' ').length)),
  };
}
