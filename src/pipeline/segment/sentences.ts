import type { Token } from '../../types.js';
import type { SegmentLexicon } from '../../lexicon/language/segment-lexicon.js';

const TERMINAL = new Set(['.', '!', '?', ';', '\u06d4']);
const CLOSERS = new Set([')', ']', '}', '"', "'"]);

/** Context the sentence splitter needs beyond the tokens. */
export interface SentenceContext {
  tokens: Token[];
  original: string;
  lexicons: { ar: SegmentLexicon; en: SegmentLexicon };
}

function isAbbreviationDot(ctx: SentenceContext, dot: number, from: number, to: number): boolean {
  const { tokens, lexicons } = ctx;
  const prev = tokens[dot - 1];
  const dotToken = tokens[dot];
  if (prev === undefined || dotToken === undefined || dot - 1 < from) return false;
  if (dot + 1 >= to) return false; // the paragraph ends here: a real full stop
  if (prev.span[1] !== dotToken.span[0]) return false;
  if (prev.kind === 'number') {
    // "1." opening a numbered paragraph.
    return dot - 1 === from;
  }
  const before = tokens[dot - 2];
  const afterNumber = before !== undefined && dot - 2 >= from && before.kind === 'number';
  if (prev.norm.length === 1 && !afterNumber) return true; // initials: د. أ. W.
  return lexicons.ar.abbreviations.has(prev.norm) || lexicons.en.abbreviations.has(prev.norm);
}

/**
 * A dot glued to a following Latin word or digit is inside a name or URL (aljazeera.net); a dot glued on both sides
 * to short Arabic words is inside an initialism or domain (بي.بي.سي، العربية.نت). "المدينة.وقال" still splits.
 */
function isGluedDot(ctx: SentenceContext, dot: number): boolean {
  const dotToken = ctx.tokens[dot];
  const next = ctx.tokens[dot + 1];
  const prev = ctx.tokens[dot - 1];
  if (dotToken === undefined || next === undefined || dotToken.span[1] !== next.span[0]) return false;
  if (next.kind === 'latin' || next.kind === 'number') return true;
  return next.kind === 'word' && prev?.kind === 'word' && prev.span[1] === dotToken.span[0] &&
    (prev.norm.length <= 2 || next.norm.length <= 2);
}

/**
 * Splits the tokens [from, to) of one paragraph into sentences at . ! ? ; ؟ (closing quotes and brackets
 * stay with the sentence they close), not at abbreviations, initials, numbered-list dots or glued dots.
 */
export function splitSentences(ctx: SentenceContext, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  for (let t = from; t < to; t++) {
    const token = ctx.tokens[t];
    if (token === undefined || token.kind !== 'punct' || !TERMINAL.has(token.norm)) continue;
    if (token.norm === '.' && (isAbbreviationDot(ctx, t, from, to) || isGluedDot(ctx, t))) continue;
    let end = t + 1;
    while (end < to) {
      const next = ctx.tokens[end];
      if (next === undefined || next.kind !== 'punct') break;
      if (TERMINAL.has(next.norm)) end++;
      else if (CLOSERS.has(next.norm) && isClosing(ctx, end)) end++;
      else break;
    }
    out.push([start, end]);
    start = end;
    t = end - 1;
  }
  if (start < to) out.push([start, to]);
  return out;
}

/** A quote is closing when it is written as a closer (» ” ’) or is followed by space, a line end or more punctuation. */
function isClosing(ctx: SentenceContext, index: number): boolean {
  const token = ctx.tokens[index];
  if (token === undefined) return false;
  const surface = token.text;
  if (surface === '»' || surface === '”' || surface === '’' || surface === ')' || surface === ']' || surface === '}') return true;
  if (surface === '«' || surface === '“' || surface === '‘' || surface === '(') return false;
  const after = ctx.original.charCodeAt(token.span[1]);
  return Number.isNaN(after) || after === 0x20 || after === 0x0a || after === 0x0d || after === 0x09;
}
