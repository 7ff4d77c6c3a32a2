import { attr, type DomDocument } from './dom.js';

/** Metadata read from a page's <head> before Readability rewrites the document. */
export interface HtmlMeta {
  title: string | null;
  documentTitle: string | null;
  published: string | null;
  siteName: string | null;
  url: string | null;
  language: string | null;
}

const PUBLISHED_META = [
  'meta[property="article:published_time"]', 'meta[name="article:published_time"]',
  'meta[property="og:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]',
  'meta[name="publishdate"]', 'meta[name="publish-date"]', 'meta[name="date"]', 'meta[name="DC.date.issued"]',
  'meta[name="dcterms.date"]', 'meta[name="parsely-pub-date"]', 'meta[name="sailthru.date"]',
  'meta[property="og:updated_time"]',
];

function firstContent(doc: DomDocument, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const value = attr(doc.querySelector(selector), 'content');
    if (value) return value;
  }
  return null;
}

/** Finds `datePublished` in JSON-LD blocks (objects, arrays and @graph). */
function findJsonLdDate(doc: DomDocument): string | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const seek = (value: unknown, depth: number): string | null => {
    if (depth > 6 || value === null || typeof value !== 'object') return null;
    if (Array.isArray(value)) {
      for (const item of value) {
        const found = seek(item, depth + 1);
        if (found) return found;
      }
      return null;
    }
    const record = value as Record<string, unknown>;
    if (typeof record['datePublished'] === 'string') return record['datePublished'];
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
      const found = seek(record[key], depth + 1);
      if (found) return found;
    }
    return null;
  };
  for (let i = 0; i < scripts.length; i++) {
    try {
      const found = seek(JSON.parse(scripts[i]?.textContent ?? ''), 0);
      if (found) return found;
    } catch {
      // A broken JSON-LD block is common and harmless: other sources of the date remain.
    }
  }
  return null;
}

/** Reads title, publication date, site name, canonical URL and language from a parsed page. */
export function readHtmlMeta(doc: DomDocument): HtmlMeta {
  const timeElement = doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
  const documentTitle = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const lang = attr(doc.documentElement, 'lang') ?? firstContent(doc, ['meta[http-equiv="content-language"]']);
  return {
    title: firstContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']),
    documentTitle,
    published: firstContent(doc, PUBLISHED_META) ?? findJsonLdDate(doc) ?? attr(timeElement, 'datetime'),
    siteName: firstContent(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']),
    url: attr(doc.querySelector('link[rel="canonical"]'), 'href') ?? firstContent(doc, ['meta[property="og:url"]']),
    language: lang,
  };
}

/** Drops a site-name suffix or prefix from a <title>: `غارات على سرت | الجزيرة نت` → `غارات على سرت`. */
export function trimSiteName(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|–—-]\s+|\s*[|]\s*/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title;
  const site = siteName?.trim().toLowerCase();
  const kept = site ? parts.filter((p) => p.toLowerCase() !== site) : parts;
  if (site && kept.length < parts.length) return kept.join(' - ');
  return parts.reduce((best, p) => (p.length > best.length ? p : best), '');
}
