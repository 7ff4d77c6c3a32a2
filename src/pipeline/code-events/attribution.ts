import type { CueSet } from '../../lexicon/triggers/index.js';
import type { Analysis, Attribution, Span } from '../../types.js';
import { anyMatch, matchAt, type TokenKeys } from './token-keys.js';

/** A speaker phrase found in a sentence. */
export interface Speaker {
  attribution: Attribution;
  /** Token index of the cue (reporting verb / according-to phrase). */
  at: number;
  sentence: number;
  /** Token range of the speaker phrase (null when unknown). */
  tokens: [number, number] | null;
}

function roleOf(cues: CueSet, tk: TokenKeys, from: number, to: number): Attribution['role'] {
  for (const { role, words } of cues.roles) if (anyMatch(words, tk, from, to)) return role as Attribution['role'];
  return 'other';
}

function spanText(analysis: Analysis, from: number, to: number): { text: string; span: Span } | null {
  const a = analysis.tokens[from];
  const b = analysis.tokens[to - 1];
  if (!a || !b || to <= from) return null;
  const span: Span = [a.span[0], b.span[1]];
  return { text: analysis.article.text.slice(span[0], span[1]), span };
}

function isStop(analysis: Analysis, cues: CueSet, tk: TokenKeys, i: number): boolean {
  const t = analysis.tokens[i];
  if (!t) return true;
  if (t.kind === 'punct') return true;
  return (tk.keys[i] ?? []).some((k) => cues.complementizers.has(k));
}

const MAX_SPEAKER = 12;

/**
 * Speakers of a sentence in text order: reporting verbs with the speaker after them (Arabic VSO; English
 * "said X") or before them (English "X said"), and according-to phrases. An empty speaker (وأضاف أن, he added,
 * فإنه أكد) continues the previous speaker of the document. Speaker phrases never run into a trigger.
 */
export function findSpeakers(
  analysis: Analysis,
  cues: CueSet,
  tk: TokenKeys,
  sentenceIndex: number,
  previous: Speaker | null,
  isTrigger: (i: number) => boolean = () => false,
): Speaker[] {
  const s = analysis.sentences[sentenceIndex];
  if (!s) return [];
  const out: Speaker[] = [];
  const [from, end] = s.tokens;
  const en = s.language === 'en';
  for (let i = from; i < end; i++) {
    const according = matchAt(cues.accordingTo, tk, i, end)[0];
    const reporting = according ? undefined : matchAt(cues.reporting, tk, i, end)[0];
    const cue = according ?? reporting;
    if (!cue) {
      // مشيرا إلى أن / adding that: the sentence's own speaker goes on.
      const own = out.at(-1);
      if (own && matchAt(cues.participles, tk, i, end)[0]) out.push({ ...own, at: i });
      continue;
    }
    const stop = (k: number): boolean =>
      isTrigger(k) || (according ? analysis.tokens[k]?.kind === 'punct' : isStop(analysis, cues, tk, k));
    const pronounSubject = !en && (tk.keys[cue.from - 1] ?? []).some((k) => cues.complementizers.has(k) && k.length > 2);
    let a = cue.to;
    let b = a;
    if (!pronounSubject) while (b < end && b - a < MAX_SPEAKER && !stop(b)) b++;
    if (en && reporting && b === a) {
      // "…, the ministry said." — the speaker precedes the verb back to a comma.
      b = cue.from;
      a = b;
      while (a > from && a > b - 10 && !isStop(analysis, cues, tk, a - 1) && !isTrigger(a - 1)) a--;
    }
    // A phrase that ran on without a complementizer keeps only its first few words.
    if (b - a >= MAX_SPEAKER || (b < end && isTrigger(b) && !according)) b = Math.min(b, a + 4);
    const phrase = spanText(analysis, a, b);
    let attribution: Attribution | null = null;
    const last = out.at(-1) ?? previous;
    if (phrase) {
      const role = roleOf(cues, tk, a, b);
      const continues = last && role === 'other' && last.attribution.text.includes(phrase.text);
      attribution = {
        text: phrase.text, name: continues ? (last.attribution.name ?? phrase.text) : null,
        role: continues ? (last.attribution.role ?? 'other') : (role ?? 'other'), span: phrase.span,
      };
    } else if (last) {
      attribution = last.attribution;
    }
    if (attribution) out.push({ attribution, at: cue.from, sentence: sentenceIndex, tokens: phrase ? [a, b] : last?.tokens ?? null });
    i = Math.max(i, cue.to - 1);
  }
  return out;
}

/** The attribution chain of an event, nearest first: speakers before the trigger, then after, then outlets. */
export function toAttributionChain(analysis: Analysis, speakers: Speaker[], triggerAt: number): Attribution[] {
  const before = speakers.filter((s) => s.at < triggerAt).reverse();
  const after = speakers.filter((s) => s.at > triggerAt);
  const chain: Attribution[] = [];
  const seen = new Set<string>();
  for (const s of [...before, ...after]) {
    if (seen.has(s.attribution.text)) continue;
    seen.add(s.attribution.text);
    chain.push(s.attribution);
  }
  const outlets = [...analysis.article.metadata.outlets];
  if (analysis.article.source && !outlets.includes(analysis.article.source)) outlets.push(analysis.article.source);
  for (const o of outlets) if (!seen.has(o)) chain.push({ text: o, name: o, role: 'outlet' });
  return chain;
}
