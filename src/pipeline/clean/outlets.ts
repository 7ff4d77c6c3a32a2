import { foldKey } from '../../text/index.js';
import type { CompiledBoilerplate } from './lexicon.js';
import { toNameKey, toPhraseKey } from './lexicon.js';

const QUOTES = /^[\s"'«»“”‘’*•\-–—]+|[\s"'«»“”‘’.،,:;\-–—]+$/gu;
const LIST_SEPARATOR = /\s*(?:\+|،|,|;|\/|&|\s[-–—]\s|\sand\s)\s*/u;
const TRAILING_PAREN = /\s*\(([^()]{1,40})\)\s*(\.?)$/u;
const AGENCY_WORD = /^(?:وكاله|agence|agency)\s/u;

/** Removes surrounding quotes, bullets and punctuation from a name. */
export function tidyName(text: string): string {
  return text.replace(/["«»“”]/g, '').replace(QUOTES, '').replace(/\s+/g, ' ');
}

/** True when `name` is a listed outlet or agency. */
export function isOutlet(name: string, lex: CompiledBoilerplate): boolean {
  return lex.outlets.has(toNameKey(name));
}

/** True when every part of `text` (split on `-`, `/`, `+`, commas) names an outlet or photo source. */
export function isCreditName(text: string, lex: CompiledBoilerplate): boolean {
  const parts = text.split(/\s*[-–—/+،,]\s*/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return false;
  return parts.every((part) => {
    const key = toNameKey(part);
    return lex.outlets.has(key) || lex.photoCredits.has(key) || AGENCY_WORD.test(foldKey(part));
  });
}

/** Splits `الجزيرة + وكالات` or `Reuters, AFP and AP` into outlet names (surface forms). */
export function splitOutlets(text: string, lex: CompiledBoilerplate): string[] {
  const out: string[] = [];
  for (const part of text.split(LIST_SEPARATOR)) {
    const name = tidyName(part);
    if (name.length === 0) continue;
    // `الجزيرة ووكالات`: an attached و before a listed outlet starts a new name.
    const split = name.match(/^(.+?)\s+و(\S.*)$/u);
    if (split && split[1] && split[2] && isOutlet(split[2], lex)) out.push(tidyName(split[1]), tidyName(split[2]));
    else out.push(name);
  }
  return out.filter((n) => n.length > 0);
}

/**
 * The rest of `line` after the words that fold to `phrase` (a label such as `نقلا عن`), without the
 * separator that follows; null when the words do not spell the phrase.
 */
export function cutPrefix(line: string, phrase: string): string | null {
  const target = phrase.replace(/:$/, '');
  const words = [...line.matchAll(/\S+/gu)];
  const first = words[0];
  if (!first) return null;
  for (const word of words) {
    const end = (word.index ?? 0) + word[0].length;
    const key = toPhraseKey(line.slice(first.index ?? 0, end)).replace(/:$/, '');
    if (key === target) return line.slice(end).replace(/^[\s:：،,\-–—]+/u, '');
    if (key.length > target.length) return null;
  }
  return null;
}

function countWords(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/**
 * Reads a source line: `المصدر : الجزيرة + وكالات`, `Source: Reuters`, `* نقلا عن "الحياة" اللندنية`,
 * or a bare short list of outlets such as `فرانس24/ أ ف ب`. Returns the outlets, or null.
 */
export function parseSourceLine(line: string, key: string, lex: CompiledBoilerplate): string[] | null {
  if (countWords(line) > 12) return null;
  const colon = line.search(/[:：]/u);
  if (colon > 0 && colon <= 30 && lex.sourceLabels.includes(toPhraseKey(line.slice(0, colon)))) {
    const outlets = splitOutlets(line.slice(colon + 1), lex);
    return outlets.length > 0 ? outlets : null;
  }
  for (const label of lex.reprintLabels) {
    if (!key.startsWith(label.replace(/:$/, ''))) continue;
    const rest = cutPrefix(line, label);
    if (rest && countWords(rest) <= 6) return [tidyName(rest)];
  }
  if (countWords(line) <= 6) {
    const parts = line.split(/\s*[/+،,&]\s*/u).map(tidyName).filter(Boolean);
    if (parts.length > 0 && parts.every((part) => isOutlet(part, lex))) return parts;
  }
  return null;
}

/**
 * A parenthesised credit closing the line, `… بمدينة سرت (رويترز)`: the text before it, the credit, and whether a
 * full stop follows the parenthesis (then it belongs to the sentence: `بحسب وكالة الأنباء السورية (سانا).`).
 */
export function splitTrailingCredit(
  line: string,
  lex: CompiledBoilerplate,
): { rest: string; credit: string; closed: boolean } | null {
  const match = TRAILING_PAREN.exec(line);
  if (!match || match[1] === undefined || !isCreditName(match[1], lex)) return null;
  return { rest: line.slice(0, match.index).trim(), credit: match[1].trim(), closed: match[2] === '.' };
}
