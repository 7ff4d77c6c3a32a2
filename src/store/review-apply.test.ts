import { describe, expect, it } from 'vitest';
import { MarsadError } from '../errors.js';
import { applyChanges, toReviewStatus } from './review-apply.js';

describe('applyChanges', () => {
  const event = { id: 'e1', document_id: 'd1', type: 'ASSAULT', location: { name: 'Sirte', lat: 31 }, actors: [] };

  it('sets top-level fields and dotted paths on a copy', () => {
    const out = applyChanges(event, { type: 'COERCE', 'location.name': 'Surt', 'date.value': '2016-08-03' });
    expect(out).toEqual({ ...event, type: 'COERCE', location: { name: 'Surt', lat: 31 }, date: { value: '2016-08-03' } });
    expect(event.location.name).toBe('Sirte');
  });

  it.each(['id', 'document_id', 'document_id.x', '', 'a..b'])('refuses to change %j', (path) => {
    expect(() => applyChanges(event, { [path]: 'x' })).toThrow(MarsadError);
  });

  it('turns undefined into null (JSON has no undefined)', () => {
    expect(applyChanges(event, { location: undefined }).location).toBeNull();
  });
});

describe('toReviewStatus', () => {
  it.each([
    ['confirm', 'pending', 'confirmed'],
    ['confirm', 'rejected', 'confirmed'],
    ['reject', 'confirmed', 'rejected'],
    ['correct', 'pending', 'confirmed'],
    ['correct', 'rejected', 'rejected'],
  ] as const)('%s from %s → %s', (action, current, expected) => {
    expect(toReviewStatus(action, current)).toBe(expected);
  });
});
