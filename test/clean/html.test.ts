import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCleaner, extractHtml } from '../../src/pipeline/clean/index.js';

const page = readFileSync(new URL('../fixtures/inputs/article.html', import.meta.url), 'utf8');
const clean = createCleaner();

describe('extractHtml', () => {
  it('finds the article, its metadata and its figure captions in a page', () => {
    const result = extractHtml(page);
    expect(result).toMatchObject({
      title: 'قصف مدفعي على حي سكني في درنة', published: '2019-05-14T08:30:00+02:00', siteName: 'موقع الأخبار',
      url: 'https://news.example/ar/derna-shelling', language: 'ar', captions: ['دخان يتصاعد فوق درنة (رويترز)'],
    });
    expect(result?.text.startsWith('قتل ثلاثة مدنيين')).toBe(true);
  });

  it('reads a fragment block by block without Readability', () => {
    const result = extractHtml('<p>الفقرة <b>الأولى</b> هنا.</p><div>الفقرة الثانية</div><script>x()</script>', { fragment: true, minLetters: 1 });
    expect(result?.text).toBe('الفقرة الأولى هنا.\n\nالفقرة الثانية');
  });

  it.each([
    ['<html><body><nav><a href="/a">أخبار</a> <a href="/b">رياضة</a></nav></body></html>'],
    ['<html><body></body></html>'],
  ])('returns null when there is no article: %s', (html) => {
    expect(extractHtml(html)).toBeNull();
  });

  it('takes the date from JSON-LD when meta tags are absent, and trims the site name off <title>', () => {
    const html = `<html><head><title>Clashes in Sirte - Example News</title><meta property="og:site_name" content="Example News">
      <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2016-08-02"}]}</script></head>
      <body><article><p>Fighting continued in Sirte on Tuesday as forces advanced on the last districts held by the group, officials said.</p>
      <p>Engineers cleared mines in the neighbourhoods retaken over the weekend, according to a military spokesman.</p></article></body></html>`;
    expect(extractHtml(html)).toMatchObject({ title: 'Clashes in Sirte', published: '2016-08-02', siteName: 'Example News' });
  });
});

describe('createCleaner on HTML bodies (API uploads)', () => {
  it('extracts a page and cleans it, recording figure captions', () => {
    const article = clean({ origin: 'api', body: page, format: 'html' });
    expect(article).toMatchObject({
      title: 'قصف مدفعي على حي سكني في درنة', published: '2019-05-14T08:30:00+02:00', source: 'موقع الأخبار', language: 'ar',
    });
    expect(article.text.startsWith('قتل ثلاثة مدنيين')).toBe(true);
    expect(article.metadata.captions).toEqual(['دخان يتصاعد فوق درنة (رويترز)']);
  });

  it('reports a page without an article as an error diagnostic and an empty text', () => {
    const article = clean({ origin: 'api', body: '<html><body><nav><a href="/">x</a></nav></body></html>', format: 'html' });
    expect(article.text).toBe('');
    expect(article.diagnostics).toContainEqual(expect.objectContaining({ code: 'no-article', severity: 'error' }));
  });
});
