import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';
import { MarsadError } from '../../errors.js';
import { findCompiledValue } from './compiled-yaml.js';

/**
 * Parses a YAML data file and validates it with a schema. Any problem throws
 * MarsadError('E_DATA') naming the file and the line of the offending entry.
 */
export function readYamlFile<T>(path: string, schema: z.ZodType<T>): T {
  const source = readFileSync(path, 'utf8');
  const compiled = findCompiledValue(path, source);
  if (compiled !== undefined) {
    const quick = schema.safeParse(compiled);
    if (quick.success) return quick.data;
    // Invalid: parse the YAML below to name the offending line.
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line ?? 0;
    throw new MarsadError('E_DATA', `${path}:${line}: invalid YAML: ${first.message.split('\n')[0] ?? ''}`, { origin: path });
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path0 = (issue?.path ?? []).map((p) => (typeof p === 'symbol' ? String(p) : p));
  let line = 1;
  for (let depth = path0.length; depth >= 0; depth--) {
    const node: unknown = doc.getIn(path0.slice(0, depth), true);
    if (isNode(node) && node.range) {
      line = lines.linePos(node.range[0]).line;
      break;
    }
  }
  const where = path0.length > 0 ? ` (at ${path0.join('.')})` : '';
  throw new MarsadError('E_DATA', `${path}:${line}: ${issue?.message ?? 'invalid entry'}${where}`, { origin: path });
}

/**
 * The plain value of a YAML data file (committed files through the compiled cache, see compiled-yaml.ts).
 * Invalid YAML throws MarsadError('E_DATA') naming the file and line.
 */
export function readYamlValue(path: string): unknown {
  const source = readFileSync(path, 'utf8');
  const compiled = findCompiledValue(path, source);
  return compiled !== undefined ? compiled : parseYamlSource(source, path);
}

/** Parses YAML text (duplicate keys refused) into a plain value; errors name the file and line. */
export function parseYamlSource(source: string, path: string): unknown {
  const doc = parseDocument(source, { uniqueKeys: true, lineCounter: new LineCounter() });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line ?? 0;
    throw new MarsadError('E_DATA', `${path}:${line}: invalid YAML: ${first.message.split('\n')[0] ?? ''}`, { origin: path });
  }
  return doc.toJS() ?? {};
}

/** Parses a TSV file with a header row into records; blank lines and `#` lines are skipped. Line numbers are kept. */
export function readTsvFile(path: string): Array<{ line: number; row: Record<string, string> }> {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  let header: string[] | null = null;
  const out: Array<{ line: number; row: Record<string, string> }> = [];
  lines.forEach((raw, i) => {
    if (raw.trim().length === 0 || raw.startsWith('#')) return;
    const cols = raw.split('\t').map((c) => c.trim());
    if (!header) {
      header = cols;
      return;
    }
    const row: Record<string, string> = {};
    header.forEach((h, k) => {
      row[h] = cols[k] ?? '';
    });
    out.push({ line: i + 1, row });
  });
  return out;
}

/** The user data directory: the option, else MARSAD_DATA_DIR, else none. */
export function resolveUserDir(userDir?: string): string | null {
  const dir = userDir ?? process.env['MARSAD_DATA_DIR'];
  return dir && dir.length > 0 ? dir : null;
}

/** Files in `<dir>/<sub>` with one of the extensions, sorted by name (layering order is the file order). */
export function listDataFiles(dir: string | null, sub: string, extensions: string[]): string[] {
  if (!dir) return [];
  const folder = join(dir, sub);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => extensions.some((e) => f.endsWith(e)))
    .sort()
    .map((f) => join(folder, f));
}
