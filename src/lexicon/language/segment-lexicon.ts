import { foldKey } from '../../text/index.js';
import type { Language } from '../../types.js';
import { type LanguageDataOptions, loadLanguageYaml, toStringList } from './load-yaml.js';
import { toWordFilter, type WordFilter } from './openers.js';

/** Word lists used by sentence and clause segmentation, folded. */
export interface SegmentLexicon {
  /** Words (without their dot) whose final dot does not end a sentence. */
  abbreviations: Set<string>;
  /** Phrases, as folded word sequences, that open a clause after a comma. */
  clauseAfterComma: string[][];
  /** Phrases that open a clause wherever they stand. */
  clauseAlways: string[][];
  /** First words of `clauseAlways` (a cheap filter). */
  clauseAlwaysFirst: WordFilter;
  /** Connectives that open a clause after a comma only if a subject and a verb follow (English "and"). */
  clauseIfSubject: Set<string>;
  /** Verb-like words confirming a new subject + verb (English). */
  verbs: Set<string>;
  /** Words after و that are not verbs (Arabic). */
  notVerbs: Set<string>;
}

const FILE = 'segment.yaml';

/** Loads `data/lexicon/<language>/segment.yaml` (with overrides) and folds every entry. */
export function loadSegmentLexicon(language: Language, options: LanguageDataOptions = {}): SegmentLexicon {
  const doc = loadLanguageYaml(language, FILE, options);
  const origin = `lexicon/${language}/${FILE}`;
  const list = (key: string): string[] => toStringList(doc, key, origin).map(foldKey).filter((s) => s.length > 0);
  const phrases = (key: string): string[][] => list(key).map((p) => p.split(' '));
  return {
    abbreviations: new Set(list('abbreviations')),
    clauseAfterComma: phrases('clauseAfterComma'),
    clauseAlways: phrases('clauseAlways'),
    clauseAlwaysFirst: toWordFilter(new Set(phrases('clauseAlways').map((p) => p[0] ?? ''))),
    clauseIfSubject: new Set(list('clauseAfterCommaIfSubject')),
    verbs: new Set(list('verbs')),
    notVerbs: new Set(list('notVerbs')),
  };
}
