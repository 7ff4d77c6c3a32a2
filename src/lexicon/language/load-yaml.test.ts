import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MarsadError } from '../../errors.js';
import { loadKeepWhole } from './keep-whole.js';
import { loadQuantityLexicon } from './quantity-lexicon.js';
import { loadSegmentLexicon } from './segment-lexicon.js';
import { loadTimeLexicon } from './time-lexicon.js';

const overrides = fileURLToPath(new URL('../../../test/fixtures/language/overrides', import.meta.url));

describe('language data loaders', () => {
  it.each(['ar', 'en'] as const)('load the committed %s data', (language) => {
    expect(loadQuantityLexicon(language).nouns.size).toBeGreaterThan(20);
    expect(loadTimeLexicon(language).months.length).toBeGreaterThanOrEqual(12);
    expect(loadSegmentLexicon(language).clauseAfterComma.length).toBeGreaterThan(2);
  });

  it('folds entries like the text they match', () => {
    const time = loadTimeLexicon('ar');
    expect(time.weekdays.get('الاحد')).toBe(0);
    expect(time.months.find((m) => m.phrase.join(' ') === 'كانون الثاني')?.value).toBe(1);
    expect(loadQuantityLexicon('ar').nouns.get('قتلي')?.kind).toBe('killed');
  });

  it('lays override files over the base: additions and removals', () => {
    const base = loadQuantityLexicon('ar');
    const layered = loadQuantityLexicon('ar', { overrideDirs: [overrides] });
    expect(base.nouns.has('مسيره')).toBe(false);
    expect(layered.nouns.get('مسيره')?.kind).toBe('strikes');
    expect(base.notCounted.has('مره')).toBe(true);
    expect(layered.notCounted.has('مره')).toBe(false);
    const keep = loadKeepWhole({ overrideDirs: [overrides] });
    expect(keep.has('وسام')).toBe(true);
    expect(keep.has('وزير')).toBe(false);
    expect(loadKeepWhole().has('وزير')).toBe(true);
  });

  it('reports a missing or malformed file as E_DATA', () => {
    expect(() => loadTimeLexicon('ar', { overrideDirs: [fileURLToPath(new URL('../../../test/fixtures/language/bad', import.meta.url))] }))
      .toThrow(MarsadError);
  });
});
