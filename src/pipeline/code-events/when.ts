import type { Analysis, EventDate, Quantity, Span, TimeExpression } from '../../types.js';

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
  const dated = times.filter((t) => t.value !== null);
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

/**
 * Fatalities by ACLED's conservative rule: the smallest reported minimum for one group; different counted
 * nouns (soldiers and civilians) add up. The maxima are kept as the range.
 */
export function toFatalities(
  quantities: Quantity[],
  isTotal: (noun: string) => boolean = () => false,
): { min: number | null; max: number | null } | null {
  const killed = quantities.filter((q) => q.kind === 'killed' && (q.min !== null || q.max !== null));
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
