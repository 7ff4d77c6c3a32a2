import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldUnitSafe as foldUnit } from './safe-fold.js';
import { detectLanguage, normalizeText } from './index.js';

const SPACES = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000, 0x2028, 0x2029]);
for (let c = 0x2000; c <= 0x200a; c++) SPACES.add(c);

describe('normalizeText', () => {
  it.each(['ar', 'en'] as const)('agrees with the shared foldUnit on every non-space BMP unit (%s)', (language) => {
    const mismatches: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (SPACES.has(code) || (code >= 0xd800 && code <= 0xdfff)) continue;
      const ch = String.fromCharCode(code);
      if (normalizeText(ch, language).text !== foldUnit(code)) mismatches.push(code);
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it.each([
    ['ar', 'وقُتِلَ  ٣ أشخاصٍ، في «سرت»', 'وقتل 3 اشخاص, في "سرت"'],
    ['en', 'At least  12 PEOPLE were killed — Reuters', 'at least 12 people were killed - reuters'],
  ] as const)('%s: %s', (language, input, expected) => {
    expect(normalizeText(input, language).text).toBe(expected);
  });

  it('maps every unit back to its original offset', () => {
    const input = 'قُتِلَ ٣';
    const r = normalizeText(input, 'ar');
    expect(r.text).toBe('قتل 3');
    expect(Array.from(r.offsets)).toEqual([0, 2, 4, 6, 7, 8]);
  });

  it('keeps maps valid and monotonic on arbitrary text (property, fixed seed)', () => {
    const alphabet = [...'قتلى غارات،؛؟«»ًٌٍَُِّْـ\u200f\u200e\ufefb٠١٢۳ aA\t\r\n.,é', '\ud83d\ude00'];
    const arb = fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((a) => a.join(''));
    fc.assert(
      fc.property(arb, fc.constantFrom('ar' as const, 'en' as const), (input, language) => {
        const r = normalizeText(input, language);
        expect(r.offsets.length).toBe(r.text.length + 1);
        expect(r.offsets[r.text.length]).toBe(input.length);
        for (let i = 0; i < r.text.length; i++) {
          const o = r.offsets[i] ?? -1;
          expect(o).toBeGreaterThanOrEqual(0);
          expect(o).toBeLessThan(input.length);
          expect(o).toBeLessThanOrEqual(r.offsets[i + 1] ?? 0);
        }
      }),
      { seed: 20160802, numRuns: 400 },
    );
  });
});

describe('detectLanguage', () => {
  it.each([
    ['استمرت الغارات الأميركية على سرت', 'ar'],
    ['US air strikes continued on Sirte', 'en'],
    ['غارات US strikes على سرت وسط ليبيا', 'ar'],
    ['', 'en'],
    ['2016', 'en'],
  ] as const)('%s → %s', (text, language) => expect(detectLanguage(text)).toBe(language));
});
