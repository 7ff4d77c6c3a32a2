import type { MarsadEvent } from '../../types.js';
import type { EvalReport, FieldScore } from './types.js';

/** Accumulates field scores and a confusion table. */
export function createScorer(): {
  add(field: string, ok: boolean | null): void;
  confuse(gold: string, predicted: string): void;
  fields(): Record<string, FieldScore>;
  confusion: EvalReport['confusion'];
} {
  const counts = new Map<string, { correct: number; total: number }>();
  const confusion: EvalReport['confusion'] = {};
  return {
    add(field, ok) {
      if (ok === null) return;
      const c = counts.get(field) ?? { correct: 0, total: 0 };
      c.total++;
      if (ok) c.correct++;
      counts.set(field, c);
    },
    confuse(gold, predicted) {
      const row = (confusion[gold] ??= {});
      row[predicted] = (row[predicted] ?? 0) + 1;
    },
    fields() {
      const out: Record<string, FieldScore> = {};
      for (const [k, c] of counts) out[k] = { ...c, accuracy: c.total === 0 ? 0 : Math.round((c.correct / c.total) * 1000) / 1000 };
      return out;
    },
    confusion,
  };
}

export const PICK_RULE =
  'per gold record, the asserted event (else a reported claim; for PLOVER else any non-negated event) whose ' +
  'trigger comes first in the first sentence that has one (ACLED: among ACLED-coded events first); the gold ' +
  'label is never consulted';

/** The predicted event compared with a gold record (see PICK_RULE). */
export function pickEvent(events: MarsadEvent[], preferAcled: boolean): MarsadEvent | null {
  const asserted = events.filter((e) => (e.modality ?? 'asserted') === 'asserted');
  const claims = events.filter((e) => e.modality === 'reported-claim');
  // ACLED codes what happened (claims included); PLOVER also codes stated intentions and threats.
  const tiers = preferAcled
    ? [asserted.filter((e) => e.acled), claims.filter((e) => e.acled), asserted, claims]
    : [asserted, claims, events.filter((e) => e.modality !== 'negated')];
  const pool = tiers.find((t) => t.length > 0) ?? [];
  if (pool.length === 0) return null;
  const firstSentence = Math.min(...pool.map((e) => e.evidence.span[0]));
  const first = pool.filter((e) => e.evidence.span[0] === firstSentence);
  return [...first].sort((a, b) => (a.evidence.trigger?.span[0] ?? 0) - (b.evidence.trigger?.span[0] ?? 0))[0] ?? null;
}

/** Great-circle distance in km. */
export function toKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? null) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}
