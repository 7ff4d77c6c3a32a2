import { describe, expect, it } from 'vitest';
import { feed, feedUnit, HASH_SEED, KeyFilter } from './key-filter.js';

describe('KeyFilter', () => {
  const filter = new KeyFilter(20);
  for (const key of ['دير الزور', 'سرت', 'ras al ayn']) filter.addWithPrefixes(key);

  it.each([['دير الزور'], ['دير'], ['سرت'], ['ras'], ['ras al'], ['ras al ayn']])('has the key or word prefix %s', (value) => {
    expect(filter.mayHave(value)).toBe(true);
  });

  it('extends a running hash word by word like the whole string', () => {
    const h = feed(feedUnit(feed(HASH_SEED, 'دير'), 32), 'الزور');
    expect(h).toBe(feed(HASH_SEED, 'دير الزور'));
    expect(filter.mayHaveHash(h)).toBe(true);
  });

  it('hashes a range of a larger text in place', () => {
    const other = new KeyFilter(20);
    const text = 'x\tدير الزور\t1,2';
    other.addRangeWithPrefixes(text, 2, 11);
    expect(other.mayHave('دير الزور')).toBe(true);
    expect(other.mayHave('دير')).toBe(true);
  });

  it('rejects most strings never added', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `word${i}`);
    expect(words.filter((w) => filter.mayHave(w)).length).toBeLessThan(20);
  });
});
