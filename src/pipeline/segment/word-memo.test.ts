import { describe, expect, it } from 'vitest';
import { hashWord, type MemoEntry, WordMemo } from './word-memo.js';

const entry = (norm: string, endsInTa = false): MemoEntry => ({ norm, endsInTa });

function lookup(memo: WordMemo<MemoEntry>, text: string, start: number, end: number, ta = false): MemoEntry | undefined {
  return memo.get(text, start, end, ta, hashWord(text, start, end, ta));
}

function add(memo: WordMemo<MemoEntry>, e: MemoEntry): void {
  memo.add(e, hashWord(e.norm, 0, e.norm.length, e.endsInTa));
}

describe('WordMemo', () => {
  it('finds words by a range of a larger text, keyed by the ة flag too', () => {
    const memo = new WordMemo<MemoEntry>(100);
    const plain = entry('مدينه');
    const ta = entry('مدينه', true);
    add(memo, plain);
    add(memo, ta);
    const text = 'في مدينه سرت';
    expect(lookup(memo, text, 3, 8)).toBe(plain);
    expect(lookup(memo, text, 3, 8, true)).toBe(ta);
    expect(lookup(memo, text, 9, 12)).toBeUndefined();
    expect(lookup(memo, text, 3, 7)).toBeUndefined();
  });

  it('keeps every entry through growth and starts over past its limit', () => {
    const memo = new WordMemo<MemoEntry>(10_000);
    const words = Array.from({ length: 5000 }, (_, i) => `w${i}`);
    for (const w of words) add(memo, entry(w));
    expect(words.every((w) => lookup(memo, w, 0, w.length)?.norm === w)).toBe(true);
    const small = new WordMemo<MemoEntry>(3);
    for (const w of ['a', 'b', 'c', 'd']) add(small, entry(w));
    expect(lookup(small, 'a', 0, 1)).toBeUndefined();
    expect(lookup(small, 'd', 0, 1)?.norm).toBe('d');
  });

  it.each([
    ['ab', 'ba'],
    ['قتل', 'قتلى'],
    ['', 'a'],
  ])('tells %j from %j even when probing collides', (a, b) => {
    const memo = new WordMemo<MemoEntry>(10);
    add(memo, entry(a));
    expect(lookup(memo, b, 0, b.length)).toBeUndefined();
    expect(lookup(memo, a, 0, a.length)?.norm).toBe(a);
  });
});
