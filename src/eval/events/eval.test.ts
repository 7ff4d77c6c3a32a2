import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument, MarsadEvent, SourceDoc } from '../../types.js';
import { evaluateAcled, evaluatePlover, formatEvalReport, parseCsv, parseGold, sameActor, toIsoDate } from './index.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../../test/fixtures/events/${name}`, import.meta.url));

function event(partial: Partial<MarsadEvent>): MarsadEvent {
  return {
    id: 'e', document_id: 'd', language: 'en', type: 'ASSAULT', actors: [], recipients: [], location: null,
    date: { value: null, precision: 'unknown' }, quantities: [], attribution: [], confidence: 0.8,
    evidence: { text: 'x', span: [0, 1], trigger: { text: 'x', span: [0, 1] } }, ...partial,
  };
}

function doc(events: MarsadEvent[]): ExtractedDocument {
  return {
    id: 'd', title: null, language: 'en', published: null, source: null, url: null, text: '',
    metadata: { captions: [], credits: [], outlets: [], sourceLine: null, dateline: null, removed: [] }, events, diagnostics: [],
  };
}

/** A scripted extractor: answers by keyword, so the scores below are known in advance. */
function scripted(d: SourceDoc): ExtractedDocument {
  const b = d.body;
  if (b.includes('airstrikes')) {
    return doc([event({
      mode: 'aerial', acled: { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' }, fatalities: { min: 2, max: 2 },
      actors: [{ text: 'warplanes', name: 'Military Forces of Libya (2014-)', span: [0, 1] }],
      location: { text: 'Sirte', name: 'Sirte', country: 'LY', admin1: 'Surt', lat: 31.2, lon: 16.6, precision: 'city' },
    })]);
  }
  if (b.includes('clashed')) return doc([event({ acled: { event_type: 'Violence against civilians', sub_event_type: 'Attack' } })]);
  if (b.includes('protested')) return doc([event({ type: 'PROTEST', acled: { event_type: 'Protests', sub_event_type: 'Peaceful protest' } })]);
  if (b.includes('condemned')) return doc([event({ type: 'ACCUSE', cameo: '111', actors: [{ text: 'Egypt', name: 'Egypt', country: 'EGY', span: [0, 5] }] })]);
  if (b.includes('weather')) return doc([event({ type: 'CONSULT' })]);
  return doc([]);
}

describe('evaluateAcled', () => {
  it('scores type, sub-type, actors, place and fatalities against the rows', async () => {
    const r = await evaluateAcled(fixture('acled-sample.csv'), scripted);
    expect(r.records).toBe(4);
    expect(r.missed).toBe(1);
    expect(r.fields['event_type']).toMatchObject({ correct: 2, total: 4 });
    expect(r.fields['sub_event_type']).toMatchObject({ correct: 2, total: 4 });
    expect(r.fields['actor1']).toMatchObject({ correct: 1 });
    expect(r.fields['location_within_25km']).toMatchObject({ correct: 1, total: 4 });
    expect(r.fields['fatalities_exact']).toMatchObject({ correct: 4, total: 4 });
    expect(r.confusion['Battles']).toEqual({ 'Violence against civilians': 1 });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    const table = formatEvalReport(r);
    expect(table).toContain('event_type');
    expect(table).toContain('confusion');
  });
});

describe('evaluatePlover', () => {
  it('maps CAMEO roots and old names, counts false positives on no-event records', async () => {
    const r = await evaluatePlover(fixture('plover-sample.jsonl'), scripted);
    expect(r.records).toBe(2);
    expect(r.fields['event_type']).toMatchObject({ correct: 1, total: 2 });
    expect(r.fields['source_country']).toMatchObject({ correct: 1, total: 2 });
    expect(r.extra['false_positives']).toBe(1);
  });

  it('reads PLOVER gold records with older type names', () => {
    const gold = parseGold(JSON.stringify([
      { id: 'a', event: 'DISAPPROVE', text: 'x', source: [{ code: 'USA' }] },
      { id: 'b', event: 'FIGHT', text: 'y' },
      { id: 'c', event: 'DOCUMENT' },
    ]));
    expect(gold.map((g) => g.type)).toEqual(['ACCUSE', 'ASSAULT']);
    expect(gold[0]?.source).toBe('USA');
  });
});

describe('helpers', () => {
  it.each([
    ['9-May-20', '2020-05-09'],
    ['09 May 2020', '2020-05-09'],
    ['2020-05-09', '2020-05-09'],
  ])('toIsoDate(%s)', (a, b) => expect(toIsoDate(a)).toBe(b));
  it('matches ACLED actor names loosely', () => {
    expect(sameActor('Military Forces of Libya (2014-)', 'Military Forces of Libya (2014-2020)')).toBe(true);
    expect(sameActor('Protesters (Israel)', 'Rioters (Israel)')).toBe(false);
  });
  it('parses quoted CSV fields', () => {
    expect(parseCsv('a,b\n"x, ""y""",2\n')).toEqual([{ a: 'x, "y"', b: '2' }]);
  });
});
