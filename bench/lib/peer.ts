import { cpuMs, nowMs } from './stats.js';

export interface PeerResult {
  texts: number;
  wallMs: number;
  cpuMs: number;
  terms: number;
}

/**
 * The peer: compromise tagging each text and serialising its analysis (`nlp(text).json()`), which is
 * tokenising, sentence splitting and POS tagging: less than marsad does, on the same English text.
 */
export async function runCompromisePeer(texts: readonly string[]): Promise<PeerResult> {
  // Loaded here, not at the top, so its memory is not in the Arabic run's peak RSS.
  const { default: nlp } = await import('compromise');
  // Warm-up so lazy plugin setup is not timed.
  nlp('Warm up the tagger once.').json();
  const t0 = nowMs();
  const c0 = cpuMs();
  let terms = 0;
  for (const text of texts) {
    const json = nlp(text).json() as Array<{ terms?: unknown[] }>;
    for (const sentence of json) terms += sentence.terms?.length ?? 0;
  }
  return { texts: texts.length, wallMs: nowMs() - t0, cpuMs: cpuMs() - c0, terms };
}
