import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCleaner } from '../../src/pipeline/clean/index.js';
import type { Article, SourceDoc } from '../../src/types.js';
import { FUZZ_SEED, hostileText } from './arbitraries.js';

const TAGS = ['div', 'p', 'span', 'article', 'main', 'figure', 'figcaption', 'script', 'style', 'table', 'td', 'h1', 'a', 'br', 'li', 'ul', 'nav', 'footer'];

/** HTML-ish input: random open/close tags (balanced or not), comments, entities and hostile text. */
const htmlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TAGS).map((t) => `<${t}>`),
      fc.constantFrom(...TAGS).map((t) => `</${t}>`),
      fc.constantFrom('<!-- x -->', '&amp;', '&#1575;', '&nbsp;', '<p dir="rtl" class="caption">', '<img src=x alt="صورة">', '<', '>', '</'),
      hostileText,
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const wholePage = htmlish.map((inner) => `<!doctype html><html><head><title>عنوان</title></head><body>${inner}</body></html>`);

function toDoc(body: string, format: SourceDoc['format'], title: string | null): SourceDoc {
  return { origin: 'fuzz', body, format, title, published: '2016-08-02', url: null, source: null, language: null };
}

function checkArticle(a: Article): void {
  expect(typeof a.id).toBe('string');
  expect(a.id.length).toBeGreaterThan(0);
  expect(typeof a.text).toBe('string');
  expect(['ar', 'en']).toContain(a.language);
  expect(a.title === null || typeof a.title === 'string').toBe(true);
  for (const key of ['captions', 'credits', 'outlets'] as const) {
    expect(Array.isArray(a.metadata[key])).toBe(true);
    for (const item of a.metadata[key]) expect(typeof item).toBe('string');
  }
  for (const d of a.diagnostics) {
    expect(typeof d.code).toBe('string');
    expect(['error', 'warning', 'info']).toContain(d.severity);
    if (d.span) {
      expect(d.span[0]).toBeGreaterThanOrEqual(0);
      expect(d.span[1]).toBeLessThanOrEqual(a.text.length);
    }
  }
}

describe('cleaner on hostile input (fast-check, fixed seed)', () => {
  let clean: ReturnType<typeof createCleaner>;
  beforeAll(() => { clean = createCleaner(); });

  it('plain text: never throws, returns a well-formed article, deterministically', () => {
    fc.assert(
      fc.property(hostileText, fc.option(hostileText, { nil: null }), (body, title) => {
        const a = clean(toDoc(body, 'text', title));
        checkArticle(a);
        expect(clean(toDoc(body, 'text', title))).toEqual(a);
      }),
      { seed: FUZZ_SEED, numRuns: 400 },
    );
  });

  it('HTML fragments and whole pages: never throw, return well-formed articles', () => {
    fc.assert(
      fc.property(fc.oneof(htmlish, wholePage), (body) => {
        checkArticle(clean(toDoc(body, 'html', null)));
      }),
      { seed: FUZZ_SEED, numRuns: 150 },
    );
  });

  // Presentation-form code points whose NFKC form is themselves (unassigned, noncharacters) once sent the
  // shared foldUnit into endless recursion: a stack overflow on one stray character.
  it.each(['\ufdc8', '\ufe75', '\ufdd0', '\ufdef', '\ufdfe'])('a stray %j does not crash the cleaner', (ch) => {
    checkArticle(clean(toDoc(`قتل ${ch} شخص`, 'text', ch)));
  });

  it.each([100, 2_000, 10_000])('deeply nested HTML (%i levels) does not throw', (depth) => {
    const body = `${'<div>'.repeat(depth)}<p>قتل ثلاثة أشخاص في سرت.</p>${'</div>'.repeat(depth)}`;
    checkArticle(clean(toDoc(body, 'html', null)));
  });
});
