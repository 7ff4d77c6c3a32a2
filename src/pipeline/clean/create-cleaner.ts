import { createHash } from 'node:crypto';
import type { Article, ArticleMetadata, Diagnostic, Language, SourceDoc } from '../../types.js';
import { diagnostic } from '../../errors.js';
import { compileArtifacts, stripArtifacts } from './artifacts.js';
import { createClassifier, type Verdict } from './classify.js';
import { findDateline } from './dateline.js';
import { guessLanguage } from './detect-language.js';
import { extractHtml } from './html/extract-html.js';
import { compileBoilerplate, loadBoilerplate, toBareKey, type BoilerplateData } from './lexicon.js';
import { normalizeBody, splitParagraphs } from './paragraphs.js';
import { normalizeDate } from './published.js';

export interface CleanerOptions {
  /** Boilerplate files layered over the committed ones, in order (project, then user). */
  overrideFiles?: string[];
  /** Boilerplate lists to use instead of loading files (embedding, tests). */
  boilerplate?: BoilerplateData;
  /** Language to assume for every document instead of guessing it. */
  language?: Language;
}

const TERMINAL = /[.!?؟…:]["'”»)]?$/u;
const LABELS: Record<string, string> = {
  caption: 'photo caption', credit: 'photo credit', artifact: 'scraping artifact', share: 'share/navigation line',
  navigation: 'related-links line', disclaimer: 'disclaimer', byline: 'byline', 'source-line': 'source line',
  'source-credit': 'trailing source credit', separator: 'separator line', title: 'repeated title',
  'foreign-language': 'foreign-language paragraph', timestamp: 'timestamp line',
};

/** Looks like a whole page (doctype, <html>, <head> or <body>) rather than a fragment. */
function isWholePage(html: string): boolean {
  return /<(?:!doctype|html|head|body)[\s>]/i.test(html.slice(0, 2048));
}

/** A stable id from the cleaned content: `doc_` + 16 hex of sha256(title + '\n' + text). */
export function toArticleId(title: string | null, text: string): string {
  return 'doc_' + createHash('sha256').update(`${title ?? ''}\n${text}`).digest('hex').slice(0, 16);
}

function pushUnique(list: string[], value: string): void {
  if (value && !list.includes(value)) list.push(value);
}

function summarize(removed: ArticleMetadata['removed']): Diagnostic[] {
  const counts = new Map<string, number>();
  for (const { kind } of removed) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) =>
    diagnostic(`${kind}-removed`, `removed ${n} ${LABELS[kind] ?? kind}${n > 1 ? 's' : ''}`, 'info'));
}

/**
 * The cleaning stage. Loads and compiles the boilerplate lexicon once; the returned function turns a
 * SourceDoc into an Article whose `text` (paragraphs separated by blank lines) holds only the report, with
 * captions, credits, share/navigation text, source lines and scraping artifacts kept in `metadata`.
 */
export function createCleaner(options: CleanerOptions = {}): (doc: SourceDoc) => Article {
  const lex = compileBoilerplate(options.boilerplate ?? loadBoilerplate(options.overrideFiles ?? []));
  const artifacts = compileArtifacts(lex.artifacts);
  const classify = createClassifier(lex);

  return (doc) => {
    const diagnostics: Diagnostic[] = [...(doc.diagnostics ?? [])];
    const metadata: ArticleMetadata = {
      captions: [...(doc.captions ?? [])], credits: [], outlets: [], sourceLine: null, dateline: null, removed: [],
    };
    let body = doc.body;
    let title = doc.title?.trim() || null;
    let published = doc.published ? normalizeDate(doc.published) : null;
    if (doc.published && published === null) {
      diagnostics.push(diagnostic('published-invalid', `publication date '${doc.published.slice(0, 40)}' is not a date; relative dates stay unresolved`));
    }
    let source = doc.source ?? null;
    let url = doc.url ?? null;
    if (doc.format === 'html') {
      const page = extractHtml(body, { fragment: !isWholePage(body) });
      if (page === null) {
        diagnostics.push(diagnostic('no-article', 'no article text found in the HTML', 'error'));
        body = '';
      } else {
        body = page.text;
        title ??= page.title;
        published ??= normalizeDate(page.published);
        source ??= page.siteName;
        url ??= page.url;
        for (const caption of page.captions) {
          metadata.captions.push(caption);
          metadata.removed.push({ kind: 'caption', text: caption });
        }
      }
    }

    const normalized = normalizeBody(body);
    const language = options.language ?? doc.language ?? guessLanguage(normalized);
    const titleKey = title ? toBareKey(title) : null;
    const kept: string[] = [];
    let related = false;
    const remove = (kind: string, text: string): void => {
      metadata.removed.push({ kind, text });
    };
    const apply = (verdict: Verdict, paragraph: string): void => {
      switch (verdict.kind) {
        case 'source-credit':
          kept.push(verdict.text);
          pushUnique(metadata.outlets, verdict.credit);
          remove('source-credit', verdict.credit);
          return;
        case 'source-line':
          for (const outlet of verdict.outlets ?? []) pushUnique(metadata.outlets, outlet);
          metadata.sourceLine ??= paragraph;
          break;
        case 'caption':
          metadata.captions.push(verdict.caption ?? paragraph);
          if (verdict.credit) metadata.credits.push(verdict.credit);
          break;
        case 'credit':
          metadata.credits.push(verdict.credit ?? paragraph);
          break;
        case 'navigation':
          if (verdict.heading) related = true;
          break;
        default:
          break;
      }
      remove(verdict.kind, paragraph);
    };

    for (const raw of splitParagraphs(normalized)) {
      const { text: paragraph, removed } = stripArtifacts(raw, artifacts);
      for (const text of removed) remove('artifact', text);
      if (paragraph.length === 0) continue;
      if (kept.length === 0 && titleKey !== null && toBareKey(paragraph) === titleKey) {
        remove('title', paragraph);
        continue;
      }
      if (related) {
        // After a "related articles" heading, short unpunctuated lines are headlines of other articles.
        if (paragraph.split(/\s+/u).length <= 20 && !TERMINAL.test(paragraph)) {
          remove('navigation', paragraph);
          continue;
        }
        related = false;
      }
      const verdict = classify(paragraph, language);
      if (verdict === null) kept.push(paragraph);
      else apply(verdict, paragraph);
    }

    for (const paragraph of kept.slice(0, 2)) {
      const dateline = findDateline(paragraph, lex);
      if (dateline === null) continue;
      metadata.dateline = dateline.text;
      if (dateline.outlet) pushUnique(metadata.outlets, dateline.outlet);
      break;
    }

    const text = kept.join('\n\n');
    diagnostics.push(...summarize(metadata.removed));
    if (text.length === 0 && doc.format !== 'html') {
      diagnostics.push(diagnostic('empty-text', 'nothing left of the report after cleaning', 'warning'));
    }
    return {
      id: toArticleId(title, text),
      origin: doc.origin,
      title,
      text,
      language,
      published,
      source,
      url,
      metadata,
      diagnostics,
    };
  };
}
