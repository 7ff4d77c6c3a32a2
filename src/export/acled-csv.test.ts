import { describe, expect, it } from 'vitest';
import { toCsvCell } from './acled-csv.js';

describe('toCsvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+33 1 23', "'+33 1 23"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=cmd', "'\t=cmd"],
    ['=HYPERLINK("x", "y")', `"'=HYPERLINK(""x"", ""y"")"`],
    [' padded ', '" padded "'],
    ['سرت، ليبيا', 'سرت، ليبيا'],
  ])('%j → %s', (input, expected) => {
    expect(toCsvCell(input)).toBe(expected);
  });

  it.each([[-12.5, '-12.5'], [0, '0'], [Number.NaN, ''], [null, ''], [undefined, '']])('number/empty %j → %j', (input, expected) => {
    expect(toCsvCell(input)).toBe(expected);
  });
});
