import type { Language } from '../../types.js';
import { countScripts } from './detect-language.js';
import type { CompiledBoilerplate } from './lexicon.js';
import { matchPrefix, toBareKey, toPhraseKey } from './lexicon.js';
import { procliticSplits } from '../../text/index.js';
import { cutPrefix, parseSourceLine, splitTrailingCredit } from './outlets.js';

/** What a paragraph is when it is not the report. */
export type BoilerplateKind =
  | 'separator' | 'share' | 'navigation' | 'disclaimer' | 'byline' | 'source-line' | 'credit' | 'caption'
  | 'foreign-language' | 'timestamp';

export type Verdict =
  | { kind: BoilerplateKind; caption?: string; credit?: string; outlets?: string[]; heading?: boolean }
  /** A report paragraph closed by a source credit: keep `text`, record `credit` as an outlet. */
  | { kind: 'source-credit'; text: string; credit: string };

const TERMINAL = /[.!?؟…]["'”»)]?$/u;
const QUOTED = /["«»“”]/u;
const ESCAPE = /[.*+?^${}()|[\]\\]/g;
const PREFIX_CHARS = 160;

/** The per-paragraph classifier, with its token regex compiled once. */
export function createClassifier(lex: CompiledBoilerplate): (line: string, language: Language) => Verdict | null {
  const tokens = [...lex.shareTokens].sort((a, b) => b.length - a.length).map((t) => t.replace(ESCAPE, '\\$&'));
  const tokenLine = tokens.length > 0 ? new RegExp(`^(?:(?:${tokens.join('|')})(?: |$))+$`, 'u') : null;

  const hasCue = (text: string): boolean =>
    toBareKey(text).split(' ').some((word) => procliticSplits(word).some((split) => lex.attributionCues.has(split.stem)));

  const isTimestamp = (line: string, bare: string): boolean => {
    const tokens = bare.split(' ');
    if (!tokens.every((w) => /^\d+$/u.test(w) || lex.dateWords.has(w) || lex.timestampMarkers.has(w))) return false;
    return /\d{1,2}:\d{2}/u.test(line) || tokens.some((w) => lex.timestampMarkers.has(w));
  };

  const labelled = (key: string, labels: readonly string[]): string | null => {
    const label = matchPrefix(key, labels);
    if (label === null) return null;
    const next = key.charAt(label.length);
    return next === '' || /[:,;\-–—]/u.test(next) || label.endsWith(':') ? label : null;
  };

  return (line, language) => {
    if (!/[\p{L}\p{N}]/u.test(line)) return { kind: 'separator' };
    const words = line.split(/\s+/u).length;
    // Whole-line comparisons only concern short lines; prefixes only need the start: fold no more than that.
    if (words <= 25) {
      const bare = toBareKey(line);
      if (lex.relatedHeadings.has(bare)) return { kind: 'navigation', heading: true };
      if (lex.shareLines.has(bare)) return { kind: 'share' };
      if (words <= 12 && tokenLine?.test(bare)) return { kind: 'share' };
      if (words <= 12 && /\d/u.test(line) && isTimestamp(line, bare)) return { kind: 'timestamp' };
    }
    const key = toPhraseKey(line.length > PREFIX_CHARS ? line.slice(0, PREFIX_CHARS) : line);
    if (matchPrefix(key, lex.disclaimers) !== null) return { kind: 'disclaimer' };
    const ends = TERMINAL.test(line);
    if (words <= 20 && !ends && matchPrefix(key, lex.sharePrefixes) !== null) return { kind: 'share' };
    if (words <= 8 && !ends && !QUOTED.test(line) && matchPrefix(key, lex.bylinePrefixes) !== null) {
      return { kind: 'byline' };
    }
    if (words <= 10) {
      const label = matchPrefix(key, lex.bylineLabels);
      const rest = label === null ? '' : key.slice(label.length);
      if (label !== null && /^\s*:/u.test(rest) && rest.split(/\s+/u).length <= 5) return { kind: 'byline' };
    }
    const outlets = parseSourceLine(line, key, lex);
    if (outlets !== null) return { kind: 'source-line', outlets };
    if (words <= 12) {
      const label = labelled(key, lex.creditLabels);
      if (label !== null) return { kind: 'credit', credit: cutPrefix(line, label) ?? line };
    }
    const captionLabel = labelled(key, lex.captionLabels);
    if (captionLabel !== null) return { kind: 'caption', caption: cutPrefix(line, captionLabel) ?? line };
    for (const pattern of lex.creditAtEnd) {
      const match = pattern.exec(line);
      if (!match) continue;
      const rest = line.slice(0, match.index).trim();
      const credit = match[0].trim();
      return /[\p{L}\p{N}]/u.test(rest) ? { kind: 'caption', caption: rest, credit } : { kind: 'credit', credit };
    }
    const trailing = splitTrailingCredit(line, lex);
    if (trailing) {
      const { rest, credit } = trailing;
      if (!/[\p{L}\p{N}]/u.test(rest)) return { kind: 'credit', credit };
      // `… في المدينة. (رويترز)`: the sentence is over, the parenthesis credits the report.
      if (TERMINAL.test(rest)) return { kind: 'source-credit', text: rest, credit };
      // `بحسب وكالة الأنباء السورية (سانا)`: the parenthesis names a source the sentence cites.
      const cited = trailing.closed || QUOTED.test(rest) || hasCue(rest) || rest.split(/\s+/u).length > 30;
      if (!cited) return { kind: 'caption', caption: rest, credit };
    }
    const { arabic, latin } = countScripts(line);
    if (language === 'ar' && latin >= 20 && latin >= (arabic + latin) * 0.7) {
      // Latin paragraphs in Arabic reports are wire-photo captions without credit, embedded posts or quotes.
      return { kind: 'foreign-language' };
    }
    if (language === 'en' && arabic >= 20 && arabic >= (arabic + latin) * 0.7) return { kind: 'foreign-language' };
    return null;
  };
}
