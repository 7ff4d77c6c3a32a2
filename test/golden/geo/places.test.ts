import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/geo/index.js';
import { createGeocoder, createPlaceFinder, pickEventLocation } from '../../../src/pipeline/geocode/index.js';
import { toAnalysis } from './analyze.js';

const gazetteer = loadGazetteer({ userDir: '/nonexistent-user-dir' });
const find = createPlaceFinder(gazetteer);
const geocode = createGeocoder(gazetteer);

function resolve(text: string, dateline: string | null = null) {
  const analysis = toAnalysis(text, undefined, dateline);
  return geocode(analysis, find(analysis));
}

function placeOf(text: string, surface: string, dateline: string | null = null) {
  return resolve(text, dateline).find((p) => p.text === surface)?.place;
}

describe('ambiguous names resolved by the document', () => {
  it.each([
    ['اشتباكات عنيفة في طرابلس بين قوات الوفاق وقوات حفتر جنوب العاصمة الليبية', 'طرابلس', 'LY'],
    ['تظاهر مئات في طرابلس شمال لبنان احتجاجا على الأوضاع المعيشية', 'طرابلس', 'LB'],
    ['قصف مدفعي على طرابلس وعكار وسط توتر في لبنان', 'طرابلس', 'LB'],
    ['غارات للتحالف على مدينة الرقة شمال سوريا', 'الرقة', 'SY'],
    ['قتلى في اشتباكات بمدينة الحديدة غربي اليمن', 'الحديدة', 'YE'],
    ['انفجار سيارة مفخخة في درنة شرقي ليبيا', 'درنة', 'LY'],
    ['Protesters gathered in Tripoli, Lebanon, on Saturday.', 'Tripoli', 'LB'],
    ['Clashes in Tripoli between GNA and LNA forces, Libya.', 'Tripoli', 'LY'],
  ])('%s: %s → %s', (text, surface, country) => {
    const place = placeOf(text, surface);
    expect(place?.country).toBe(country);
    expect(place?.kind).toBe('city');
  });

  it('uses the dateline when the text has no other clue', () => {
    expect(placeOf('سقطت قذائف على طرابلس', 'طرابلس', 'بيروت')?.country).toBe('LB');
    expect(placeOf('سقطت قذائف على طرابلس', 'طرابلس', 'مصراتة')?.country).toBe('LY');
  });
});

describe('Arabic proclitics and English variants', () => {
  it.each([
    ['وصلت التعزيزات وبسرت اشتباكات', 'سرت', 'wof:421199027'],
    ['انسحبت القوات لمصراتة بعد المعارك', 'مصراتة', 'wof:421168935'],
    ['On 9 May, clashes erupted in Misurata.', 'Misurata', 'wof:421168935'],
    ['On 9 May, clashes erupted in Misrata.', 'Misrata', 'wof:421168935'],
    ['Airstrikes hit Surt on Sunday.', 'Surt', 'wof:421199027'],
    ['Airstrikes hit Sirte on Sunday.', 'Sirte', 'wof:421199027'],
    ['Regime forces shelled Idleb countryside.', 'Idleb', null],
  ])('%s → %s', (text, surface, id) => {
    const found = resolve(text).find((p) => p.text === surface);
    expect(found).toBeDefined();
    if (id) expect(found?.place.id).toBe(id);
    const analysis = toAnalysis(text);
    for (const m of find(analysis)) expect(analysis.article.text.slice(m.span[0], m.span[1])).toBe(m.text);
  });
});

describe('words that are not places', () => {
  it.each([
    ['اندلعت الحرب اليوم بين الطرفين'],
    ['أصدرت الوزارة بيانا حول الأوضاع في العاصمة'],
    ['قال المتحدث إن الغارات استهدفت مواقع التنظيم'],
    ['The Popular Resistance and the Global Coalition said the Ministry of Defence had arrested him.'],
  ])('%s has no place', (text) => {
    expect(resolve(text)).toEqual([]);
  });

  it('a village named like an ordinary word matches only after a cue word', () => {
    expect(gazetteer.lookup('الوفاق').length).toBeGreaterThan(0);
    expect(resolve('أعلنت حكومة الوفاق السيطرة على الحي')).toEqual([]);
  });
});

describe('context words and precision', () => {
  it.each([
    ['سيطرت القوات على حي الدولار في سرت', 'حي الدولار', 'neighbourhood'],
    ['غارات على محافظة الرقة', 'محافظة الرقة', 'admin1'],
    ['قصف مطار معيتيقة في طرابلس', 'مطار معيتيقة', 'point'],
  ])('%s: %s is %s', (text, surface, precision) => {
    const found = resolve(text).find((p) => p.text === surface);
    expect(found?.place.precision).toBe(precision);
    expect(found?.reason).toContain(surface);
  });
});

describe('the reference report', () => {
  const text = readFileSync(new URL('../../../examples/sirte-2016-08-02.ar.txt', import.meta.url), 'utf8');
  const analysis = toAnalysis(text, 'ar');
  const places = geocode(analysis, find(analysis));

  it('resolves Sirte, the Dollar district and Libya, all in Libya', () => {
    const ids = new Set(places.map((p) => p.place.id));
    expect(ids.has('wof:421199027')).toBe(true);
    expect(ids.has('site:ly-sirte-dollar')).toBe(true);
    expect(ids.has('iso:LY')).toBe(true);
    const foreign = places.filter((p) => p.place.country !== 'LY').map((p) => p.text);
    expect(foreign.every((t) => t === 'باريس' || t === 'Paris')).toBe(true);
  });

  it('locates the first sentence in the Dollar district of Sirte or Sirte itself', () => {
    const sentence = analysis.sentences.find((s) => text.slice(s.span[0], s.span[1]).includes('حي الدولار'));
    expect(sentence).toBeDefined();
    if (!sentence) return;
    const trigger = text.indexOf('السيطرة');
    const pick = pickEventLocation(places, sentence.span, [trigger, trigger + 7]);
    expect(['site:ly-sirte-dollar', 'wof:421199027']).toContain(pick.place?.place.id);
  });
});
