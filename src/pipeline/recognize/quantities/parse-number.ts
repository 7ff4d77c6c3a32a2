import type { Token } from '../../../types.js';
import { procliticSplits } from '../../../text/index.js';
import type { NumberWords } from '../../../lexicon/language/quantity-lexicon.js';

/** A number read from tokens [start, end). */
export interface ParsedNumber {
  start: number;
  end: number;
  min: number;
  max: number | null;
  /** Vague amounts (عشرات، dozens) are approximate. */
  vague: boolean;
  /** True when a multiplier word or a decimal scaled it (1.5 مليون): "more than" then adds no unit. */
  scaled: boolean;
}

const JOINERS = new Set(['و', 'and', '-']);

/** Forms by folded word (bounded): they depend on the word only, and news text repeats words. */
const FORM_CACHE_LIMIT = 50_000;
const formCache = new Map<string, string[]>();

/** Number-word forms of a token: without proclitics but never definite (الخمسة refers back; ألف is not ال+ف). */
function wordForms(token: Token): string[] {
  if (token.kind !== 'word') return [token.norm];
  let forms = formCache.get(token.norm);
  if (forms === undefined) {
    if (formCache.size >= FORM_CACHE_LIMIT) formCache.clear();
    forms = Object.freeze(procliticSplits(token.norm).filter((s) => !s.definite).map((s) => s.stem)) as string[];
    formCache.set(token.norm, forms);
  }
  return forms;
}

function lookup(token: Token | undefined, map: Map<string, number>): number | undefined {
  if (token === undefined) return undefined;
  for (const f of wordForms(token)) {
    const v = map.get(f);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Reads a multiplier after a digit or number word (3 آلاف, 1.5 million), allowing the definite form (عشرات الآلاف). */
function multiplierAt(tokens: Token[], at: number, limit: number, words: NumberWords): number | undefined {
  const token = tokens[at];
  if (token === undefined || at >= limit) return undefined;
  const direct = lookup(token, words.multipliers);
  if (direct !== undefined) return direct;
  return token.norm.startsWith('ال') ? words.multipliers.get(token.norm.slice(2)) : undefined;
}

/** Parses number words from `at` (ثلاثة وعشرون، مئتان وخمسون، twenty-five, a hundred). */
function parseWords(tokens: Token[], at: number, limit: number, words: NumberWords): ParsedNumber | null {
  let total = 0;
  let current = 0;
  let j = at;
  let consumed = false;
  while (j < limit) {
    const token = tokens[j];
    if (token === undefined) break;
    const unit = lookup(token, words.units);
    if (unit !== undefined) {
      const isTeen = j + 1 < limit && lookup(tokens[j + 1], words.units) !== undefined && words.teen.has(tokens[j + 1]?.norm ?? '');
      if (!isTeen && wordForms(token).some((f) => words.compoundOnly.has(f))) break;
      current += unit;
      j += isTeen ? 2 : 1;
      if (isTeen) current += 10;
    } else if (lookup(token, words.tens) !== undefined) {
      current += lookup(token, words.tens) ?? 0;
      j++;
    } else if (lookup(token, words.hundreds) !== undefined) {
      const h = lookup(token, words.hundreds) ?? 0;
      current = h === 100 && current > 0 && current < 10 ? current * 100 : current + h;
      j++;
    } else if (lookup(token, words.multipliers) !== undefined) {
      const m = lookup(token, words.multipliers) ?? 1;
      total += (current === 0 ? 1 : current) * m;
      current = 0;
      j++;
    } else if (!consumed && words.article.has(token.norm) && multiplierAt(tokens, j + 1, limit, words) !== undefined) {
      current = 1;
      j++;
      continue;
    } else break;
    consumed = true;
    const next = tokens[j];
    if (next !== undefined && JOINERS.has(next.norm) && j + 1 < limit) {
      const after = tokens[j + 1];
      if (after !== undefined && (lookup(after, words.units) ?? lookup(after, words.tens) ?? lookup(after, words.hundreds)) !== undefined) j++;
    }
  }
  if (!consumed) return null;
  const value = total + current;
  return value > 0 ? { start: at, end: j, min: value, max: value, vague: false, scaled: total > 0 } : null;
}

/** Parses a digit token with an optional multiplier word (3 آلاف, 1.5 مليون, 2 million). */
function parseDigits(tokens: Token[], at: number, limit: number, words: NumberWords): ParsedNumber | null {
  const token = tokens[at];
  if (token?.kind !== 'number' || token.value === undefined) return null;
  const m = multiplierAt(tokens, at + 1, limit, words);
  const value = m === undefined ? token.value : token.value * m;
  const scaled = m !== undefined || !Number.isInteger(token.value);
  return { start: at, end: m === undefined ? at + 1 : at + 2, min: value, max: value, vague: false, scaled };
}

/** Parses a vague amount (عشرات، مئات الآلاف، عدد من، dozens of, several), scaled by a following multiplier. */
function parseVague(tokens: Token[], at: number, limit: number, words: NumberWords): ParsedNumber | null {
  const hit = words.vague.find((v) => v.phrase.every((w, k) => at + k < limit && wordForms(tokens[at + k] as Token).includes(w)));
  if (hit === undefined) return null;
  let end = at + hit.phrase.length;
  let { min, max } = hit;
  const m = multiplierAt(tokens, end, limit, words);
  if (m !== undefined) {
    min *= m;
    max = max === null ? null : (max + 1) * m - 1;
    end++;
  }
  return { start: at, end, min, max, vague: true, scaled: true };
}

/** Reads a number (digits, words or a vague amount) starting at token `at`, below `limit`. */
export function parseNumberAt(tokens: Token[], at: number, limit: number, words: NumberWords): ParsedNumber | null {
  return parseDigits(tokens, at, limit, words) ?? parseVague(tokens, at, limit, words) ?? parseWords(tokens, at, limit, words);
}
