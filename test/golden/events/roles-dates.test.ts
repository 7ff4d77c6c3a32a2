import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadChain, type Chain } from './helpers.js';

// Actor roles (speaker vs actor, nisba actors, places), clause-local location and date, fatalities.
// Sentences are written in newswire register for these tests; the Misrata report is the synthetic example.
let chain: Chain;
beforeAll(async () => {
  chain = await loadChain();
});

const example = (name: string): string => readFileSync(fileURLToPath(new URL(`../../../examples/${name}`, import.meta.url)), 'utf8');

describe('the speaker reports, it does not act', () => {
  it.each([
    { lang: 'ar' as const, text: 'قصفت طائرة مسيرة مخزنا للأسلحة قرب مدينة الزاوية، وفق ما أفاد المتحدث باسم قوات حكومة الوفاق محمد قنونو.' },
    { lang: 'ar' as const, text: 'وقال المتحدث باسم الجيش السوري إن غارة جوية استهدفت سيارة في ريف إدلب. وأسفرت الغارة عن مقتل شخصين.' },
    { lang: 'en' as const, text: 'A drone strike hit a weapons depot near Misrata late on Wednesday, a spokesman for the Government of National Accord\'s forces said.' },
    { lang: 'en' as const, text: 'An army spokesman said an airstrike hit a car near Idlib on Tuesday.' },
  ])('$lang: $text', ({ lang, text }) => {
    const { events } = chain.code(text, lang, '2020-05-14');
    const strike = events.find((e) => e.type === 'ASSAULT');
    expect(strike, JSON.stringify(events.map((e) => [e.type, e.evidence.trigger?.text]))).toBeDefined();
    expect(strike?.actors.map((a) => a.name)).toEqual([]);
  });
});

describe('Misrata example report (published 2020-05-14)', () => {
  it.each([
    { lang: 'ar' as const, file: 'synthetic-misrata-strike-2020-05-14.ar.txt' },
    { lang: 'en' as const, file: 'synthetic-misrata-strike-2020-05-14.en.txt' },
  ])('$lang: unidentified perpetrator, Wednesday = 13 May, Misrata', ({ lang, file }) => {
    const { events } = chain.codeReport(example(file), lang, '2020-05-14');
    const strike = events.find((e) => e.type === 'ASSAULT');
    expect(strike?.actors).toEqual([]);
    expect(strike?.date?.value).toBe('2020-05-13');
    expect(strike?.location?.name).toMatch(/Misrat/);
    expect(strike?.fatalities?.min).toBe(3);
    expect(strike?.attribution?.[0]?.role).toBe('spokesman');
  });

  it('ar: the accusation is the spokesman\'s, against Haftar\'s forces', () => {
    const { events } = chain.codeReport(example('synthetic-misrata-strike-2020-05-14.ar.txt'), 'ar', '2020-05-14');
    const accuse = events.find((e) => e.type === 'ACCUSE' && e.evidence.trigger?.text === 'واتهم');
    expect(accuse?.actors[0]?.text).toBe('قنونو');
    expect(accuse?.recipients[0]?.name).toMatch(/Haftar/);
  });
});

describe('a country adjective stands for its state', () => {
  it.each([
    { lang: 'ar' as const, text: 'استمرت الغارات الأميركية على مواقع تنظيم الدولة بمدينة سرت لليوم الثاني على التوالي.' },
    { lang: 'ar' as const, text: 'شنت طائرات أميركية غارات على مواقع لتنظيم الدولة في مدينة سرت أمس.' },
    { lang: 'en' as const, text: 'US air strikes hit Islamic State positions in Sirte on Monday.' },
  ])('$lang: $text', ({ lang, text }) => {
    const { events } = chain.code(text, lang, '2016-08-02');
    const strike = events.find((e) => e.type === 'ASSAULT');
    const actor = strike?.actors[0];
    expect(actor?.name).toBe('United States');
    expect(actor?.country).toBe('USA');
    expect(actor?.sector).toBe('MIL');
    expect(strike?.notes?.en).not.toMatch(/[\u0600-\u06ff]/);
  });

  it('a country named as a place is not an actor', () => {
    const { events } = chain.code('MOSUL, Iraq, March 3, 2021 (Wire) — A roadside bomb hit an army patrol near Mosul on Tuesday.', 'en', '2021-03-03');
    const bomb = events.find((e) => e.type === 'ASSAULT');
    expect(bomb?.actors.map((a) => a.name)).not.toContain('Iraq');
    expect(bomb?.date?.value).toBe('2021-03-02');
  });
});

describe('the trigger\'s clause locates the event', () => {
  it('strikes in Sirte, the district taken in the next clause', () => {
    const text = 'استمرت الغارات الأميركية على مواقع تنظيم الدولة الإسلامية بمدينة سرت وسط ليبيا لليوم الثاني على التوالي، وذلك بعد إعلان قوات حكومة الوفاق السيطرة على حي الدولار.';
    const { events } = chain.code(text, 'ar', '2016-08-02');
    expect(events.find((e) => e.type === 'ASSAULT' && e.mode === 'aerial')?.location?.name).toBe('Sirte');
    expect(events.find((e) => e.evidence.trigger?.text === 'السيطرة')?.location?.name).toMatch(/Dollar/);
  });
});

describe('fatalities by ACLED\'s conventions', () => {
  it.each([
    { text: 'On 9 May 2020, regime forces clashed with rebels on the Tafas front. Several regime soldiers were killed in the attack.', killed: 10 },
    { text: 'On 2 May 2020, Houthi forces attacked the 30th brigade on the Al Fajir front. A number of Houthi fighters were reportedly killed in addition to one fighter from the 30th brigade.', killed: 11 },
    { text: 'On 6 May 2020, 3 PKK militants were killed, injured or captured during security operations carried out by the Gendarmerie in Tunceli.', killed: 0 },
    { text: 'On 5 May 2020, unidentified gunmen opened fire on a car in Daraa, killing at least 3 people and injuring 5 others.', killed: 3 },
  ])('$killed: $text', ({ text, killed }) => {
    const { events } = chain.code(text, 'en', '2020-05-09');
    // The casualty sentence may attach to the event or code its own; either way the count is ACLED's.
    expect(Math.max(0, ...events.map((x) => x.fatalities?.min ?? 0))).toBe(killed);
  });
});
