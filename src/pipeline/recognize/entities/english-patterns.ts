import type { Token } from '../../../types.js';
import type { Candidate } from './candidate.js';
import type { EntityLexicon } from './lexicon.js';

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'van', 'von', 'da', 'la', '-']);
const SKIP_IN_COMPLEMENT = new Set(['the', 'of', 'for', 'and', "'s"]);

const isCapitalised = (t: Token | undefined): boolean => t !== undefined && t.kind === 'latin' && /^[A-Z]/.test(t.text);

/** Token index whose span ends at `end`, searching from `from`; -1 if the phrase ends inside a token. */
function tokenEndingAt(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from; k < tokens.length; k++) {
    const s = (tokens[k] as Token).span;
    if (s[1] === end) return k;
    if (s[1] > end) return -1;
  }
  return -1;
}

function isBoundary(text: string, at: number): boolean {
  const c = text[at];
  return c === undefined || !/[A-Za-z0-9]/.test(c);
}

/** Run of capitalised words (particles and hyphens allowed inside) starting at i: the end index, or i. */
function nameRun(tokens: readonly Token[], i: number): number {
  if (!isCapitalised(tokens[i])) return i;
  let j = i + 1;
  while (j < tokens.length && j - i < 6) {
    const t = tokens[j] as Token;
    if (isCapitalised(t)) j++;
    else if (PARTICLES.has(t.text.toLowerCase()) && isCapitalised(tokens[j + 1])) j += 2;
    else break;
  }
  return j;
}

/** TITLE, NORP and title-led PER candidates in one English sentence. */
export function findEnglishPatterns(lex: EntityLexicon, text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; ) {
    const tok = tokens[i] as Token;
    if (tok.kind !== 'latin') {
      i++;
      continue;
    }
    const start = tok.span[0];
    let matched = false;
    for (let k = Math.min(lex.demonymMaxWords, 3); k >= 1 && !matched; k--) {
      const last = tokens[i + k - 1];
      if (!last) continue;
      const hit = lex.demonyms.get(text.slice(start, last.span[1]));
      if (hit) {
        out.push({ type: 'NORP', from: i, to: i + k, start, end: last.span[1], source: 'pattern', country: hit.country });
        i += k;
        matched = true;
      }
    }
    if (matched) continue;
    const lower = text.slice(start, start + 40).toLowerCase();
    for (const entry of lex.enTitles) {
      if (!lower.startsWith(entry.text) || !isBoundary(text, start + entry.text.length)) continue;
      const lastTok = tokenEndingAt(tokens, i, start + entry.text.length);
      if (lastTok < 0) continue;
      out.push({ type: 'TITLE', from: i, to: lastTok + 1, start, end: start + entry.text.length, source: 'pattern' });
      let j = lastTok + 1;
      if (entry.complement) {
        while (j < tokens.length && (isCapitalised(tokens[j]) || SKIP_IN_COMPLEMENT.has((tokens[j] as Token).text.toLowerCase()))) j++;
        if (tokens[j]?.text !== ',') j = -1;
        else j++;
      }
      const end = j >= 0 ? nameRun(tokens, j) : -1;
      if (j >= 0 && end > j) {
        out.push({ type: 'PER', from: j, to: end, start: (tokens[j] as Token).span[0], end: (tokens[end - 1] as Token).span[1], source: 'pattern' });
        i = end;
      } else i = lastTok + 1;
      matched = true;
      break;
    }
    if (!matched) i++;
  }
  return out;
}
