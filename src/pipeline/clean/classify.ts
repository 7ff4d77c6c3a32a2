import type { Language } from '../../types.js';
import { countScripts } from './detect-language.js';
import type { CompiledBoilerplate } from './lexicon.js';
import { matchPrefix, toBareKey, toPhraseKey } from './lexicon.js';
import { cutPrefix, parseSourceLine, splitTrailingCredit } from './outlets.js';

/** What a paragraph is when it is not the report. */
export type BoilerplateKind =
  | 'separator' | 'share' | 'navigation' | 'disclaimer' | 'byline' | 'source-line' | 'credit' | 'caption'
  | 'foreign-language';

export type Verdict =
  | { kind: BoilerplateKind; caption?: string; credit?: string; outlets?: string[]; heading?: boolean }
  /** A report paragraph closed by a source credit: keep `text`, record `credit` as an outlet. */
  | { kind: 'source-credit'; text: string; credit: string };

const TERMINAL = /[.!?؟…]["'”»)]?$/u;
const QUOTED = /["«»“”]/u;
const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/** The per-paragraph classifier, with its token regex compiled once. */
export function createClassifier(lex: CompiledBoilerplate): (line: string, language: Language) => Verdict | null {
  const tokens = [...lex.shareTokens].sort((a, b) => b.length - a.length).map((t) => t.replace(ESCAPE, '\\$&'));
  const tokenLine = tokens.length > 0 ? new RegExp(`^(?:(?:${tokens.join('|')})(?: |$))+$`, 'u') : null;

  const labelled = (key: string, labels: readonly string[]): string | null => {
    const label = matchPrefix(key, labels);
    if (label === null) return null;
    const next = key.charAt(label.length);
    return next === '' || /[:,;\-–—]/u.test(next) || label.endsWith(':') ? label : null;
  };

  return (line, language) => {
    if (!/[\p{L}\p{N}]/u.test(line)) return { kind: 'separator' };
    const words = line.split(/\s+/u).length;
    const bare = toBareKey(line);
    if (lex.relatedHeadings.has(bare)) return { kind: 'navigation', heading: true };
    if (lex.shareLines.has(bare)) return { kind: 'share' };
    if (words <= 12 && tokenLine?.test(bare)) return { kind: 'share' };
    const key = toPhraseKey(line);
    if (matchPrefix(key, lex.disclaimers) !== null) return { kind: 'disclaimer' };
    const ends = TERMINAL.test(line);
    if (words <= 20 && !ends && matchPrefix(key, lex.sharePrefixes) !== null) return { kind: 'share' };
    if (words <= 8 && !ends && !QUOTED.test(line) && matchPrefix(key, lex.bylinePrefixes) !== null) {
      return { kind: 'byline' };
    }
    if (words <= 10) {
      const label = matchPrefix(key, lex.bylineLabels);
      if (label !== null && /^\s*:/u.test(key.slice(label.length))) return { kind: 'byline' };
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
      if (!/[\p{L}\p{N}]/u.test(trailing.rest)) return { kind: 'credit', credit: trailing.credit };
      const captionLike = trailing.rest.split(/\s+/u).length <= 30 && !QUOTED.test(trailing.rest) &&
        !TERMINAL.test(trailing.rest);
      if (captionLike) return { kind: 'caption', caption: trailing.rest, credit: trailing.credit };
      return { kind: 'source-credit', text: trailing.rest, credit: trailing.credit };
    }
    const { arabic, latin } = countScripts(line);
    if (language === 'ar' && latin >= 20 && latin >= (arabic + latin) * 0.7) {
      // Latin paragraphs in Arabic reports are captions copied from wire photos, or embedded posts.
      return words <= 60 ? { kind: 'caption', caption: line } : { kind: 'foreign-language' };
    }
    if (language === 'en' && arabic >= 20 && arabic >= (arabic + latin) * 0.7) return { kind: 'foreign-language' };
    return null;
  };
}
