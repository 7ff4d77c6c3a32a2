import { describe, expect, it } from 'vitest';
import { normalizeDate } from './published.js';

describe('normalizeDate', () => {
  it.each([
    ['2016-08-02', '2016-08-02'],
    ['2016-08-02T10:00:00Z', '2016-08-02T10:00:00Z'],
    ['2016-08-02T10:00:00.123+0200', '2016-08-02T10:00:00+02:00'],
    ['2016-08-02 10:00', '2016-08-02T10:00:00'],
    ['Tue, 02 Aug 2016 10:00:00 GMT', '2016-08-02T10:00:00Z'],
    ['Sun, 18 Feb 2018 21:35:43 +0400', '2018-02-18T21:35:43+04:00'],
    ['2 Sept 2016', '2016-09-02'],
    ['2016/8/2', '2016-08-02'],
    [1470132000, '2016-08-02T10:00:00Z'],
    ['1470132000000', '2016-08-02T10:00:00Z'],
    ['2016-02-30', null],
    ['yesterday', null],
    ['', null],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });
});
