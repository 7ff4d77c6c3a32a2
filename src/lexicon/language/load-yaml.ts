import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { MarsadError } from '../../errors.js';
import type { Language } from '../../types.js';
import { dataPath } from '../paths.js';

/** Where language data comes from: the committed base, then each override directory in order. */
export interface LanguageDataOptions {
  /**
   * Extra directories laid over `data/lexicon` (project, then user). A file `<dir>/<lang>/<name>` adds to
   * the base lists; a key `remove:` inside it lists entries to drop from the merged result.
   */
  overrideDirs?: string[];
}

type Doc = Record<string, unknown>;

function readYaml(path: string): Doc {
  let parsed: unknown;
  try {
    parsed = parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new MarsadError('E_DATA', `cannot read language data ${path}`, { cause, origin: path });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new MarsadError('E_DATA', `language data ${path} is not a YAML mapping`, { origin: path });
  }
  return parsed as Doc;
}

/** Merges `over` into `base`: lists are appended, mappings merged key by key, scalars replaced. */
function mergeDocs(base: Doc, over: Doc): Doc {
  const out: Doc = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (key === 'remove') continue;
    const prev = out[key];
    if (Array.isArray(prev) && Array.isArray(value)) out[key] = [...prev, ...value];
    else if (isDoc(prev) && isDoc(value)) out[key] = mergeDocs(prev, value);
    else out[key] = value;
  }
  const remove = over['remove'];
  if (isDoc(remove)) {
    for (const [key, drop] of Object.entries(remove)) {
      const prev = out[key];
      if (Array.isArray(prev) && Array.isArray(drop)) out[key] = prev.filter((v) => !drop.includes(v));
      else if (isDoc(prev) && Array.isArray(drop)) {
        const kept = { ...prev };
        for (const k of drop) if (typeof k === 'string') delete kept[k];
        out[key] = kept;
      }
    }
  }
  return out;
}

function isDoc(value: unknown): value is Doc {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Loads `data/lexicon/<language>/<name>` with override layers applied. */
export function loadLanguageYaml(language: Language, name: string, options: LanguageDataOptions = {}): Doc {
  let doc = readYaml(dataPath('lexicon', language, name));
  for (const dir of options.overrideDirs ?? []) {
    const path = join(dir, language, name);
    if (existsSync(path)) doc = mergeDocs(doc, readYaml(path));
  }
  return doc;
}

/** Reads a list of strings under `key`, or throws E_DATA naming the file. */
export function toStringList(doc: Doc, key: string, origin: string): string[] {
  const value = doc[key];
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' && typeof v !== 'number')) {
    throw new MarsadError('E_DATA', `${origin}: '${key}' must be a list of strings`, { origin });
  }
  return value.map(String);
}

/** Reads a mapping of string → number under `key`. */
export function toNumberMap(doc: Doc, key: string, origin: string): Map<string, number> {
  const value = doc[key];
  const out = new Map<string, number>();
  if (value === undefined) return out;
  if (!isDoc(value)) throw new MarsadError('E_DATA', `${origin}: '${key}' must be a mapping`, { origin });
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'number') throw new MarsadError('E_DATA', `${origin}: '${key}.${k}' must be a number`, { origin });
    out.set(k, v);
  }
  return out;
}
