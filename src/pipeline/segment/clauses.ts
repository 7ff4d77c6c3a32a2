import type { Language, Token } from '../../types.js';
import type { SegmentLexicon } from '../../lexicon/language/segment-lexicon.js';

const IMPERFECT = new Set(['ي', 'ت', 'ن']);

function matchesPhrase(tokens: Token[], at: number, to: number, phrase: string[]): boolean {
  if (at + phrase.length > to) return false;
  for (let k = 0; k < phrase.length; k++) if (tokens[at + k]?.norm !== phrase[k]) return false;
  return true;
}

function startsPhrase(tokens: Token[], at: number, to: number, phrases: string[][]): boolean {
  for (const p of phrases) if (matchesPhrase(tokens, at, to, p)) return true;
  return false;
}


/** و + a verb-like remainder: not definite, not a noun of the form م…, not a plural or feminine noun, not listed. */
function isWawVerb(token: Token, lexicon: SegmentLexicon): boolean {
  if (token.kind !== 'word' || !token.norm.startsWith('و') || token.norm.length < 4) return false;
  const rest = token.norm.slice(1);
  if (rest.length > 7 || rest.startsWith('ال') || lexicon.notVerbs.has(rest)) return false;
  if (rest.startsWith('م') && rest.length >= 5) return false;
  if (token.text.includes('ة')) return false; // verbs never carry taa marbuta
  const plural = rest.endsWith('ات') || rest.endsWith('ين') || rest.endsWith('ون');
  return !(plural && !IMPERFECT.has(rest[0] ?? ''));
}

function isEnglishVerb(token: Token, lexicon: SegmentLexicon): boolean {
  return lexicon.verbs.has(token.norm) || (token.norm.length > 4 && token.norm.endsWith('ed'));
}

/** English "and" opens a clause when a non-verb (the subject) follows and a verb comes within five words. */
function opensSubjectClause(tokens: Token[], at: number, to: number, lexicon: SegmentLexicon): boolean {
  const first = tokens[at + 1];
  if (first === undefined || at + 1 >= to || first.kind === 'punct' || isEnglishVerb(first, lexicon)) return false;
  for (let k = at + 2; k < Math.min(to, at + 7); k++) {
    const token = tokens[k];
    if (token === undefined || token.kind === 'punct') return false;
    if (isEnglishVerb(token, lexicon)) return true;
  }
  return false;
}

/** Token indices in (from, to) where a coordinated clause starts. */
function clauseStarts(tokens: Token[], from: number, to: number, language: Language, lexicon: SegmentLexicon): number[] {
  const starts: number[] = [];
  for (let t = from + 1; t < to; t++) {
    const token = tokens[t];
    if (token === undefined) continue;
    const before = tokens[t - 1];
    const afterBreak = before !== undefined && (before.norm === ',' || before.norm === ';');
    let opens = false;
    if (afterBreak) {
      opens = startsPhrase(tokens, t, to, lexicon.clauseAfterComma);
      if (!opens && language === 'ar') opens = isWawVerb(token, lexicon);
      if (!opens && language === 'en' && lexicon.clauseIfSubject.has(token.norm)) {
        opens = opensSubjectClause(tokens, t, to, lexicon);
      }
    } else if (t > from + 1 && lexicon.clauseAlwaysFirst.has(token.norm, 0)) {
      opens = startsPhrase(tokens, t, to, lexicon.clauseAlways);
    }
    if (opens && t < to - 1) starts.push(t);
  }
  return starts;
}

/** Clause ranges covering the sentence [from, to): the splitting comma stays with the clause before it. */
export function splitClauses(
  tokens: Token[],
  from: number,
  to: number,
  language: Language,
  lexicon: SegmentLexicon,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  for (const s of clauseStarts(tokens, from, to, language, lexicon)) {
    if (s > start) out.push([start, s]);
    start = s;
  }
  out.push([start, to]);
  return out;
}
