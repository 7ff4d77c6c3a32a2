import { describe, expect, it } from 'vitest';
import { guessSector, loadActorDictionary } from '../../../src/lexicon/actors/index.js';
import { toAnalysis } from './analyze.js';

const dictionary = loadActorDictionary({ userDir: '/nonexistent-user-dir' });
const match = (text: string, country: string | null = null) => dictionary.match(toAnalysis(text), { country });

describe('actor aliases resolve to one entry', () => {
  it.each([
    ['أعلن تنظيم الدولة مسؤوليته', 'تنظيم الدولة'],
    ['أعلن تنظيم الدولة الإسلامية مسؤوليته', 'تنظيم الدولة الإسلامية'],
    ['وتبنى داعش الهجوم', 'داعش'],
    ['ISIS claimed the attack.', 'ISIS'],
    ['The Islamic State claimed the attack.', 'Islamic State'],
    ['Officials blamed IS for the attack.', 'IS'],
  ])('%s → actor:is', (text, surface) => {
    const m = match(text).find((a) => a.text === surface);
    expect(m?.entry?.id).toBe('actor:is');
    expect(m?.generic).toBe(false);
  });

  it('does not read the pronoun "is" as the Islamic State', () => {
    expect(match('The situation is calm.').filter((m) => m.entry?.id === 'actor:is')).toEqual([]);
  });
});

describe('generic agents take their country from a nisba or the document', () => {
  it.each([
    ['شن سلاح الجو الأميركي غارات', 'سلاح الجو الأميركي', 'USA', 'MIL'],
    ['أعلنت وزارة الدفاع الفرنسية', 'وزارة الدفاع الفرنسية', 'FRA', 'MIL'],
    ['انسحب الجيش الليبي من المنطقة', 'الجيش الليبي', 'LBY', 'MIL'],
    ['US forces withdrew from the base.', 'US forces', 'USA', 'MIL'],
    ['The Pentagon said the strikes would continue.', 'the Pentagon', 'USA', 'MIL'],
    ['Turkish army shelled the village.', 'Turkish army', 'TUR', 'MIL'],
  ])('%s → %s %s %s', (text, surface, country, sector) => {
    const m = match(text).find((a) => a.text.toLowerCase() === surface.toLowerCase());
    expect(m?.country).toBe(country);
    expect(m?.sector).toBe(sector);
  });

  it.each([
    ['قتل مسلحون مجهولون شرطيا', 'مسلحون مجهولون', 'UAF', 3],
    ['تظاهر محتجون أمام البرلمان', 'محتجون', 'CVL', 6],
    ['سقط مدنيون في القصف', 'مدنيون', 'CVL', 7],
    ['Unidentified gunmen killed a police officer.', 'Unidentified gunmen', 'UAF', 3],
    ['Protesters blocked the road.', 'Protesters', 'CVL', 6],
  ])('%s: %s is %s (inter %d), country from the document', (text, surface, sector, inter) => {
    const m = match(text, 'IRQ').find((a) => a.text === surface);
    expect(m?.generic).toBe(true);
    expect(m?.sector).toBe(sector);
    expect(m?.entry?.acledInter).toBe(inter);
    expect(m?.country).toBe('IRQ');
    expect(m?.entry?.acledName).toMatch(/\(Iraq\)$/);
  });

  it('drops a head noun followed by a named group', () => {
    const found = match('اشتباكات مع مسلحي تنظيم الدولة');
    expect(found.map((m) => m.entry?.id)).toEqual(['actor:is']);
  });
});

describe('named actors carry ACLED names and periods', () => {
  it('the GNA', () => {
    const m = match('أعلنت قوات حكومة الوفاق السيطرة').find((a) => a.entry?.id === 'actor:ly-gna');
    expect(m?.entry?.acledName).toBe('Government of Libya (2016-2021)');
    expect(m?.entry?.validFrom).toBe('2016-03-30');
    expect(m?.entry?.validTo).toBe('2021-03-15');
  });

  it('spans point at the original text', () => {
    const analysis = toAnalysis('وأعلنت ولتنظيم الدولة، وللحوثيين');
    for (const m of dictionary.match(analysis)) expect(analysis.article.text.slice(m.span[0], m.span[1])).toBe(m.text);
  });

  it('has several hundred entries', () => {
    expect(dictionary.size).toBeGreaterThanOrEqual(240);
  });
});

describe('guessSector', () => {
  it.each([
    ['قوات الشرطة المحلية', 'COP'],
    ['كتيبة مجهولة', 'REB'],
    ['حزب جديد', 'PTY'],
    ['the local militia', 'REB'],
    ['army units', 'MIL'],
    ['أشخاص', null],
  ])('%s → %s', (text, sector) => {
    expect(guessSector(text)).toBe(sector);
  });
});
