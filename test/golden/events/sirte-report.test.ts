import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MarsadEvent } from '../../../src/types.js';
import { loadChain } from './helpers.js';

// The reference report (Al Jazeera, 2 August 2016): every event it states, by general rules and data.
const TEXT = readFileSync(new URL('../../fixtures/events/sirte-2016-08-02.ar.txt', import.meta.url), 'utf8');
let events: MarsadEvent[] = [];
let text = '';

beforeAll(async () => {
  const chain = await loadChain();
  const out = chain.codeReport(TEXT, 'ar', '2016-08-02');
  events = out.events;
  text = out.analysis.article.text;
});

const by = (pred: (e: MarsadEvent) => boolean): MarsadEvent[] => events.filter(pred);
const trig = (e: MarsadEvent): string => e.evidence.trigger?.text ?? '';

describe('reference report: sirte-2016-08-02', () => {
  it('codes the US air strikes on IS positions in Sirte with the spokesman as source', () => {
    const strikes = by((e) => e.type === 'ASSAULT' && e.mode === 'aerial' && e.evidence.text.includes('شن أكثر من خمس غارات'));
    expect(strikes).toHaveLength(1);
    const e = strikes[0]!;
    expect(e.acled).toMatchObject({ event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' });
    expect(e.cameo).toBe('195');
    expect(e.quad_class).toBe(4);
    expect(e.actors[0]?.text).toContain('سلاح الجو الأميركي');
    expect(e.quantities.find((q) => q.kind === 'strikes')?.text).toBe('أكثر من خمس غارات');
    expect(e.attribution[0]).toMatchObject({ role: 'spokesman' });
    expect(e.attribution[0]?.text).toContain('محمد الغصري');
    expect(e.attribution.at(-1)?.role).toBe('outlet');
    expect(e.location?.name).toMatch(/Sirte|Surt/);
    expect(e.date.value).toBe('2016-08-02');
  });

  it('codes the clashes as Battles – Armed clash with both parties as actors', () => {
    const clash = by((e) => e.mode === 'clash' && trig(e).includes('اشتباكات'))[0];
    expect(clash?.acled?.sub_event_type).toBe('Armed clash');
    expect(clash?.actors.length).toBeGreaterThanOrEqual(2);
    expect(clash?.actors.map((a) => a.text).join(' ')).toContain('البنيان المرصوص');
  });

  it('codes the Dollar district taken as Government regains territory', () => {
    const taken = by((e) => e.type === 'ASSAULT' && e.mode === 'occupy' && e.modality === 'asserted');
    expect(taken.length).toBeGreaterThan(0);
    expect(taken.every((e) => e.acled?.sub_event_type === 'Government regains territory')).toBe(true);
    expect(taken.some((e) => (e.location?.text ?? '').includes('الدولار') || e.evidence.text.includes('حي الدولار'))).toBe(true);
  });

  it('codes mine and IED clearing as Disrupted weapons use', () => {
    const demine = by((e) => e.mode === 'demine')[0];
    expect(demine?.acled?.sub_event_type).toBe('Disrupted weapons use');
    expect(demine?.actors[0]?.text).toContain('كتائب الهندسة العسكرية');
  });

  it('codes al-Sarraj visit (CONSULT/visit), pledge of support (SUPPORT), request (REQUEST) and refusal (REJECT)', () => {
    expect(by((e) => e.type === 'CONSULT' && e.mode === 'visit').length).toBeGreaterThan(0);
    const support = by((e) => e.type === 'SUPPORT' && e.evidence.text.includes('وضع كل الإمكانات'))[0];
    expect(support?.recipients[0]?.text).toContain('البنيان المرصوص');
    expect(by((e) => e.type === 'REQUEST' && e.evidence.text.includes('الانضمام')).length).toBe(1);
    const reject = by((e) => e.type === 'REJECT')[0];
    expect(reject?.evidence.text).toContain('تدخل دولي');
  });

  it('codes Ayrault phone call (CONSULT/phone) and welcome (SUPPORT), and Gentiloni support (SUPPORT)', () => {
    const phone = by((e) => e.type === 'CONSULT' && e.mode === 'phone')[0];
    expect(phone?.actors[0]?.text).toContain('أيرولت');
    expect(phone?.cameo).toBe('041');
    const welcome = by((e) => e.type === 'SUPPORT' && trig(e) === 'رحب')[0];
    expect(welcome?.actors[0]?.text).toContain('أيرولت');
    expect(welcome?.refers_to).toBeTruthy();
    const gentiloni = by((e) => e.type === 'SUPPORT' && e.actors.some((a) => a.text.includes('جينتيلوني')))[0];
    expect(gentiloni?.modality).toBe('asserted');
    expect(gentiloni?.refers_to).toBe(by((e) => e.mode === 'aerial')[0]?.id);
  });

  it('codes the Pentagon statement on the strikes aim', () => {
    const pentagon = by((e) => e.evidence.text.includes('وزارة الدفاع الأميركية') && e.type === 'SUPPORT')[0];
    expect(pentagon?.actors[0]?.text).toContain('وزارة الدفاع الأميركية');
  });

  it('keeps the intent to retake Sirte as future, not a fact', () => {
    const retake = by((e) => trig(e).includes('لاستعادة'))[0];
    expect(retake?.modality).toBe('future');
    expect(retake?.acled ?? null).toBeNull();
  });

  it('gives spans that point into the text, stable ids and schema-valid records', () => {
    const schema = JSON.parse(readFileSync(new URL('../../../contract/event.schema.json', import.meta.url), 'utf8')) as object;
    const ajv = new Ajv2020.default({ strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    for (const e of events) {
      expect(validate(e), JSON.stringify(validate.errors)).toBe(true);
      expect(text.slice(e.evidence.span[0], e.evidence.span[1])).toBe(e.evidence.text);
      if (e.evidence.trigger) expect(text.slice(...e.evidence.trigger.span)).toBe(e.evidence.trigger.text);
      for (const a of [...e.actors, ...e.recipients]) expect(text.slice(a.span[0], a.span[1])).toBe(a.text);
      for (const a of e.attribution) if (a.span) expect(text.slice(a.span[0], a.span[1])).toBe(a.text);
      expect(e.confidence).toBeGreaterThanOrEqual(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
      expect(e.notes?.en.length).toBeGreaterThan(10);
      expect(e.notes?.ar.length).toBeGreaterThan(10);
    }
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });
});
