import type { Candidate } from './candidate.js';

const overlaps = (a: Candidate, b: Candidate): boolean => a.start < b.end && b.start < a.end;
const isCore = (c: Candidate): boolean => c.source === 'model' && (c.type === 'PER' || c.type === 'ORG' || c.type === 'LOC');
const isInside = (inner: Candidate, outer: Candidate): boolean => inner.start >= outer.start && inner.end <= outer.end;

/**
 * Merges model and pattern candidates. The model wins for PER/ORG/LOC (a NORP or a pattern PER overlapping one is
 * dropped, except a NORP closing an ORG, which is kept nested; a TITLE is cut short before it, `tokenEnd` giving the new end); patterns win for TITLE/NORP over model MISC.
 */
export function mergeCandidates(model: Candidate[], patterns: Candidate[], tokenEnd: (index: number) => number): Candidate[] {
  const core = model.filter(isCore);
  const kept: Candidate[] = [...core];
  const patternKept: Candidate[] = [];
  for (const p of patterns) {
    const clash = core.filter((m) => overlaps(m, p));
    const nested = p.type === 'NORP' && clash.length > 0 && clash.every((m) => m.type === 'ORG' && isInside(p, m) && m.start < p.start);
    if (nested) {
      // الجيش الأمريكي: the ORG stays, the NORP inside it stays too and lends the ORG its country.
      for (const m of clash) if (m.country === undefined) m.country = p.country ?? null;
      patternKept.push(p);
      continue;
    }
    if (clash.length === 0) {
      patternKept.push(p);
      continue;
    }
    if (p.type !== 'TITLE') continue;
    const first = Math.min(...clash.map((m) => m.from));
    if (first > p.from) patternKept.push({ ...p, to: first, end: tokenEnd(first - 1) });
  }
  kept.push(...patternKept);
  for (const m of model) {
    if (isCore(m)) continue;
    if (!patternKept.some((p) => overlaps(p, m))) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
