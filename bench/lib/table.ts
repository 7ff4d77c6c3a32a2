/** Plain-text table for terminal output. */
export interface Row {
  metric: string;
  value: string;
  target?: string;
  note?: string;
}

/** Renders rows as an aligned four-column table. */
export function toTable(rows: readonly Row[]): string {
  const header: Row = { metric: 'metric', value: 'value', target: 'target', note: 'note' };
  const all = [header, ...rows];
  const width = (pick: (r: Row) => string): number => Math.max(...all.map((r) => pick(r).length));
  const w1 = width((r) => r.metric);
  const w2 = width((r) => r.value);
  const w3 = width((r) => r.target ?? '');
  const line = (r: Row): string =>
    `${r.metric.padEnd(w1)}  ${r.value.padStart(w2)}  ${(r.target ?? '').padEnd(w3)}  ${r.note ?? ''}`.trimEnd();
  const rule = '-'.repeat(w1 + w2 + w3 + 6 + 20);
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** Formats a number with thousands separators and fixed decimals; 'n/a' when missing. */
export function toFixedText(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
