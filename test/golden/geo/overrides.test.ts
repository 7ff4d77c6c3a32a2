import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isMarsadError } from '../../../src/errors.js';
import { loadGazetteer } from '../../../src/geo/index.js';
import { loadActorDictionary } from '../../../src/lexicon/actors/index.js';
import { createGeocoder, createPlaceFinder } from '../../../src/pipeline/geocode/index.js';
import { toAnalysis } from './analyze.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/geo/${name}`, import.meta.url));

describe('user directory overrides', () => {
  const gazetteer = loadGazetteer({ userDir: fixture('user') });
  const geocode = (text: string) => {
    const analysis = toAnalysis(text);
    return createGeocoder(gazetteer)(analysis, createPlaceFinder(gazetteer)(analysis));
  };

  it('adds places from YAML and TSV, with admin-1 from the parent city', () => {
    const farm = geocode('قصف على مزرعة قصر الزيتون جنوب سرت').find((p) => p.place.id === 'site:user-test-farm');
    expect(farm?.place.admin1).toBe(gazetteer.byId('wof:421199027')?.admin1);
    expect(geocode('اشتباكات قرب جسر وادي جارف').map((p) => p.place.id)).toContain('site:user-test-bridge');
  });

  it('removes ids, adds aliases and fixes fields', () => {
    expect(gazetteer.byId('wof:421201967')).toBeUndefined();
    expect(geocode('غارات على درنة').map((p) => p.place.id)).not.toContain('wof:421201967');
    expect(geocode('وصلت القوات إلى سرت الحمراء').map((p) => p.place.id)).toContain('wof:421199027');
    expect(gazetteer.byId('wof:421168935')?.population).toBe(400000);
  });

  it('adds actors and actor aliases', () => {
    const actors = loadActorDictionary({ userDir: fixture('user') });
    const found = actors.match(toAnalysis('هاجمت الكتيبة 166 مواقع جماعة البغدادي'));
    expect(found.map((m) => m.entry?.id)).toEqual(['actor:user-test-brigade', 'actor:is']);
  });

  it.each([
    ['bad-place', () => loadGazetteer({ userDir: fixture('bad-place') }), /broken\.yaml:2: .*alpha-2/],
    ['bad-actor', () => loadActorDictionary({ userDir: fixture('bad-actor') }), /broken\.yaml:3: /],
  ])('rejects invalid entries in %s with E_DATA naming file and line', (_name, load, message) => {
    let error: unknown;
    try {
      load();
    } catch (e) {
      error = e;
    }
    expect(isMarsadError(error) && error.code).toBe('E_DATA');
    expect(String((error as Error).message)).toMatch(message);
  });
});
