import type { Token } from '../../../types.js';
import type { TitleHit } from './arabic-patterns.js';
import type { Candidate } from './candidate.js';
import type { EntityLexicon } from './lexicon.js';
import type { WordReading } from './arabic-word.js';
import type { WordFacts } from './word-facts.js';

const NAME_CLASSES = ['PF', 'PL'];
/** Gazetteer class of a one-word place name (LOCb/LOCe, words of longer names, say little). */
const PLACE_CLASSES = ['LOC'];
/** How far past a title's complement (المتحدث باسم غرفة عمليات …) a name may start. */
const MAX_COMPLEMENT_WORDS = 6;
const MAX_NAME_WORDS = 4;

const isListedName = (f: WordFacts): boolean => NAME_CLASSES.some((c) => f.name().classes.has(c));

/**
 * How a word can serve in a name: 'no' (punctuation, number, listed stop, a proclitic glued to a known word, a word
 * the model knows and does not lean towards a person, a listed place the model does not see as a person); 'weak'
 * (a listed first or last name the model reads as an ordinary word, like علي or جمال); 'strong' otherwise, which
 * includes every word the model never saw (السراج, أيرولت).
 */
export function toNameWordKind(f: WordFacts): 'no' | 'weak' | 'strong' {
  if (f.readings.length === 0 || f.nameOffset > 0) return 'no';
  const name = f.name();
  if (name.stop || name.suffixed) return 'no';
  const listed = isListedName(f);
  const prior = name.personPrior;
  if (name.known && prior <= 0) return listed ? 'weak' : 'no';
  if (!listed && prior <= 0 && PLACE_CLASSES.some((c) => name.classes.has(c))) return 'no';
  return 'strong';
}

/** The sentence material the person rules read. */
export interface SentenceParts {
  tokens: readonly Token[];
  facts: readonly WordFacts[];
  /** Model chunks; a PER among them may be widened to the left. */
  model: Candidate[];
  norps: readonly Candidate[];
  titles: readonly TitleHit[];
}

const covering = (cs: readonly Candidate[], i: number): Candidate | undefined => cs.find((c) => c.from <= i && i < c.to);

/** A word that clearly opens a name: a listed first name, or one the model reads as a person. */
const opensName = (f: WordFacts): boolean => toNameWordKind(f) !== 'no' && (f.name().classes.has('PF') || f.name().personPrior > 0);

/**
 * PER candidates right after titles: one to four name words (see toNameWordKind), the first of which clearly opens a
 * name (a listed first name or a word the model leans to read as a person: الفريق استعدادا is no name), at least one
 * strong, none inside a model chunk. A title that names whom it speaks for (المتحدث باسم الجيش) first skips that
 * body: a model chunk and nisba adjectives, or up to six words that are no stops until a word that opens a name.
 * A run that reaches a model PER (علي + model زيدان) widens that PER instead.
 */
export function findPersonsAfterTitles(s: SentenceParts): Candidate[] {
  const { tokens, facts, model, norps, titles } = s;
  const out: Candidate[] = [];
  const startsTitle = (i: number): boolean => titles.some((t) => t.title.from === i);
  for (const h of titles) {
    let j = h.next;
    if (h.entry.complement) {
      const chunk = model.find((c) => c.from === j && c.type !== 'PER');
      if (chunk) j = chunk.to;
      for (let n = norps.find((c) => c.from === j); n; n = norps.find((c) => c.from === j)) j = n.to;
      let k = j;
      while (k < tokens.length && k - j < MAX_COMPLEMENT_WORDS && !opensName(facts[k] as WordFacts)) {
        const chunkAt = covering(model, k);
        if (chunkAt?.type === 'PER' || (!chunkAt && (facts[k] as WordFacts).name().stop) || startsTitle(k)) break;
        k = chunkAt ? chunkAt.to : k + 1;
      }
      if (k < tokens.length && opensName(facts[k] as WordFacts)) j = k;
      else if (j < tokens.length && !opensName(facts[j] as WordFacts)) continue;
    }
    if (j >= tokens.length || covering(model, j) || startsTitle(j)) continue;
    const first = facts[j] as WordFacts;
    // A name right after a title rarely starts with ال unless it is a listed name (الرئيس الأسد); ordinals and
    // adjectives do (الملك الخامس, القائد الحقيقي).
    if (!opensName(first) || (first.readings[0]?.form.startsWith('ال') && !isListedName(first))) continue;
    let end = j;
    let strong = 0;
    while (end < tokens.length && end - j < MAX_NAME_WORDS) {
      if (end > j && (covering(model, end) || startsTitle(end))) break;
      const kind = toNameWordKind(facts[end] as WordFacts);
      if (kind === 'no') break;
      if (kind === 'strong') strong++;
      end++;
    }
    const person = end > j && end < tokens.length ? covering(model, end) : undefined;
    if (person?.type === 'PER' && person.from === end) {
      person.from = j;
      person.start = (tokens[j] as Token).span[0];
      continue;
    }
    if (end === j || strong === 0) continue;
    out.push({ type: 'PER', from: j, to: end, start: (tokens[j] as Token).span[0], end: (tokens[end - 1] as Token).span[1], source: 'pattern' });
  }
  return out;
}

/** A sentence's tokens, facts and final candidates, for the document-level pass. */
export interface SentenceCandidates {
  tokens: readonly Token[];
  facts: readonly WordFacts[];
  candidates: Candidate[];
}

/**
 * Document-level name memory: the last word of every PER of two or more words (فائز السراج → السراج), when it is
 * no ordinary word, nisba or place, makes any uncovered occurrence of that word elsewhere in the document a PER
 * (proclitics left outside: والسراج → السراج). Adds to each sentence's candidates in place.
 */
export function addRememberedSurnames(lex: EntityLexicon, sentences: readonly SentenceCandidates[]): void {
  const surnames = new Set<string>();
  for (const s of sentences) {
    for (const c of s.candidates) {
      if (c.type !== 'PER' || c.to - c.from < 2) continue;
      const last = s.facts[c.to - 1] as WordFacts;
      const r = last.readings[0];
      if (!r || r.bare.length < 3 || last.name().stop || lex.nisba.has(r.bare) || toNameWordKind(last) !== 'strong') continue;
      if (!isListedName(last) && PLACE_CLASSES.some((k) => last.name().classes.has(k))) continue;
      surnames.add(r.form);
    }
  }
  if (surnames.size === 0) return;
  for (const s of sentences) {
    const added: Candidate[] = [];
    for (let i = 0; i < s.tokens.length; i++) {
      let r: WordReading | undefined;
      for (const x of (s.facts[i] as WordFacts).readings) {
        if (surnames.has(x.form)) {
          r = x;
          break;
        }
      }
      if (!r) continue;
      const token = s.tokens[i] as Token;
      const start = token.span[0] + r.offset;
      if (s.candidates.some((c) => c.start < token.span[1] && start < c.end)) continue;
      added.push({ type: 'PER', from: i, to: i + 1, start, end: token.span[1], source: 'pattern' });
    }
    if (added.length > 0) {
      s.candidates.push(...added);
      s.candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    }
  }
}
