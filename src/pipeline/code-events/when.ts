import type { Analysis, EventDate, Quantity, Span, TimeExpression } from '../../types.js';
import { toTokenRange } from './candidates.js';

function within(span: Span, range: Span): boolean {
  return span[0] >= range[0] && span[1] <= range[1];
}

function tokenSpan(analysis: Analysis, range: [number, number]): Span {
  return [analysis.tokens[range[0]]?.span[0] ?? 0, analysis.tokens[range[1] - 1]?.span[1] ?? 0];
}

function toEventDate(t: TimeExpression, basis: EventDate['basis'] = t.basis): EventDate {
  return { value: t.value, end: t.end, precision: t.precision, text: t.text, basis };
}

function nearest<T extends { span: Span }>(items: T[], at: number): T | null {
  let best: T | null = null;
  for (const it of items) if (!best || Math.abs(it.span[0] - at) < Math.abs(best.span[0] - at)) best = it;
  return best;
}

const DASHES = new Set(['—', '–', '-', '--']);
const DATELINE_TOKENS = 16;

/** End offset of a dateline opening the sentence ("CITY, Country, date (Agency) —"), else -1. */
function datelineEnd(analysis: Analysis, sentenceIndex: number): number {
  const sentence = analysis.sentences[sentenceIndex];
  const previous = analysis.sentences[sentenceIndex - 1];
  if (!sentence || (previous && previous.paragraph === sentence.paragraph)) return -1;
  const [from, to] = sentence.tokens;
  for (let i = from + 1; i < Math.min(to - 1, from + DATELINE_TOKENS); i++) {
    const t = analysis.tokens[i];
    const text = analysis.article.text;
    // A spaced dash only: "Al-Shabaab", "pro-Hadi" and ranges are not datelines.
    if (t && DASHES.has(t.text) && /\s/.test(text[t.span[0] - 1] ?? '') && /\s/.test(text[t.span[1]] ?? '')) return t.span[0];
  }
  return -1;
}

/**
 * The event date: a time expression in the clause, else in the sentence, else an explicit date of an earlier
 * sentence of the same paragraph, else the publication date (precision day), else unknown with a reason.
 */
export function pickDate(
  analysis: Analysis,
  times: TimeExpression[],
  sentenceIndex: number,
  clause: [number, number],
  triggerStart: number,
): { date: EventDate; reason: string | null } {
  const lead = datelineEnd(analysis, sentenceIndex);
  // The dateline's date ("MISRATA, Libya, May 14, 2020 (Wire) —") dates the report, not the event.
  const dated = times.filter((t) => t.value !== null && !(t.span[1] <= lead));
  const inClause = dated.filter((t) => within(t.span, tokenSpan(analysis, clause)));
  const sentence = analysis.sentences[sentenceIndex];
  const inSentence = sentence ? dated.filter((t) => within(t.span, sentence.span)) : [];
  const hit = nearest(inClause, triggerStart) ?? nearest(inSentence, triggerStart);
  if (hit) return { date: toEventDate(hit), reason: null };
  if (sentence) {
    for (let k = sentenceIndex - 1; k >= 0; k--) {
      const prev = analysis.sentences[k];
      if (!prev || prev.paragraph !== sentence.paragraph) break;
      const explicit = dated.filter((t) => t.basis === 'explicit' && within(t.span, prev.span)).at(-1);
      if (explicit) return { date: toEventDate(explicit), reason: null };
    }
  }
  const published = analysis.article.published?.slice(0, 10) ?? null;
  if (published && /^\d{4}-\d{2}-\d{2}$/.test(published)) {
    return { date: { value: published, precision: 'day', basis: 'publication-date', text: null }, reason: 'no time expression near the event: publication date' };
  }
  return { date: { value: null, precision: 'unknown', basis: 'unknown', text: null }, reason: 'no time expression and no publication date' };
}

/** Quantities inside the clause (or, for counts of victims, the sentence when the clause has none). */
export function pickQuantities(analysis: Analysis, quantities: Quantity[], sentenceIndex: number, clause: [number, number], shareSentence: boolean): Quantity[] {
  const range = tokenSpan(analysis, clause);
  const own = quantities.filter((q) => within(q.span, range));
  if (own.length > 0 || !shareSentence) return own;
  const sentence = analysis.sentences[sentenceIndex];
  return sentence ? quantities.filter((q) => within(q.span, sentence.span) && (q.kind === 'killed' || q.kind === 'injured')) : [];
}

/** ACLED's reading of an unknown number of dead ("several", "a number of", عدة، عدد من): 10. */
export const UNKNOWN_FATALITIES = 10;

/**
 * An open-ended vague count below ten (several, a number of, numerous, عدة) is ACLED's "unknown number" of
 * fatalities, coded 10; bounded ones (a few, dozens = 12) and exact minima (at least 3) keep their minimum.
 */
function toAcledCount(q: Quantity): Quantity {
  if (!q.approximate || q.max !== null || q.min === null || q.min >= UNKNOWN_FATALITIES) return q;
  return { ...q, min: UNKNOWN_FATALITIES };
}

const DISJUNCTIONS = new Set(['or', 'او']);
const DISJUNCTION_WINDOW = 6;

/**
 * "3 PKK militants were killed, injured or captured": a count whose outcome is one of several alternatives
 * confirms no death, so it is not a killed count (ACLED codes 0).
 */
export function isUncertainOutcome(analysis: Analysis, q: Quantity): boolean {
  if (q.kind !== 'killed') return false;
  const { tokens } = analysis;
  const i = toTokenRange(analysis, q.span)[1];
  for (let k = i; k < Math.min(tokens.length, i + DISJUNCTION_WINDOW); k++) {
    const t = tokens[k];
    if (!t || ['.', '!', '?', '؟'].includes(t.text)) break;
    if (DISJUNCTIONS.has(t.norm)) return true;
  }
  return false;
}

/**
 * Fatalities by ACLED's conservative rule: the smallest reported minimum for one group; different counted
 * nouns (soldiers and civilians) add up. The maxima are kept as the range.
 */
export function toFatalities(
  quantities: Quantity[],
  isTotal: (noun: string) => boolean = () => false,
): { min: number | null; max: number | null } | null {
  const killed = quantities.filter((q) => q.kind === 'killed' && (q.min !== null || q.max !== null)).map(toAcledCount);
  if (killed.length === 0) return null;
  // A total ("six fatalities", قتلى) restates the groups: the most conservative total wins.
  const totals = killed.filter((q) => q.noun && isTotal(q.noun));
  if (totals.length > 0) {
    const min = Math.min(...totals.map((q) => q.min ?? q.max ?? 0));
    const maxes = totals.map((q) => q.max);
    return { min, max: maxes.some((m) => m === null) ? null : Math.max(...(maxes as number[])) };
  }
  const byNoun = new Map<string, Quantity[]>();
  for (const q of killed) {
    const key = q.noun ?? '';
    byNoun.set(key, [...(byNoun.get(key) ?? []), q]);
  }
  let min = 0;
  let max: number | null = 0;
  for (const group of byNoun.values()) {
    min += Math.min(...group.map((q) => q.min ?? q.max ?? 0));
    const maxes = group.map((q) => q.max);
    max = max === null || maxes.some((m) => m === null) ? null : max + Math.max(...(maxes as number[]));
  }
  return { min, max };
}
