import type { Language, NormalizedText } from '../../types.js';
import { composeSteps } from './compose.js';
import { NORMALIZE_STEPS } from './pipelines.js';

const compiled = new Map<Language, (input: string) => NormalizedText>();

/**
 * Normalises text for matching (the numbered steps of `language`) and keeps a map back:
 * `offsets[i]` is the original offset of normalised unit i; `offsets[text.length]` is the original length.
 * Character folding is the shared one from src/text, so results agree with `foldKey` on dictionary keys.
 */
export function normalizeText(text: string, language: Language): NormalizedText {
  let run = compiled.get(language);
  if (run === undefined) {
    run = composeSteps(NORMALIZE_STEPS[language]);
    compiled.set(language, run);
  }
  return run(text);
}
