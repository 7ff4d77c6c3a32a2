import type { EvalReport } from './types.js';

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

/** Renders a report as a field table plus the event-type confusion table (gold rows, predicted columns). */
export function formatEvalReport(r: EvalReport): string {
  const lines: string[] = [];
  lines.push(`${r.kind} evaluation: ${r.source}`);
  lines.push(`records ${r.records}, no usable event ${r.missed}`);
  lines.push('');
  lines.push(`${pad('field', 26)}${pad('correct', 9)}${pad('total', 8)}accuracy`);
  for (const [k, f] of Object.entries(r.fields)) lines.push(`${pad(k, 26)}${pad(String(f.correct), 9)}${pad(String(f.total), 8)}${f.accuracy.toFixed(3)}`);
  for (const [k, v] of Object.entries(r.extra)) lines.push(`${pad(k, 26)}${v === null ? '-' : Number.isInteger(v) ? v : v.toFixed(1)}`);
  const golds = Object.keys(r.confusion).sort();
  const preds = [...new Set(golds.flatMap((g) => Object.keys(r.confusion[g] ?? {})))].sort();
  if (golds.length > 0) {
    const w = Math.max(12, ...golds.map((g) => g.length + 2));
    const cw = (p: string): number => Math.max(6, Math.min(p.length, 14) + 2);
    lines.push('');
    lines.push('confusion (rows gold, columns predicted)');
    lines.push(pad('', w) + preds.map((p) => pad(p.slice(0, 14), cw(p))).join(''));
    for (const g of golds) lines.push(pad(g, w) + preds.map((p) => pad(String(r.confusion[g]?.[p] ?? 0), cw(p))).join(''));
  }
  lines.push('');
  lines.push(`rule: ${r.rule}`);
  return lines.join('\n');
}
