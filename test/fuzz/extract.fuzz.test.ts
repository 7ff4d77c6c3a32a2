import fc from 'fast-check';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEventValidator, listOutputProblems } from '../../bench/lib/validate-output.js';
import { createExtractor, type Extractor } from '../../src/pipeline/run.js';
import type { SourceDoc } from '../../src/types.js';
import { FUZZ_SEED, fullyVocalised, hostileText, newsish } from './arbitraries.js';

/** Sentences shaped like conflict reports, so the coder has events to emit; hostile noise is mixed in. */
const report = fc
  .tuple(
    fc.constantFrom('شنت', 'نفذت', 'قالت', 'أعلنت', 'قتل', 'أصيب', 'اعتقلت', 'تظاهر'),
    fc.constantFrom('طائرات أمريكية', 'القوات الليبية', 'مسلحون مجهولون', 'الشرطة', 'تنظيم الدولة', 'المتظاهرون'),
    fc.constantFrom('غارات جوية على', 'هجوما على', '٣ أشخاص في', 'عشرات في', 'مواقع في'),
    fc.constantFrom('سرت', 'طرابلس', 'بنغازي', 'صنعاء', 'حلب', 'الموصل', 'Sirte', 'غزة'),
    fc.constantFrom('يوم الأحد', 'أمس', 'في 2 أغسطس 2016', '', 'الأسبوع الماضي'),
    hostileText,
  )
  .map((parts) => `${parts.slice(0, 5).join(' ')}. ${parts[5]}`);

const body = fc.oneof(
  { weight: 3, arbitrary: fc.array(report, { minLength: 1, maxLength: 6 }).map((s) => s.join('\n')) },
  { weight: 2, arbitrary: hostileText },
  { weight: 1, arbitrary: fullyVocalised },
  { weight: 1, arbitrary: newsish.map((t) => `<html><body><article><p>${t}</p></article></body></html>`) },
);

const doc: fc.Arbitrary<SourceDoc> = fc.record({
  origin: fc.constant('fuzz'),
  body,
  format: fc.constantFrom('text' as const, 'text' as const, 'html' as const),
  title: fc.option(newsish, { nil: null }),
  published: fc.constantFrom('2016-08-02', null, '0000-00-00', '2016-02-30', 'garbage'),
  url: fc.constant(null),
  source: fc.option(fc.constantFrom('الجزيرة', 'Reuters', 'undefined'), { nil: null }),
  language: fc.constantFrom('ar' as const, 'en' as const, null),
});

describe('extractor on random inputs (fast-check, fixed seed)', () => {
  let extract: Extractor;
  let validate: ValidateFunction;
  beforeAll(() => {
    extract = createExtractor();
    validate = createEventValidator();
  });

  it('never throws, and every output is schema-valid with spans that slice the text', () => {
    let withEvents = 0;
    fc.assert(
      fc.property(doc, (input) => {
        const out = extract(input);
        expect(listOutputProblems(out, validate)).toEqual([]);
        if (out.events.length > 0) withEvents++;
      }),
      { seed: FUZZ_SEED, numRuns: 150 },
    );
    // The generator is meant to reach the event coder, not only the cleaner.
    expect(withEvents).toBeGreaterThan(0);
  });
});
