import type { CueSet, PhraseIndex, TriggerLexicon } from '../../lexicon/triggers/index.js';
import type { Analysis, Modality } from '../../types.js';
import { lastMatch, type TokenKeys } from './token-keys.js';
import type { TriggerHit } from './types.js';

const ORDER = ['negated', 'hypothetical', 'future', 'reported-claim'] as const;
const NEAR = 2;
const SCOPE = 8;
const MATERIAL_QUADS = new Set([2, 4]);

function hasFuturePrefix(analysis: Analysis, lexicon: TriggerLexicon, hit: TriggerHit): boolean {
  if (hit.pos !== 'verb') return false;
  const token = analysis.tokens[hit.from];
  if (!token || analysis.sentences[hit.sentence]?.language !== 'ar') return false;
  const bare = token.norm.replace(/^[وف]/, '');
  // سيطرت is a verb of its own; ستقصف is س + تقصف.
  return /^س[يتنا]/.test(bare) && !lexicon.triggers.has(bare) && lexicon.triggers.has(bare.slice(1));
}

/** Near cues are standalone function words: matched on the written form (and و/ف + it), never on clitic splits. */
function nearCue(index: PhraseIndex<true>, analysis: Analysis, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) {
    const norm = analysis.tokens[i]?.norm ?? '';
    for (const key of [norm, norm.replace(/^[وف]/, '')]) {
      for (const { rest } of index.get(key) ?? []) {
        if (rest.every((w, r) => analysis.tokens[i + 1 + r]?.stem === w || analysis.tokens[i + 1 + r]?.norm === w)) return true;
      }
    }
  }
  return false;
}

function isPurpose(analysis: Analysis, cues: CueSet, tk: TokenKeys, hit: TriggerHit): boolean {
  if (hit.pos === 'verb' || !MATERIAL_QUADS.has(hit.sense.quad)) return false;
  const token = analysis.tokens[hit.from];
  if (!token || !token.prefixes.includes('ل')) return false;
  const prevKeys = tk.keys[hit.from - 1] ?? [];
  return !prevKeys.some((k) => cues.purposeExceptions.has(k));
}

/**
 * The modality of a trigger: negation, condition, intent/plan or claim cues before it in its clause
 * (particles only right before it or its support verb), Arabic س-futures and ل-purpose nouns.
 */
export function findModality(analysis: Analysis, lexicon: TriggerLexicon, tk: TokenKeys, hit: TriggerHit): Modality {
  const cues = lexicon.cues;
  const anchor = hit.governor ?? hit.from;
  const [clauseStart] = hit.clause;
  const sentenceStart = analysis.sentences[hit.sentence]?.tokens[0] ?? clauseStart;
  for (const m of ORDER) {
    const c = cues.modality[m];
    if (nearCue(c.near, analysis, Math.max(clauseStart, anchor - NEAR), anchor)) return m;
    if (nearCue(c.near, analysis, Math.max(clauseStart, hit.from - NEAR), hit.from)) return m;
    const scopeStart = m === 'negated' ? sentenceStart : Math.max(clauseStart, anchor - SCOPE);
    if (lastMatch(c.scope, tk, scopeStart, anchor)) return m;
    if (MATERIAL_QUADS.has(hit.sense.quad) && lastMatch(c.purpose, tk, clauseStart, anchor)) return m;
  }
  if (hit.sense.flags.has('intent') || hasFuturePrefix(analysis, lexicon, hit) || isPurpose(analysis, cues, tk, hit)) return 'future';
  for (const m of ORDER) {
    if (MATERIAL_QUADS.has(hit.sense.quad) && lastMatch(cues.modality[m].after, tk, hit.to, hit.clause[1])) return m;
  }
  return 'asserted';
}

/** True when the sentence is a question (ends with ? or opens with a question word). */
export function isQuestion(analysis: Analysis, cues: CueSet, tk: TokenKeys, sentenceIndex: number): boolean {
  const s = analysis.sentences[sentenceIndex];
  if (!s) return false;
  const last = analysis.tokens[s.tokens[1] - 1];
  if (last?.norm === '?') return true;
  return lastMatch(cues.question, tk, s.tokens[0], Math.min(s.tokens[1], s.tokens[0] + 1)) !== null;
}
