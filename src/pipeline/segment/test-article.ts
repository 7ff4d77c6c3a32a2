import type { Article, Language } from '../../types.js';

/** A minimal Article for tests of the language core. */
export function toTestArticle(text: string, language: Language = 'ar', published: string | null = '2016-08-02'): Article {
  return {
    id: 'test', origin: 'test', title: null, text, language, published, source: null, url: null,
    metadata: { captions: [], credits: [], outlets: [], sourceLine: null, dateline: null, removed: [] },
    diagnostics: [],
  };
}
