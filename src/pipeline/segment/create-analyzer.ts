import type { Analysis, Article, Language, Sentence, Token } from '../../types.js';
import type { LanguageDataOptions } from '../../lexicon/language/load-yaml.js';
import { loadSegmentLexicon } from '../../lexicon/language/segment-lexicon.js';
import { loadKeepWhole } from '../../lexicon/language/keep-whole.js';
import { normalizeText } from '../normalize/index.js';
import { createWordAnalyzer, toTokens } from './build-token.js';
import { splitClauses } from './clauses.js';
import { findParagraphs, type ParagraphMode } from './paragraphs.js';
import { splitSentences } from './sentences.js';

export interface AnalyzerOptions {
  /** 'line' (default): every line break ends a paragraph; 'blank-line': only blank lines do (hard-wrapped text). */
  paragraphs?: ParagraphMode;
  /** Override layers for the segmentation word lists (data/lexicon/<lang>/segment*.yaml). */
  lexicons?: LanguageDataOptions;
  /** Extra folded Arabic words never split into proclitic + stem (added to data/lexicon/ar/segment-keep-whole.txt). */
  keepWhole?: Iterable<string>;
}

function sentenceLanguage(tokens: Token[], from: number, to: number, fallback: Language): Language {
  let arabic = 0;
  let latin = 0;
  for (let t = from; t < to; t++) {
    const kind = tokens[t]?.kind;
    if (kind === 'word') arabic++;
    else if (kind === 'latin') latin++;
  }
  if (arabic === 0 && latin === 0) return fallback;
  return arabic > latin ? 'ar' : 'en';
}

/**
 * Creates the analyzer: normalises an article, tokenises it (spans into `article.text`, clitic analysis for
 * Arabic words), and finds paragraphs, sentences and coordinated clauses. Word lists load once, here.
 * Latin-script words are kind 'latin' inside Arabic sentences and 'word' inside English ones.
 */
export function createAnalyzer(options: AnalyzerOptions = {}): (article: Article) => Analysis {
  const lexicons = { ar: loadSegmentLexicon('ar', options.lexicons), en: loadSegmentLexicon('en', options.lexicons) };
  const keepWhole = loadKeepWhole(options.lexicons);
  for (const word of options.keepWhole ?? []) keepWhole.add(word);
  const mode = options.paragraphs ?? 'line';
  const analyzeWord = createWordAnalyzer(keepWhole);

  return (article) => {
    const original = article.text;
    const norm = normalizeText(original, article.language);
    const tokens = toTokens(original, norm, analyzeWord);
    const paragraphs = findParagraphs(original, mode);
    const sentences: Sentence[] = [];
    const ctx = { tokens, original, lexicons };
    let t = 0;
    paragraphs.forEach(([, paraEnd], paragraph) => {
      const from = t;
      while (t < tokens.length && (tokens[t]?.span[0] ?? Infinity) < paraEnd) t++;
      for (const [s, e] of splitSentences(ctx, from, t)) {
        const first = tokens[s];
        const last = tokens[e - 1];
        if (first === undefined || last === undefined) continue;
        const language = sentenceLanguage(tokens, s, e, article.language);
        if (language === 'en') for (let k = s; k < e; k++) if (tokens[k]?.kind === 'latin') (tokens[k] as Token).kind = 'word';
        sentences.push({
          span: [first.span[0], last.span[1]],
          paragraph,
          tokens: [s, e],
          clauses: splitClauses(tokens, s, e, language, lexicons[language]),
          language,
        });
      }
    });
    return { article, tokens, sentences, paragraphs };
  };
}
