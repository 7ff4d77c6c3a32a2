import type { Analysis, Mention, Token } from '../../../types.js';
import { createNerTagger, loadNerModel, toChunks, type NerModel } from '../ner/index.js';
import type { WordReading } from './arabic-word.js';
import { findArabicPatterns, toSentenceReadings, type TitleHit } from './arabic-patterns.js';
import type { Candidate } from './candidate.js';
import { findEnglishPatterns } from './english-patterns.js';
import { loadEntityLexicon, type EntityLexicon } from './lexicon.js';
import { mergeCandidates } from './merge.js';

export interface EntityRecognizerOptions {
  model?: NerModel;
  lexicon?: EntityLexicon;
  /** User data directory with override copies of the lexicon files (default MARSAD_DATA_DIR). */
  userDir?: string;
}

const NAME_CLASSES = new Set(['PF', 'PL']);

/**
 * Creates the entity stage: the statistical tagger (Arabic) for PER/LOC/ORG/MISC, plus data-driven patterns for
 * TITLE (titles and roles, with the PER that follows) and NORP (nisba adjectives, English demonyms, with country).
 * Every mention span slices the article text exactly; conjunction/preposition proclitics are left outside.
 */
export function createEntityRecognizer(options: EntityRecognizerOptions = {}): (analysis: Analysis) => Mention[] {
  const model = options.model ?? loadNerModel();
  const lexicon = options.lexicon ?? loadEntityLexicon(options.userDir === undefined ? {} : { userDir: options.userDir });
  const tag = createNerTagger(model);
  const known = (r: WordReading): boolean => model.features.has('w:' + r.form) || model.lexicon.has(r.bare);
  const isName = (r: WordReading[] | undefined): boolean =>
    (r ?? []).some((x) => (model.lexicon.get(x.bare) ?? '').split(',').some((c) => NAME_CLASSES.has(c)));

  /** Offset inside a written word where a name starts: after و/ف/ب/ل/ك when the rest is ال… or a known word. */
  const nameOffset = (readings: WordReading[]): number => {
    const whole = readings[0];
    for (let k = readings.length - 1; k > 0; k--) {
      const r = readings[k] as WordReading;
      if (r.form.startsWith('ال') || (known(r) && whole !== undefined && !known(whole))) return r.offset;
    }
    return 0;
  };

  const personsAfterTitles = (titles: TitleHit[], model: Candidate[], norps: Candidate[], tokens: Token[], r: WordReading[][]): Candidate[] => {
    const out: Candidate[] = [];
    for (const h of titles) {
      let j = h.next;
      if (h.entry.complement) {
        const chunk = model.find((c) => c.from === j && c.type !== 'PER');
        if (chunk) j = chunk.to;
        for (let n = norps.find((c) => c.from === j); n; n = norps.find((c) => c.from === j)) j = n.to;
      }
      if (model.some((c) => c.from === j && c.type === 'PER') || !isName(r[j])) continue;
      let end = j + 1;
      while (end < tokens.length && end - j < 4 && isName(r[end])) end++;
      const first = tokens[j] as Token;
      out.push({ type: 'PER', from: j, to: end, start: first.span[0] + nameOffset(r[j] ?? []), end: (tokens[end - 1] as Token).span[1], source: 'pattern' });
    }
    return out;
  };

  const arabicSentence = (tokens: Token[]): Candidate[] => {
    const r = toSentenceReadings(tokens);
    const tags = tag(tokens.map((t) => t.text));
    const fromModel: Candidate[] = toChunks(tags).map((c) => ({
      type: c.type === 'PER' || c.type === 'LOC' || c.type === 'ORG' ? c.type : 'MISC',
      from: c.start,
      to: c.end,
      start: (tokens[c.start] as Token).span[0] + nameOffset(r[c.start] ?? []),
      end: (tokens[c.end - 1] as Token).span[1],
      source: 'model',
    }));
    const { titles, norps } = findArabicPatterns(lexicon, tokens, r);
    const persons = personsAfterTitles(titles, fromModel, norps, tokens, r);
    return mergeCandidates(fromModel, [...titles.map((h) => h.title), ...norps, ...persons], (i) => (tokens[i] as Token).span[1]);
  };

  return (analysis) => {
    const { text } = analysis.article;
    const mentions: Mention[] = [];
    for (const sentence of analysis.sentences) {
      const tokens = analysis.tokens.slice(sentence.tokens[0], sentence.tokens[1]);
      if (tokens.length === 0) continue;
      const candidates =
        sentence.language === 'ar'
          ? arabicSentence(tokens)
          : mergeCandidates([], findEnglishPatterns(lexicon, text, tokens), (i) => (tokens[i] as Token).span[1]);
      for (const c of candidates) {
        if (c.end <= c.start) continue;
        const m: Mention = { type: c.type, text: text.slice(c.start, c.end), span: [c.start, c.end], source: c.source };
        if (c.country !== undefined) m.country = c.country;
        mentions.push(m);
      }
    }
    return mentions;
  };
}
