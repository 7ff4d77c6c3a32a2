import { diagnostic } from '../errors.js';
import { extractHtml, normalizeDate } from '../pipeline/clean/index.js';
import type { Diagnostic, SourceDoc } from '../types.js';
import { toFailure, type ReadResult } from './failure.js';

const HTML_HINT = /<(p|div|br|span|a|figure|h[1-6]|ul|li|strong|em|b|i|img|blockquote|article|section)[\s>/]/i;

/** True when a record or feed field holds HTML markup rather than plain text. */
export function containsMarkup(text: string): boolean {
  return text.includes('<') && HTML_HINT.test(text);
}

/** Diagnostics for figure captions set aside during extraction (they are not part of the report). */
export function toCaptionDiagnostics(captions: string[]): Diagnostic[] {
  return captions.map((caption) => diagnostic('caption-removed', `figure caption set aside: ${caption}`, 'info'));
}

/** Reduces a whole HTML page to a text SourceDoc (Readability on linkedom), or fails with E_INPUT_NO_ARTICLE. */
export function parseHtmlPage(html: string, origin: string): ReadResult {
  const page = extractHtml(html);
  if (page === null) {
    return toFailure(origin, 'E_INPUT_NO_ARTICLE', 'HTML page has no article text (only navigation, links or too little text)');
  }
  const diagnostics = toCaptionDiagnostics(page.captions);
  const published = normalizeDate(page.published);
  if (page.published && published === null) {
    diagnostics.push(diagnostic('published-unparsed', `unrecognised publication date '${page.published}'`));
  }
  const doc: SourceDoc = {
    origin,
    body: page.text,
    format: 'text',
    title: page.title,
    published,
    url: page.url,
    source: page.siteName,
    language: null,
  };
  if (page.captions.length > 0) doc.captions = page.captions;
  if (diagnostics.length > 0) doc.diagnostics = diagnostics;
  return { ok: true, doc };
}

/** Plain text of an HTML fragment (feed item, JSON field), with captions as diagnostics. */
export function fragmentToText(html: string): { text: string; diagnostics: Diagnostic[] } {
  const fragment = extractHtml(html, { fragment: true, minLetters: 1 });
  if (fragment === null) return { text: '', diagnostics: [] };
  return { text: fragment.text, diagnostics: toCaptionDiagnostics(fragment.captions) };
}
