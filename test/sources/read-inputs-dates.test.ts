import { describe, expect, it } from 'vitest';
import { dateFromFileName } from '../../src/sources/read-inputs.js';

describe('dateFromFileName', () => {
  it.each([
    ['examples/sirte-2016-08-02.ar.txt', '2016-08-02'],
    ['/data/2019_04_08-report.html', '2019-04-08'],
    ['reuters-20200514.jsonl', '2020-05-14'],
    ['misrata-2020-02-30.txt', null],
    ['report-12345678.txt', null],
    ['notes.txt', null],
  ])('%s → %s', (path, expected) => {
    expect(dateFromFileName(path)).toBe(expected);
  });
});
