import type { Analysis, Language, Quantity, QuantityKind, Token } from '../../../types.js';
import type { LanguageDataOptions } from '../../../lexicon/language/load-yaml.js';
import { findPhraseAt, findPhraseEndingAt, toTokenForms } from '../../../lexicon/language/match.js';
import { loadQuantityLexicon, type ModifierKind, type QuantityLexicon } from '../../../lexicon/language/quantity-lexicon.js';
import { mayOpen, toOpenerSet, toWordFilter, type WordFilter } from '../../../lexicon/language/openers.js';
import { loadTimeLexicon } from '../../../lexicon/language/time-lexicon.js';
import { cueAfter, cueBefore, findCountedNoun, nounAt, type CountedNoun } from './counted-noun.js';
import { parseNumberAt, type ParsedNumber } from './parse-number.js';

export interface QuantityFinderOptions {
  /** Override layers for numbers.yaml, quantity-nouns.yaml, quantity-modifiers.yaml. */
  lexicons?: LanguageDataOptions;
}

interface LanguageTables {
  lexicon: QuantityLexicon;
  monthWords: Set<string>;
  /** Folded words that may open a number, a vague amount or a dual: a cheap filter before parsing. */
  openers: WordFilter;
}

/** Nouns naming people take the kind of a nearby cue (قتل 5 مقاتلين → killed; اعتقال 20 متظاهرا → arrested). */
const CUE_OVERRIDABLE = new Set<QuantityKind>(['fighters', 'protesters', 'displaced', 'abducted', 'arrested', 'other']);
const CUE_WINDOW = 4;
const DATE_SEPARATORS = new Set(['/', ':', '-', '.']);

function buildTables(language: Language, options: QuantityFinderOptions): LanguageTables {
  const lexicon = loadQuantityLexicon(language, options.lexicons);
  const n = lexicon.numbers;
  const openers = toOpenerSet([
    ...n.units.keys(), ...n.tens.keys(), ...n.hundreds.keys(), ...n.multipliers.keys(), ...n.article,
    ...n.vague.map((v) => v.phrase[0] ?? ''),
    ...[...lexicon.nouns].filter(([, v]) => v.dual).map(([k]) => k),
    ...[...lexicon.singulars].flatMap((w) => [w, w + 'ا']), ...lexicon.indefinite,
  ]);
  return { lexicon, monthWords: loadTimeLexicon(language, options.lexicons).monthWords, openers: toWordFilter(openers) };
}

function isDatePart(tokens: Token[], num: ParsedNumber, tables: LanguageTables): boolean {
  const first = tokens[num.start];
  if (first?.kind !== 'number') return false;
  if (first.value === undefined) return true; // 31.7.2016
  const prev = tokens[num.start - 1];
  const next = tokens[num.end];
  const glued = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.span[1] === b.span[0];
  if (prev !== undefined && DATE_SEPARATORS.has(prev.norm) && glued(prev, first) && tokens[num.start - 2]?.kind === 'number') return true;
  if (next !== undefined && DATE_SEPARATORS.has(next.norm) && glued(tokens[num.end - 1], next) && tokens[num.end + 1]?.kind === 'number') return true;
  const isMonth = (t: Token | undefined): boolean => t !== undefined && toTokenForms(t).some((f) => tables.monthWords.has(f));
  return isMonth(prev) || isMonth(next);
}

function applyModifier(
  kind: ModifierKind | undefined,
  q: { min: number | null; max: number | null; approximate: boolean },
  scaled: boolean,
): void {
  const n = q.min;
  if (kind === undefined || n === null) return;
  if (kind === 'moreThan') {
    q.min = scaled ? n : n + 1;
    q.max = null;
  } else if (kind === 'atLeast') q.max = null;
  else if (kind === 'lessThan') {
    q.max = Number.isInteger(n) ? n - 1 : n;
    q.min = null;
  } else if (kind === 'upTo') {
    q.max = q.max ?? n;
    q.min = null;
  } else q.approximate = true;
}

/** Reads a range continuation (10 إلى 15, between 10 and 15, 10-15) after `num`. */
function extendRange(tokens: Token[], num: ParsedNumber, floor: number, limit: number, lexicon: QuantityLexicon): ParsedNumber & { opener: boolean } {
  const join = tokens[num.end];
  const opener = num.start > floor && lexicon.rangeStart.has(tokens[num.start - 1]?.norm ?? '');
  if (join === undefined || !lexicon.rangeJoin.has(join.norm)) return { ...num, opener: false };
  if ((join.norm === 'و' || join.norm === 'and' || join.norm === 'or') && !opener) return { ...num, opener: false };
  const second = parseNumberAt(tokens, num.end + 1, limit, lexicon.numbers);
  if (second === null || second.vague) return { ...num, opener: false };
  return { start: num.start, end: second.end, min: num.min, max: second.max ?? second.min, vague: num.vague, scaled: num.scaled, opener };
}

function resolveKind(
  noun: CountedNoun | null,
  before: { kind: QuantityKind; distance: number } | null,
  after: { kind: QuantityKind; distance: number } | null,
): QuantityKind | null {
  if (noun !== null && !CUE_OVERRIDABLE.has(noun.kind)) return noun.kind;
  const cue = before !== null && (after === null || before.distance <= after.distance) ? before : after;
  if (cue !== null) return cue.kind;
  return noun?.kind ?? null;
}

const COORDINATORS = new Set(['و', ',', 'and']);

/** Counts carried by the noun itself: a dual (2), or a singular after "a"/"an" or right after a cue (1). */
function implicitCount(
  tokens: Token[], t: number, floor: number, limit: number, lex: QuantityLexicon,
): { parsed: ParsedNumber; counted: CountedNoun; needsCue: boolean } | null {
  const token = tokens[t];
  if (token === undefined) return null;
  const dual = nounAt(tokens, t, limit, lex);
  if (dual?.dual === true) return { parsed: { start: t, end: t, min: 2, max: 2, vague: false, scaled: false }, counted: dual, needsCue: false };
  const one = (start: number, at: number): { parsed: ParsedNumber; counted: CountedNoun; needsCue: boolean } => ({
    parsed: { start, end: at, min: 1, max: 1, vague: false, scaled: false },
    counted: { start: at, end: at + 1, kind: nounAt(tokens, at, limit, lex)?.kind ?? 'other', dual: false },
    needsCue: true,
  });
  if (lex.indefinite.has(token.norm)) {
    for (let at = t + 1; at < Math.min(limit, t + 4); at++) {
      const word = tokens[at];
      if (word === undefined || word.kind !== 'word') return null;
      if (lex.singulars.has(word.norm)) return one(t, at);
    }
    return null;
  }
  // Singulars also stand in the accusative with tanwin alef (صحفيا، مدنيا).
  const bare = token.kind === 'word' && !token.definite &&
    toTokenForms(token).some((f) => lex.singulars.has(f) || (f.endsWith('ا') && lex.singulars.has(f.slice(0, -1))));
  // Verb–subject–object order puts the subject between cue and object: اعتقلت الشرطة صحفيا.
  const cue = bare && t > floor ? cueBefore(tokens, t, Math.max(floor, t - 4), lex, 3) : null;
  return cue !== null && cue.distance <= 2 ? one(t, t) : null;
}

/** A quantity coordinated with the previous one (قتل 20 رجلا و23 طفلا) shares its cue. */
function inheritedCue(
  tokens: Token[], previous: { end: number; cue: QuantityKind | null } | null, start: number,
): { kind: QuantityKind; distance: number } | null {
  if (previous === null || previous.cue === null || previous.end > start) return null;
  let joined = tokens[start]?.prefixes[0] === 'و' && previous.end === start;
  for (let k = previous.end; k < start; k++) {
    if (!COORDINATORS.has(tokens[k]?.norm ?? '')) return null;
    joined = true;
  }
  return joined ? { kind: previous.cue, distance: start - previous.end } : null;
}

/**
 * Creates the quantity finder: numerals, number words and vague amounts with their modifiers, ranges and the
 * counted noun mapped to a kind (ACLED readings: عشرات = 10, dozens = 12, مئات = 100; "more than 5" = min 6).
 * Numbers that count nothing reported (years, dates, money, measures, bare numbers) are left out.
 */
export function createQuantityFinder(options: QuantityFinderOptions = {}): (analysis: Analysis) => Quantity[] {
  const tables: Record<Language, LanguageTables> = { ar: buildTables('ar', options), en: buildTables('en', options) };
  return (analysis) => {
    const { tokens } = analysis;
    const text = analysis.article.text;
    const out: Quantity[] = [];
    for (const sentence of analysis.sentences) {
      const [s, e] = sentence.tokens;
      const t8 = tables[sentence.language];
      const lex = t8.lexicon;
      let previous: { end: number; cue: QuantityKind | null } | null = null;
      for (let t = s; t < e; t++) {
        const token = tokens[t];
        if (token === undefined || !mayOpen(token, t8.openers)) continue;
        let parsed = parseNumberAt(tokens, t, e, lex.numbers);
        let counted: CountedNoun | 'not-counted' | null = null;
        let needsCue = false;
        if (parsed === null) {
          // A dual noun counts 2 on its own (غارتين، قتيلين); a singular next to a cue counts 1 (مقتل شخص).
          const implicit = implicitCount(tokens, t, s, e, lex);
          if (implicit === null) continue;
          ({ parsed, counted, needsCue } = implicit);
        } else if (isDatePart(tokens, parsed, t8)) {
          t = parsed.end - 1;
          continue;
        }
        const num = extendRange(tokens, parsed, s, e, lex);
        let start = num.opener ? num.start - 1 : num.start;
        const modifier = num.opener ? undefined : findPhraseEndingAt(tokens, start, s, lex.modifiers);
        if (modifier !== undefined) start -= modifier.phrase.length;
        const before = tokens[start - 1];
        if (start > s && before !== undefined && toTokenForms(before).some((f) => lex.notCountedBefore.has(f))) {
          t = Math.max(t, num.end - 1);
          continue;
        }
        counted ??= findCountedNoun(tokens, num.end, e, lex, sentence.language === 'en');
        if (counted === 'not-counted') {
          t = num.end - 1;
          continue;
        }
        let end = counted?.end ?? num.end;
        const cueB: { kind: QuantityKind; distance: number } | null =
          cueBefore(tokens, start, s, lex, CUE_WINDOW) ?? inheritedCue(tokens, previous, start);
        const cueA = cueAfter(tokens, end, e, lex, CUE_WINDOW);
        const kind = resolveKind(counted, cueB, cueA);
        if (kind === null || (needsCue && cueB === null && cueA === null)) {
          t = Math.max(t, num.end - 1);
          continue;
        }
        const q = { min: num.min as number | null, max: num.max, approximate: num.vague };
        applyModifier(modifier?.kind, q, num.scaled);
        const aboutAfter = findPhraseAt(tokens, end, e, lex.aboutAfter.map((phrase) => ({ phrase })));
        const atLeastAfter = findPhraseAt(tokens, end, e, lex.atLeastAfter.map((phrase) => ({ phrase })));
        if (aboutAfter !== undefined) {
          q.approximate = true;
          end += aboutAfter.phrase.length;
        } else if (atLeastAfter !== undefined && modifier === undefined) {
          q.max = null;
          end += atLeastAfter.phrase.length;
        }
        const first = tokens[start] ?? token;
        const last = tokens[end - 1] ?? token;
        const nounTokens = counted === null ? null : [tokens[counted.start], tokens[counted.end - 1]];
        out.push({
          kind, ...q,
          text: text.slice(first.span[0], last.span[1]),
          span: [first.span[0], last.span[1]],
          noun: nounTokens === null ? null : text.slice(nounTokens[0]?.span[0] ?? 0, nounTokens[1]?.span[1] ?? 0),
        });
        previous = { end, cue: cueB?.kind ?? cueA?.kind ?? null };
        t = end - 1;
      }
    }
    return out;
  };
}
