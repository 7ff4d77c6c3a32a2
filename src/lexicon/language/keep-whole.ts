import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldKey } from '../../text/index.js';
import { dataPath } from '../paths.js';
import { type LanguageDataOptions, loadLanguageYaml, toStringList } from './load-yaml.js';

const FILE = 'segment-keep-whole.txt';

function readList(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line.length > 0);
}

/**
 * Folded Arabic words whose first letters look like proclitics but belong to the word (وزير, ليبيا, بغداد).
 * Base list from data/lexicon/ar/segment-keep-whole.txt (generated); override files add words, `-word` lines
 * remove them, and `splitAlways` in data/lexicon/ar/segment.yaml removes hand-corrected entries.
 */
export function loadKeepWhole(options: LanguageDataOptions = {}): Set<string> {
  const out = new Set<string>();
  const paths = [dataPath('lexicon', 'ar', FILE), ...(options.overrideDirs ?? []).map((d) => join(d, 'ar', FILE))];
  for (const path of paths) {
    if (!existsSync(path)) continue;
    for (const entry of readList(path)) {
      if (entry.startsWith('-')) out.delete(foldKey(entry.slice(1)));
      else out.add(foldKey(entry));
    }
  }
  const doc = loadLanguageYaml('ar', 'segment.yaml', options);
  for (const word of toStringList(doc, 'splitAlways', 'lexicon/ar/segment.yaml')) out.delete(foldKey(word));
  return out;
}
