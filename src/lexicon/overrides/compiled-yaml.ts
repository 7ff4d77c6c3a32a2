import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { dataPath } from '../paths.js';

/**
 * Committed YAML data files, parsed ahead of time into one JSON file (`npx tsx scripts/gazetteer/compile-yaml.ts`):
 * parsing YAML costs ~100 ms per start-up for sites.yaml alone, JSON a millisecond. The YAML stays the source
 * of truth: an entry is used only when the SHA-1 of the file's current text matches, else the YAML is parsed.
 */
export interface CompiledYaml {
  version: 1;
  files: Record<string, { sha1: string; value: unknown }>;
}

export const COMPILED_YAML_PATH = dataPath('compiled', 'yaml.json');

/** Folders under data/ whose `*.yaml` files are compiled (read at every start-up). */
export const COMPILED_YAML_DIRS = ['actors', 'gazetteer', 'places'];

let compiled: CompiledYaml | null | undefined;

/** SHA-1 (hex) of a data file's text. */
export function toSourceHash(source: string): string {
  return createHash('sha1').update(source).digest('hex');
}

/** The key of a data file in the compiled file: its path under data/, with `/`. */
export function toCompiledKey(path: string): string | null {
  const rel = relative(dataPath(), path);
  if (rel.startsWith('..') || rel.length === 0) return null;
  return rel.split(sep).join('/');
}

/** The compiled value of a committed data file whose text is `source`, or undefined (absent or stale). */
export function findCompiledValue(path: string, source: string): unknown {
  const key = toCompiledKey(path);
  if (key === null) return undefined;
  if (compiled === undefined) {
    compiled = existsSync(COMPILED_YAML_PATH) ? (JSON.parse(readFileSync(COMPILED_YAML_PATH, 'utf8')) as CompiledYaml) : null;
  }
  const entry = compiled?.files[key];
  if (!entry || entry.sha1 !== toSourceHash(source)) return undefined;
  return entry.value;
}
