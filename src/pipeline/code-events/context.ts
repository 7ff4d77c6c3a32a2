import type { CueSet } from '../../lexicon/triggers/index.js';
import type { Analysis, Sentence } from '../../types.js';
import { anyMatch, lastMatch, matchAt, type TokenKeys } from './token-keys.js';
import type { TriggerHit } from './types.js';

const OPENER_WINDOW = 3;
const AFTER_WINDOW = 3;
const STATE_WINDOW = 2;
const OBJECT_WINDOW = 2;
const TARGET_WINDOW = 10;
const PRESENT_PREFIXES = /^[يتن]/;

/** A noun made definite by ال, a pronoun suffix or a definite word right after it (إضافة: تحرير المدينة). */
function isDefiniteNoun(analysis: Analysis, hit: TriggerHit): boolean {
  const t = analysis.tokens[hit.from];
  if (!t) return false;
  if (analysis.sentences[hit.sentence]?.language === 'en') {
    return ['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her'].includes(analysis.tokens[hit.from - 1]?.norm ?? '');
  }
  if (t.definite || t.norm.startsWith('ال') || t.suffix !== null) return true;
  const next = analysis.tokens[hit.to];
  return next !== undefined && next.kind === 'word' && (next.definite || next.norm.startsWith('ال'));
}

/** True when an Arabic verb hit is written in the imperfect (تسيطر، يحتل): a standing state, not a change. */
function isPresentVerb(analysis: Analysis, hit: TriggerHit): boolean {
  if (hit.pos !== 'verb' || analysis.sentences[hit.sentence]?.language !== 'ar') return false;
  const token = analysis.tokens[hit.from];
  if (!token) return false;
  const bare = token.norm.replace(/^[وف]/, '');
  return PRESENT_PREFIXES.test(bare);
}

/** A take-over needs a place or a site as its object (سيطر على التعليم is not a take-over of territory). */
function hasTerritoryObject(cues: CueSet, tk: TokenKeys, hit: TriggerHit, end: number, placeAt: (i: number) => boolean): boolean {
  // The object follows the target preposition (سيطرت قوات … على مدينة) when there is one, else the trigger itself.
  let start = hit.to;
  let window = TARGET_WINDOW;
  for (let k = hit.to; k < Math.min(end, hit.to + TARGET_WINDOW); k++) {
    if (matchAt(cues.prepositions, tk, k, end).some((m) => m.value === 'target')) {
      start = k + 1;
      window = OBJECT_WINDOW;
      break;
    }
  }
  for (let k = start; k < Math.min(end, start + window); k++) {
    if (placeAt(k)) return true;
    if ((tk.keys[k] ?? []).some((x) => cues.territoryObjects.has(x))) return true;
  }
  return false;
}

/**
 * Marks trigger hits that do not report a new occurrence, by context cues read from data: background openers
 * (يذكر أن), trial and anniversary context (محكمة، الذكرى، trial), relative clauses naming an earlier event
 * (الهجوم الذي وقع), states of control (تحت سيطرة، تسيطر على) and take-overs of non-places.
 * Returns the hits that are dropped altogether (not events, not references).
 */
export function markContext(
  analysis: Analysis,
  sentence: Sentence,
  cues: CueSet,
  tk: TokenKeys,
  hits: TriggerHit[],
  placeAt: (i: number) => boolean,
): Set<TriggerHit> {
  const dropped = new Set<TriggerHit>();
  if (hits.length === 0) return dropped;
  const [from, end] = sentence.tokens;
  const opener = anyMatch(cues.backgroundOpeners, tk, from, Math.min(end, from + OPENER_WINDOW)) !== null;
  const context = anyMatch(cues.backgroundContext, tk, from, end) !== null;
  for (const h of hits) {
    if (h.reference) continue;
    const material = h.sense.quad === 4 || h.sense.quad === 2;
    if (material && (opener || (context && cues.backgroundContextTypes.has(h.sense.type)))) {
      h.reference = 'background';
      continue;
    }
    if (h.pos !== 'verb' && isDefiniteNoun(analysis, h) && anyMatch(cues.backgroundAfter, tk, h.to, Math.min(end, h.to + AFTER_WINDOW + 2))) {
      const m = anyMatch(cues.backgroundAfter, tk, h.to, Math.min(end, h.to + AFTER_WINDOW + 2));
      if (m && m.from - h.to <= AFTER_WINDOW) {
        h.reference = 'background';
        continue;
      }
    }
    if (!h.sense.flags.has('territory-gain')) continue;
    const stateBefore = lastMatch(cues.stateMarkers, tk, Math.max(from, h.from - STATE_WINDOW), h.from) !== null;
    if (stateBefore || isPresentVerb(analysis, h) || !hasTerritoryObject(cues, tk, h, end, placeAt)) dropped.add(h);
  }
  return dropped;
}

/** True when a denial follows the trigger in its sentence (الأنباء عن اشتباكات … لا صحة لها; reports … were false). */
export function isDeniedAfter(cues: CueSet, tk: TokenKeys, hit: TriggerHit, sentence: Sentence): boolean {
  for (let k = hit.to; k < sentence.tokens[1]; k++) if (matchAt(cues.negatedAfter, tk, k, sentence.tokens[1]).length > 0) return true;
  return false;
}

/** True when the document speaks of a storm, quake or accident: bare casualty words then need violence evidence. */
export function hasOutcomeVeto(cues: CueSet, tk: TokenKeys, tokenCount: number): boolean {
  return anyMatch(cues.outcomeVetoes, tk, 0, tokenCount) !== null;
}
