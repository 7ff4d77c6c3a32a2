import { describe, expect, it } from 'vitest';
import type { Place, PlacePrecision, ResolvedPlace, Span } from '../../types.js';
import { findDocumentFocus, pickEventLocation } from './pick-location.js';

function resolved(id: string, precision: PlacePrecision, span: Span, country = 'LY'): ResolvedPlace {
  const place: Place = { id, name: id, nameAr: null, kind: precision === 'city' ? 'city' : precision, country, admin1: null, lat: 0, lon: 0, population: 0, precision };
  return { place, text: id, span, reason: 'test', score: 1 };
}

const sirte = resolved('sirte', 'city', [10, 14]);
const dollar = resolved('dollar', 'neighbourhood', [30, 40]);
const libya = resolved('libya', 'country', [50, 55]);
const misrata = resolved('misrata', 'city', [120, 127]);
const paris = resolved('paris', 'city', [20, 25], 'FR');

describe('pickEventLocation', () => {
  it.each([
    ['the most specific place in the sentence', [sirte, dollar, libya], [0, 60], [16, 20], 'dollar'],
    ['the nearest of equally specific places', [sirte, misrata], [0, 130], [115, 118], 'misrata'],
    ['a place of the document country over a foreign city', [sirte, paris, misrata], [0, 60], [21, 24], 'sirte'],
    ['the main place when the sentence has none', [sirte, sirte, misrata], [60, 100], [70, 75], 'sirte'],
  ] as Array<[string, ResolvedPlace[], Span, Span, string]>)('picks %s', (_label, places, sentence, trigger, expected) => {
    expect(pickEventLocation(places, sentence, trigger).place?.place.id).toBe(expected);
  });

  it('returns null with a reason when there is no place at all', () => {
    const pick = pickEventLocation([], [0, 10], [2, 4]);
    expect(pick.place).toBeNull();
    expect(pick.reason).toMatch(/no place/);
  });
});

describe('findDocumentFocus', () => {
  it('takes the most mentioned city and its country', () => {
    const focus = findDocumentFocus([sirte, misrata, { ...sirte, span: [200, 204] }, libya]);
    expect(focus.main?.place.id).toBe('sirte');
    expect(focus.country).toBe('LY');
  });
});
