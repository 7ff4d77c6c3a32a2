import { describe, expect, it } from 'vitest';
import { escapeLike, toUpperDate } from './filters.js';

describe('toUpperDate', () => {
  it.each([
    ['2016', '2016-12-31'],
    ['2016-02', '2016-02-31'],
    ['2016-08-02', '2016-08-02'],
    ['2016-08-02T10:00:00Z', '2016-08-02'],
  ])('%s → %s', (to, expected) => {
    expect(toUpperDate(to)).toBe(expected);
  });
});

describe('escapeLike', () => {
  it.each([
    ['50%', '50\\%'],
    ['a_b', 'a\\_b'],
    ['c:\\x', 'c:\\\\x'],
    ['سرت', 'سرت'],
  ])('%s → %s', (value, expected) => {
    expect(escapeLike(value)).toBe(expected);
  });
});
