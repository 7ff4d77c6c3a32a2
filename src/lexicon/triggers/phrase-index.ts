import { foldKey } from '../../text/index.js';
import type { PhraseIndex } from './types.js';

/** Folds one dictionary word the way token stems are folded: ال dropped when a stem of ≥ 2 letters remains. */
export function toWordKey(word: string): string {
  const k = foldKey(word);
  return k.startsWith('ال') && k.length > 3 ? k.slice(2) : k;
}

/** Splits a written phrase into folded word keys (English: lower case, hyphens kept). */
export function toPhraseKeys(phrase: string): string[] {
  // Tokenizers split Latin hyphenated words (sit-in → sit - in); dictionary phrases are split the same way.
  return foldKey(phrase).replace(/([a-z0-9])-(?=[a-z0-9])/g, '$1 - ').split(' ').filter((w) => w.length > 0).map(toWordKey);
}

/** Adds a phrase (or single word) to an index under its head word. */
export function addPhrase<T>(index: PhraseIndex<T>, phrase: string, value: T): void {
  const keys = toPhraseKeys(phrase);
  const head = keys[0];
  if (head === undefined) return;
  const rest = keys.slice(1);
  const list = index.get(head);
  if (list) {
    if (!list.some((e) => e.value === value && e.rest.join(' ') === rest.join(' '))) list.push({ rest, value });
  } else index.set(head, [{ rest, value }]);
}

/** Builds an index of plain words/phrases mapping to `true`. */
export function toWordIndex(words: readonly string[] | undefined): PhraseIndex<true> {
  const index: PhraseIndex<true> = new Map();
  for (const w of words ?? []) addPhrase(index, w, true);
  return index;
}

/** Set of folded single-word keys. */
export function toKeySet(words: readonly string[] | undefined): Set<string> {
  return new Set((words ?? []).map(toWordKey));
}
