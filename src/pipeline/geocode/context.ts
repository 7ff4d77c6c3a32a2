import type { Analysis, Span, Token } from '../../types.js';
import type { Gazetteer } from '../../geo/index.js';
import { foldKey, procliticSplits } from '../../text/index.js';
import { isLatinName, toLatinKey, toLatinSkeleton } from '../../geo/index.js';

/** Index of the token that starts at or contains `offset`, else -1. */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid];
    if (!t) break;
    if (t.span[1] <= offset) lo = mid + 1;
    else if (t.span[0] > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

function cueKinds(table: Map<string, string[]>, token: Token | undefined): string[] {
  if (!token || token.kind === 'punct' || token.kind === 'number') return [];
  if (isLatinName(token.text)) return table.get(token.norm) ?? [];
  for (const split of procliticSplits(token.norm)) {
    const k = split.definite ? 'ال' + split.stem : split.stem;
    const kinds = table.get(k) ?? table.get(split.stem);
    if (kinds) return kinds;
  }
  return [];
}

/**
 * Kinds pointed to by the context of a mention: the word before (مدينة، محافظة، حي, "village of"), the word
 * after ("Idlib province"). A cue inside the mention text (an NER span "مدينة سرت") is found by toMentionKeys.
 */
export function findCues(analysis: Analysis, g: Gazetteer, span: Span): string[] {
  const { tokens } = analysis;
  const first = tokenAt(tokens, span[0]);
  const last = tokenAt(tokens, span[1] - 1);
  if (first < 0 || last < 0) return [];
  let before = first - 1;
  const prev = tokens[before];
  if (prev && prev.kind === 'word' && (prev.norm === 'of' || prev.norm === 'in') && before > 0) before--;
  return [...cueKinds(g.cues.before, tokens[before]), ...cueKinds(g.cues.after, tokens[last + 1])];
}

/** The name is part of an organisation's name: "al Sham Corps", "Yamani Dairy Factory", لواء X. */
export function isInsideOrganisation(analysis: Analysis, g: Gazetteer, tokens: [number, number], prefixes: string[]): boolean {
  const all = analysis.tokens;
  for (let j = tokens[1]; j < Math.min(tokens[1] + 3, all.length); j++) {
    const t = all[j];
    if (!t || t.kind !== 'word' || !isLatinName(t.text)) break;
    if (g.cues.notAfter.has(t.norm)) return true;
    if (!/^[A-Z]/.test(t.text)) break;
  }
  const prev = all[tokens[0] - 1];
  if (prefixes.length > 0 || !prev || prev.kind !== 'word') return false;
  return procliticSplits(prev.norm).some((s) => g.cues.notBefore.has(s.stem) || g.cues.notBefore.has('ال' + s.stem));
}

/** Match keys for a mention's text: the whole text, without a leading cue word, proclitics split. */
export function toMentionKeys(g: Gazetteer, text: string): { keys: string[]; cues: string[] } {
  const clean = text.replace(/[«»"()]/g, ' ').trim();
  if (isLatinName(clean)) {
    const words = clean.split(/\s+/);
    const cueKindsFirst = g.cues.before.get(toLatinKey(words[0] ?? '')) ?? [];
    const keys = [toLatinKey(clean), toLatinSkeleton(clean)];
    if (cueKindsFirst.length > 0 && words.length > 1) keys.push(toLatinKey(words.slice(1).join(' ')), toLatinSkeleton(words.slice(1).join(' ')));
    return { keys: keys.filter((k): k is string => k !== null), cues: cueKindsFirst };
  }
  const words = clean.split(/\s+/);
  const keys: string[] = [];
  let cues: string[] = [];
  const addFrom = (ws: string[]): void => {
    const [head = '', ...rest] = ws;
    for (const split of procliticSplits(foldKey(head))) {
      const heads = split.definite ? ['ال' + split.stem, split.stem] : [split.stem];
      for (const h of heads) keys.push([h, ...rest.map(foldKey)].join(' '));
    }
  };
  addFrom(words);
  const firstCue = procliticSplits(foldKey(words[0] ?? '')).map((s) => g.cues.before.get(s.stem) ?? g.cues.before.get('ال' + s.stem)).find(Boolean);
  if (firstCue && words.length > 1) {
    cues = firstCue;
    addFrom(words.slice(1));
  }
  return { keys: [...new Set(keys)], cues };
}

