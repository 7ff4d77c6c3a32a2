/** RFC 4180 CSV parsing (quoted fields with commas, quotes and newlines), enough for the ACLED files. */

/** Parses CSV text into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      rows.push(row); row = [];
    } else field += ch;
  }
  if (field.length > 0 || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

/** Returns one named column of a CSV with a header row, skipping empty values. */
export function readCsvColumn(text: string, column: string): string[] {
  const [header, ...rows] = parseCsv(text);
  const index = header?.indexOf(column) ?? -1;
  if (index < 0) throw new Error(`CSV has no column '${column}'`);
  return rows.map((r) => r[index] ?? '').filter((v) => v.trim().length > 0);
}
