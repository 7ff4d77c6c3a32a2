import { describe, expect, it } from 'vitest';
import { runUnitTable, createUnitTable } from '../compose.js';
import type { UnitStep } from '../step.js';
import { stripMarks } from './01-strip-marks.js';
import { foldArabicLetters } from './02-fold-letters.js';
import { asciiDigits } from './03-digits.js';
import { asciiPunctuation } from './04-punctuation.js';
import { foldLatin } from './05-latin.js';
import { collapseSpaces } from './06-spaces.js';

const runUnit = (step: UnitStep, input: string): string => runUnitTable(createUnitTable([step]), input).text;

describe('01 strip-marks', () => {
  it.each([
    ['قُتِلَ', 'قتل'],
    ['غاراتٍ', 'غارات'],
    ['شدّة', 'شدة'],
    ['قتـــلى', 'قتلى'],
    ['\u200fسرت\u200e', 'سرت'],
    ['a\u00adb\u200bc', 'abc'],
    ['ٱلرَّحْمَٰن', 'ٱلرحمن'],
    ['plain text', 'plain text'],
  ])('%s → %s', (input, expected) => expect(runUnit(stripMarks, input)).toBe(expected));
});

describe('02 fold-arabic-letters', () => {
  it.each([
    ['أحمد', 'احمد'],
    ['إسرائيل', 'اسراييل'],
    ['آلاف', 'الاف'],
    ['مستشفى', 'مستشفي'],
    ['مدينة', 'مدينه'],
    ['مسؤول', 'مسوول'],
    ['کرمانشاه', 'كرمانشاه'],
    ['\ufefb', 'لا'],
    ['٣، ؟', '٣، ؟'],
  ])('%s → %s', (input, expected) => expect(runUnit(foldArabicLetters, input)).toBe(expected));
});

describe('03 ascii-digits', () => {
  it.each([
    ['٢٠١٦', '2016'],
    ['۱۲۳', '123'],
    ['٣١/٧', '31/7'],
    ['12', '12'],
  ])('%s → %s', (input, expected) => expect(runUnit(asciiDigits, input)).toBe(expected));
});

describe('04 ascii-punctuation', () => {
  it.each([
    ['سرت، ليبيا؛ لماذا؟', 'سرت, ليبيا; لماذا?'],
    ['«الخطوات»', '"الخطوات"'],
    ['“quoted” – ‘x’', '"quoted" - \'x\''],
    ['3٫5 و1٬000', '3.5 و1,000'],
  ])('%s → %s', (input, expected) => expect(runUnit(asciiPunctuation, input)).toBe(expected));
});

describe('05 fold-latin', () => {
  it.each([
    ['REUTERS', 'reuters'],
    ['Beyoncé Ñandú', 'beyonce nandu'],
    ['ISIS في سرت', 'isis في سرت'],
  ])('%s → %s', (input, expected) => expect(runUnit(foldLatin, input)).toBe(expected));
});

describe('06 collapse-spaces', () => {
  it.each([
    ['a  \t b', 'a b', [0, 1, 5, 6]],
    ['a\r\nb', 'a\nb', [0, 2, 3, 4]],
    ['a\u00a0\u2009b', 'a b', [0, 1, 3, 4]],
    ['a\rb', 'a\nb', [0, 1, 2, 3]],
  ])('%j → %j', (input, expected, offsets) => {
    const r = collapseSpaces.apply(input);
    expect(r.text).toBe(expected);
    expect(Array.from(r.offsets)).toEqual(offsets);
  });
});
