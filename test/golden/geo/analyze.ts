import type { Analysis, Article, Language } from '../../../src/types.js';
import { createAnalyzer } from '../../../src/pipeline/segment/index.js';

const analyze = createAnalyzer();

/** A minimal article run through the real segmenter. */
export function toAnalysis(text: string, language: Language = /^[A-Za-z]/.test(text) ? 'en' : 'ar', dateline: string | null = null): Analysis {
  const article: Article = {
    id: 'golden', origin: 'golden', title: null, text, language, published: '2020-05-09', source: null, url: null,
    metadata: { captions: [], credits: [], outlets: [], sourceLine: null, dateline, removed: [] }, diagnostics: [],
  };
  return analyze(article);
}
