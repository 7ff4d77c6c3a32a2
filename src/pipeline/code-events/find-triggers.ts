import type { TriggerLexicon, TriggerSense } from '../../lexicon/triggers/index.js';
import type { Analysis, Sentence } from '../../types.js';
import { anyMatch, matchAt, tokenIs, type TokenKeys } from './token-keys.js';
import type { TriggerHit } from './types.js';

const WITH_WINDOW = 12;
const NOUN_CLITICS = new Set(['ب', 'ل', 'ك']);
/** Mode specificity: an instrument or a stronger trigger may replace a weaker mode, never the reverse. */
const MODE_RANK: Record<string, number> = {
  chemical: 9, 'suicide-attack': 8, aerial: 7, drone: 7.5, explosives: 6, grenade: 5.4, 'heavy-weapons': 5, firearms: 3,
  'crowd-control': 2, clash: 1, kill: 0.5,
};

function clauseOf(sentence: Sentence, i: number): [number, number] {
  for (const c of sentence.clauses) if (i >= c[0] && i < c[1]) return c;
  return sentence.tokens;
}

function passesWith(sense: TriggerSense, tk: TokenKeys, to: number, end: number): boolean {
  if (!sense.with) return true;
  for (let k = to; k < Math.min(end, to + WITH_WINDOW); k++) {
    for (const w of sense.with) if (tokenIs(tk, k, w)) return true;
  }
  return false;
}

/** The veto groups (sport, health…) present in a sentence, computed once per sentence. */
function presentVetoes(lexicon: TriggerLexicon, tk: TokenKeys, sentence: Sentence): Array<ReadonlySet<string>> {
  const out: Array<ReadonlySet<string>> = [];
  for (const veto of lexicon.cues.vetoes) if (anyMatch(veto.words, tk, sentence.tokens[0], sentence.tokens[1])) out.push(veto.types);
  return out;
}

function vetoed(sense: TriggerSense, vetoes: Array<ReadonlySet<string>> | null): boolean {
  if (!sense.flags.has('sense-sensitive') || vetoes === null) return false;
  return vetoes.some((types) => types.has(sense.type));
}

/** Index of a support verb (شن، نفذ، carried out…) shortly before a noun trigger in its clause, or null. */
function findGovernor(lexicon: TriggerLexicon, tk: TokenKeys, clause: [number, number], at: number): number | null {
  for (let k = at - 1; k >= Math.max(clause[0], at - 10); k--) {
    if (matchAt(lexicon.cues.support, tk, k, at).length > 0) return k;
  }
  return null;
}

/** The most specific instrument mode named in the clause, if any. */
function instrumentMode(lexicon: TriggerLexicon, tk: TokenKeys, clause: [number, number], env: TriggerEnv): string | null {
  let best: string | null = null;
  for (let k = clause[0]; k < clause[1]; k++) {
    for (const m of matchAt(lexicon.cues.instruments, tk, k, clause[1])) {
      // Inside a named actor an instrument counts only as its head ("LNA air force", not "Air Force Intelligence").
      const end = env.namedEnd(k);
      if (end !== null && m.to !== end) continue;
      if (best === null || (MODE_RANK[m.value] ?? 0) > (MODE_RANK[best] ?? 0)) best = m.value;
    }
  }
  return best;
}

/** Refines a trigger's mode by the instruments of its clause, keeping the more specific of the two. */
export function refineMode(sense: TriggerSense, instrument: string | null): string | null {
  if (!sense.flags.has('refine') || instrument === null) return sense.mode;
  if (sense.type !== 'ASSAULT') return sense.mode;
  if (sense.mode === null) return instrument;
  return (MODE_RANK[instrument] ?? 0) > (MODE_RANK[sense.mode] ?? 0) ? instrument : sense.mode;
}

/**
 * Finds trigger occurrences in one sentence: the longest phrase wins at a position; `with` constraints and
 * sense vetoes (sport, health…) filter senses; instrument-only words need a support verb.
 */
export interface TriggerEnv {
  /** True when token i starts a place mention. */
  placeAt(i: number): boolean;
  /** End token of the named actor covering token i, or null (instruments inside names count only as heads). */
  namedEnd(i: number): number | null;
}

const NO_ENV: TriggerEnv = { placeAt: () => false, namedEnd: () => null };

function hasPlaceAfter(env: TriggerEnv, to: number, end: number): boolean {
  for (let k = to; k < Math.min(end, to + 4); k++) if (env.placeAt(k)) return true;
  return false;
}

export function findTriggers(
  analysis: Analysis,
  sentenceIndex: number,
  lexicon: TriggerLexicon,
  tk: TokenKeys,
  env: TriggerEnv = NO_ENV,
): TriggerHit[] {
  const sentence = analysis.sentences[sentenceIndex];
  if (!sentence) return [];
  const [from, end] = sentence.tokens;
  const hits: TriggerHit[] = [];
  let vetoes: Array<ReadonlySet<string>> | null = null;
  const instruments = new Map<[number, number], string | null>();
  for (let i = from; i < end; i++) {
    const token = analysis.tokens[i];
    if (!token || (token.kind !== 'word' && token.kind !== 'latin')) continue;
    const nounOnly = token.text.endsWith('ة');
    const found = matchAt(lexicon.triggers, tk, i, end);
    if (found.length === 0) continue;
    if (vetoes === null && found.some((m) => m.value.flags.has('sense-sensitive'))) vetoes = presentVetoes(lexicon, tk, sentence);
    const matches = found.filter(
      (m) => !((nounOnly || token.definite) && m.value.pos === 'verb' && sentence.language === 'ar') && passesWith(m.value, tk, m.to, end) && !vetoed(m.value, vetoes) &&
        (!m.value.flags.has('needs-place') || hasPlaceAfter(env, m.to, end)),
    );
    const longest = matches[0]?.to ?? 0;
    const best = matches
      .filter((m) => m.to === longest)
      .sort((a, b) => a.keyRank - b.keyRank || b.value.strength - a.value.strength)[0];
    if (!best) continue;
    const clause = clauseOf(sentence, i);
    const afterPreposition = i > from && matchAt(lexicon.cues.prepositions, tk, i - 1, i).length > 0;
    const nominal = token.definite || token.prefixes.some((p) => NOUN_CLITICS.has(p)) || token.norm.startsWith('ال') || afterPreposition;
    const pos = best.value.pos === 'verb' && nominal && sentence.language === 'ar' ? 'noun' : best.value.pos;
    const governor = pos === 'verb' ? null : findGovernor(lexicon, tk, clause, i);
    if (best.value.flags.has('instrument-only') && (governor === null || i - governor > 3)) {
      i = best.to - 1;
      continue;
    }
    if (!instruments.has(clause)) instruments.set(clause, instrumentMode(lexicon, tk, clause, env));
    const instrument = instruments.get(clause) ?? null;
    hits.push({
      sense: best.value, pos, from: i, to: best.to, sentence: sentenceIndex, clause, governor,
      mode: refineMode(best.value, instrument), reference: null, objects: [],
    });
    i = best.to - 1;
  }
  return hits;
}
