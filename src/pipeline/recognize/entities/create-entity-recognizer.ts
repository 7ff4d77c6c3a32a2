import type { Analysis, Mention, Token } from '../../../types.js';
import { createNerTagger, createPersonPrior, loadNerModel, toChunks, toFeatureIndex, type NerModel } from '../ner/index.js';
import { findArabicPatterns } from './arabic-patterns.js';
import { addRememberedSurnames, findPersonsAfterTitles, type SentenceCandidates } from './arabic-persons.js';
import type { Candidate } from './candidate.js';
import { findEnglishPatterns } from './english-patterns.js';
import { loadEntityLexicon, type EntityLexicon } from './lexicon.js';
import { mergeCandidates } from './merge.js';
import { createWordFacts, type WordFacts } from './word-facts.js';

export interface EntityRecognizerOptions {
  model?: NerModel;
  lexicon?: EntityLexicon;
  /** User data directory with override copies of the lexicon files (default MARSAD_DATA_DIR). */
  userDir?: string;
}

/**
 * Creates the entity stage: the statistical tagger (Arabic) for PER/LOC/ORG/MISC, plus data-driven patterns for
 * TITLE (titles and roles, with the PER that follows) and NORP (nisba adjectives, English demonyms, with country),
 * and a document-level memory of surnames. Every mention span slices the article text exactly;
 * conjunction/preposition proclitics are left outside. Per-word facts are cached for the life of the stage.
 */
export function createEntityRecognizer(options: EntityRecognizerOptions = {}): (analysis: Analysis) => Mention[] {
  const model = options.model ?? loadNerModel();
  const lexicon = options.lexicon ?? loadEntityLexicon(options.userDir === undefined ? {} : { userDir: options.userDir });
  const tag = createNerTagger(model);
  const index = toFeatureIndex(model.features);
  const wordTemplate = index.templateId('w');
  const factsOf = createWordFacts({
    lexicon,
    gazetteer: model.lexicon,
    knows: (form) => {
      const id = index.stringId(form);
      return id >= 0 && index.singleRowOf(wordTemplate, id) >= 0;
    },
    personPrior: createPersonPrior(model),
  });

  const arabicSentence = (tokens: Token[]): SentenceCandidates => {
    const facts: WordFacts[] = tokens.map(factsOf);
    const words = tokens.map((t) => t.text);
    const fromModel: Candidate[] = toChunks(tag(words)).map((c) => ({
      type: c.type === 'PER' || c.type === 'LOC' || c.type === 'ORG' ? c.type : 'MISC',
      from: c.start,
      to: c.end,
      start: (tokens[c.start] as Token).span[0] + (facts[c.start] as WordFacts).nameOffset,
      end: (tokens[c.end - 1] as Token).span[1],
      source: 'model',
    }));
    const { titles, norps } = findArabicPatterns(lexicon, tokens, facts);
    const persons = titles.length > 0 ? findPersonsAfterTitles({ tokens, facts, model: fromModel, norps, titles }) : [];
    const candidates = mergeCandidates(fromModel, [...titles.map((h) => h.title), ...norps, ...persons], (i) => (tokens[i] as Token).span[1]);
    return { tokens, facts, candidates };
  };

  return (analysis) => {
    const { text } = analysis.article;
    const sentences: Candidate[][] = [];
    const arabic: SentenceCandidates[] = [];
    for (const sentence of analysis.sentences) {
      const tokens = analysis.tokens.slice(sentence.tokens[0], sentence.tokens[1]);
      if (tokens.length === 0) continue;
      if (sentence.language === 'ar') {
        const s = arabicSentence(tokens);
        arabic.push(s);
        sentences.push(s.candidates);
      } else {
        sentences.push(mergeCandidates([], findEnglishPatterns(lexicon, text, tokens), (i) => (tokens[i] as Token).span[1]));
      }
    }
    addRememberedSurnames(lexicon, arabic);
    const mentions: Mention[] = [];
    for (const candidates of sentences) {
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
