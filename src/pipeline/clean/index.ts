export { createCleaner, toArticleId, type CleanerOptions } from './create-cleaner.js';
export { loadBoilerplate, compileBoilerplate, BOILERPLATE_KEYS, type BoilerplateData } from './lexicon.js';
export { extractHtml, type HtmlExtract, type ExtractHtmlOptions } from './html/extract-html.js';
export { guessLanguage } from './detect-language.js';
export { normalizeDate } from './published.js';
