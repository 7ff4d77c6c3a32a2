import { describe, expect, it } from 'vitest';
import { toDailyBins, toDayNumber, toDayString } from '../../web/src/days.js';
import { findDateSpan, toEventMarks, toSegments, type Mark } from '../../web/src/highlight.js';
import { createFixtureDocuments } from '../api/helpers/fixtures.js';

describe('toSegments', () => {
  const m = (kind: Mark['kind'], a: number, b: number): Mark => ({ kind, span: [a, b] });
  it.each([
    ['no marks', 5, [], [[0, 5, []]]],
    ['one inner mark', 10, [m('evidence', 2, 6)], [[0, 2, []], [2, 6, ['evidence']], [6, 10, []]]],
    ['nested marks, outermost first', 10, [m('actor', 3, 5), m('evidence', 0, 10)],
      [[0, 3, ['evidence']], [3, 5, ['evidence', 'actor']], [5, 10, ['evidence']]]],
    ['overlapping marks', 6, [m('actor', 0, 4), m('place', 2, 6)], [[0, 2, ['actor']], [2, 4, ['actor', 'place']], [4, 6, ['place']]]],
    ['out of range and empty marks dropped', 4, [m('actor', 2, 9), m('place', 3, 3), m('date', -1, 2)], [[0, 4, []]]],
  ] as Array<[string, number, Mark[], Array<[number, number, string[]]>]>)('%s', (_name, length, marks, expected) => {
    const segments = toSegments(length, marks).map((s) => [s.start, s.end, s.marks.map((x) => x.kind)]);
    expect(segments).toEqual(expected);
  });
});

describe('toEventMarks on the fixture reports', () => {
  const docs = createFixtureDocuments();
  it.each(docs.flatMap((d) => d.events.map((e) => [e.id, d.text, e] as const)))('%s: every mark covers its surface text', (_id, text, event) => {
    const marks = toEventMarks(text, event);
    expect(marks[0]?.kind).toBe('evidence');
    for (const mark of marks) expect(mark.span[1]).toBeLessThanOrEqual(text.length);
    const pieces = toSegments(text.length, marks).map((s) => text.slice(s.start, s.end)).join('');
    expect(pieces).toBe(text);
  });

  it('finds the date text inside the evidence sentence', () => {
    const doc = docs[0];
    const strike = doc?.events.find((e) => e.id === 'ev-ar-strike');
    if (!doc || !strike) throw new Error('fixture missing');
    const span = findDateSpan(doc.text, strike);
    expect(span && doc.text.slice(...span)).toBe('يوم الإثنين');
  });
});

describe('days', () => {
  it('round-trips day numbers', () => {
    expect(toDayString(toDayNumber('2016-02-29'))).toBe('2016-02-29');
  });
  it('fills gaps with zero counts', () => {
    expect(toDailyBins([{ day: '2020-01-03', count: 2 }, { day: '2020-01-01', count: 1 }])).toEqual({ first: toDayNumber('2020-01-01'), counts: [1, 0, 2] });
    expect(toDailyBins([])).toBeNull();
  });
});
