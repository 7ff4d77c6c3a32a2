/** Pure span arithmetic for highlighting: no DOM, so it is unit-tested under Node. */

export type HighlightKind = 'evidence' | 'trigger' | 'actor' | 'recipient' | 'place' | 'date' | 'quantity' | 'attribution';

export interface Mark {
  kind: HighlightKind;
  span: [number, number];
  /** Label shown as a tooltip, e.g. the canonical actor name. */
  label?: string;
}

export interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

/**
 * Cuts `[0, length)` at every mark boundary; each piece lists the marks covering it (outermost first).
 * Marks outside the text or empty are dropped, so bad offsets can never throw or misplace text.
 */
export function toSegments(length: number, marks: readonly Mark[]): Segment[] {
  const valid = marks.filter((m) => Number.isInteger(m.span[0]) && Number.isInteger(m.span[1])
    && m.span[0] >= 0 && m.span[1] <= length && m.span[0] < m.span[1]);
  const cuts = new Set<number>([0, length]);
  for (const m of valid) {
    cuts.add(m.span[0]);
    cuts.add(m.span[1]);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (start === end) continue;
    const covering = valid
      .filter((m) => m.span[0] <= start && m.span[1] >= end)
      .sort((a, b) => (b.span[1] - b.span[0]) - (a.span[1] - a.span[0]));
    segments.push({ start, end, marks: covering });
  }
  return segments;
}

interface Spanned { text: string; span?: [number, number] | undefined }
interface EventLike {
  evidence: { text: string; span: [number, number]; trigger?: Spanned | null };
  actors: Array<Spanned & { name?: string }>;
  recipients: Array<Spanned & { name?: string }>;
  location: (Spanned & { name?: string }) | null;
  date: { text?: string | null; value: string | null };
  quantities: Array<Spanned & { kind?: string }>;
  attribution: Array<Spanned & { name?: string | null }>;
}

/** The date carries no span: find its text inside the evidence sentence (first occurrence). */
export function findDateSpan(text: string, event: EventLike): [number, number] | null {
  const dateText = event.date.text;
  if (!dateText) return null;
  const [s, e] = event.evidence.span;
  const at = text.slice(s, e).indexOf(dateText);
  return at < 0 ? null : [s + at, s + at + dateText.length];
}

/** All highlight marks of one event in its document text. */
export function toEventMarks(text: string, event: EventLike): Mark[] {
  const marks: Mark[] = [{ kind: 'evidence', span: event.evidence.span }];
  const add = (kind: HighlightKind, item: Spanned | null | undefined, label?: string | null) => {
    if (item?.span) marks.push(label ? { kind, span: item.span, label } : { kind, span: item.span });
  };
  add('trigger', event.evidence.trigger);
  for (const a of event.actors) add('actor', a, a.name);
  for (const r of event.recipients) add('recipient', r, r.name);
  add('place', event.location, event.location?.name);
  for (const q of event.quantities) add('quantity', q, q.kind);
  for (const a of event.attribution) add('attribution', a, a.name);
  const date = findDateSpan(text, event);
  if (date) marks.push(event.date.value ? { kind: 'date', span: date, label: event.date.value } : { kind: 'date', span: date });
  return marks;
}
