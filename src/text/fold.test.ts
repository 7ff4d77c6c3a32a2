import { describe, expect, it } from 'vitest';
import { foldKey, foldUnit, foldWithMap, toOriginalSpan } from './fold.js';

describe('foldKey', () => {
  it.each([
    ['أَحْمَدُ', 'احمد'],
    ['إسلامية', 'اسلاميه'],
    ['مستشفى', 'مستشفي'],
    ['١٢٣ ۴۵', '123 45'],
    ['ﻻ', 'لا'],
    ['Sirte  AL-Qaida', 'sirte al-qaida'],
    ['\u200fسرت\u200e', 'سرت'],
    ['«حلب»، اليوم؟', '"حلب", اليوم?'],
  ])('%s → %s', (input, expected) => {
    expect(foldKey(input)).toBe(expected);
  });

  it('leaves unassigned presentation-form code points and noncharacters alone', () => {
    expect(foldUnit(0xfe75)).toBe('\ufe75');
    expect(foldUnit(0xfdd0)).toBe('\ufdd0');
  });
});

describe('foldWithMap', () => {
  it('maps folded spans back to the original, trailing marks included', () => {
    const text = 'وبِسِرْتَ اليومَ';
    const map = foldWithMap(text);
    expect(map.text).toBe('وبسرت اليوم');
    expect(text.slice(...toOriginalSpan(map, 0, 5))).toBe('وبِسِرْتَ');
    expect(text.slice(...toOriginalSpan(map, 6, 11))).toBe('اليومَ');
  });
});
