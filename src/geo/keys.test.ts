import { describe, expect, it } from 'vitest';
import { isArabicName, toArabicKeys, toLatinKey, toLatinSkeleton } from './keys.js';

describe('toArabicKeys', () => {
  it.each([
    ['سرت', ['سرت']],
    ['الرقة', ['الرقه', 'رقه']],
    ['مِصْرَاتَة', ['مصراته']],
    ['دير الزور', ['دير الزور']],
    ['أبو سليم', ['ابو سليم']],
  ])('%s → %j', (name, keys) => {
    expect(toArabicKeys(name)).toEqual(keys);
  });
});

describe('toLatinKey', () => {
  it.each([
    ['Al Hudaydah', 'hudaydah'],
    ["Ma'rib", 'marib'],
    ['Deir ez-Zor', 'deir ez zor'],
    ['Al Bab', 'al bab'],
    ["Dar'a", 'dara'],
    ['Daraa', 'dara'],
    ['Bāb al-Hawā', 'bab al hawa'],
    ['Sirte', 'sirte'],
  ])('%s → %s', (name, key) => {
    expect(toLatinKey(name)).toBe(key);
  });
});

describe('toLatinSkeleton', () => {
  it.each([
    ['Idleb', 'Idlib'],
    ['Misrata', 'Misratah'],
    ['Maarat al-Numan', "Ma'arrat an-Nu'man"],
    ['Deir ez-Zor', 'Dayr az Zawr'],
  ])('%s and %s share a loose key', (a, b) => {
    expect(toLatinSkeleton(a)).not.toBeNull();
    expect(toLatinSkeleton(a)).toBe(toLatinSkeleton(b));
  });

  it.each([['Hama'], ['Ras']])('%s is too short for a loose key', (name) => {
    expect(toLatinSkeleton(name)).toBeNull();
  });
});

describe('isArabicName', () => {
  it.each([
    ['سرت', true],
    ['Qaşr Banī Walīd', false],
    ['استان حدیده', true],
    ['مووسڵ', false],
    ['چهار', false],
  ])('%s → %s', (name, ok) => {
    expect(isArabicName(name)).toBe(ok);
  });
});
