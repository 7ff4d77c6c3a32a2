import { dataPath } from '../lexicon/paths.js';
import { readYamlValue } from '../lexicon/overrides/index.js';
import { foldKey } from '../text/index.js';

export interface PlaceCues {
  before: Map<string, string[]>;
  after: Map<string, string[]>;
  /** Words after a name that make it part of an organisation ("al Sham Corps"). */
  notAfter: Set<string>;
  /** Words before a name that make it part of an organisation (لواء X، قناة X). */
  notBefore: Set<string>;
}

/** Context words from data/gazetteer/cues.yaml, folded: word → kinds it points to. */
export function loadPlaceCues(path = dataPath('gazetteer', 'cues.yaml')): PlaceCues {
  const raw = readYamlValue(path) as {
    before?: Record<string, string[]>;
    after?: Record<string, string[]>;
    not_after?: string[];
    not_before?: string[];
  };
  const toMap = (table: Record<string, string[]> = {}): Map<string, string[]> => {
    const out = new Map<string, string[]>();
    for (const [kind, words] of Object.entries(table)) {
      for (const w of words) {
        const k = foldKey(w);
        out.set(k, [...(out.get(k) ?? []), kind]);
      }
    }
    return out;
  };
  return {
    before: toMap(raw.before),
    after: toMap(raw.after),
    notAfter: new Set((raw.not_after ?? []).map(foldKey)),
    notBefore: new Set((raw.not_before ?? []).map(foldKey)),
  };
}
