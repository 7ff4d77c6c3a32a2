import { describe, expect, it } from 'vitest';
import type { MarsadEvent } from '../types.js';
import { assignIncidents, type ClusterMember } from './index.js';

const NOW = '2026-01-01T00:00:00Z';

function event(id: string, overrides: Partial<MarsadEvent> = {}): MarsadEvent {
  return {
    id, document_id: `doc_${id}`, language: 'ar', type: 'ASSAULT', mode: 'aerial',
    acled: { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' },
    actors: [{ text: 'سلاح الجو الأميركي', name: 'United States Air Force', id: 'usa-air-force', country: 'USA', span: [0, 5] }],
    recipients: [],
    location: { text: 'سرت', name: 'Sirte', country: 'LY', lat: 31.2089, lon: 16.5887, precision: 'city' },
    date: { value: '2016-08-01', precision: 'day' },
    quantities: [{ kind: 'strikes', min: 6, max: null, approximate: false, text: 'أكثر من خمس غارات', span: [0, 5] }],
    attribution: [], evidence: { text: 'x', span: [0, 1] }, confidence: 0.8,
    ...overrides,
  };
}

function member(e: MarsadEvent, source: string, published = '2016-08-02'): ClusterMember {
  return { event: e, documentId: e.document_id, source, published };
}

describe('assignIncidents', () => {
  it('joins an Arabic and an English report of one strike into one incident with two sources and a count range', () => {
    const ar = member(event('a'), 'الجزيرة');
    const en = member(event('b', {
      language: 'en',
      location: { text: 'Sirte', name: 'Sirte', country: 'LY', lat: 31.205, lon: 16.583, precision: 'city' },
      date: { value: '2016-08-02', precision: 'day' },
      quantities: [{ kind: 'strikes', min: 3, max: 3, approximate: false, text: 'three air strikes', span: [0, 5] }],
    }), 'Reuters', '2016-08-03');
    const first = assignIncidents([ar], [], NOW);
    expect(first.changed).toHaveLength(1);
    const second = assignIncidents([en], first.changed, NOW);
    expect(second.changed).toHaveLength(1);
    const incident = second.changed[0]!.incident;
    expect(incident.id).toBe(first.changed[0]!.incident.id);
    expect(incident.sources.sort()).toEqual(['Reuters', 'الجزيرة']);
    expect(incident.counts['strikes']).toEqual({ min: 3, max: 6 });
    expect(incident.grade).toBe('fair');
    expect(incident.earliest_report).toBe('2016-08-02');
    expect(incident.history?.map((h) => h.kind)).toEqual(['created', 'joined']);
  });

  it('keeps incidents apart by place, date and type', () => {
    const base = member(event('a'), 's1');
    const elsewhere = member(event('b', { location: { text: 'Misrata', name: 'Misrata', country: 'LY', lat: 32.37, lon: 15.09, precision: 'city' } }), 's2');
    const later = member(event('c', { date: { value: '2016-08-09', precision: 'day' } }), 's3');
    const protest = member(event('d', { type: 'PROTEST', mode: 'demo', acled: { event_type: 'Protests', sub_event_type: 'Peaceful protest' } }), 's4');
    const result = assignIncidents([base, elsewhere, later, protest], [], NOW);
    expect(result.changed).toHaveLength(4);
  });

  it('grades competing claims of responsibility as contested', () => {
    const a = member(event('a'), 's1');
    const b = member(event('b', { actors: [{ text: 'قوات حفتر', name: 'Libyan National Army', id: 'lby-lna', country: 'LBY', span: [0, 5] }] }), 's2');
    const result = assignIncidents([a, b], [], NOW);
    expect(result.changed).toHaveLength(1);
    expect(result.changed[0]!.incident.grade).toBe('contested');
  });

  it('grades an incident confirmed when a party claims it, and weak with one source', () => {
    const weak = assignIncidents([member(event('a'), 's1')], [], NOW);
    expect(weak.changed[0]!.incident.grade).toBe('weak');
    const claimed = event('b', { attribution: [{ text: 'United States Air Force spokesman', name: 'United States Air Force', role: 'spokesman' }] });
    const confirmed = assignIncidents([member(claimed, 's2')], [], NOW);
    expect(confirmed.changed[0]!.incident.grade).toBe('confirmed');
  });

  it('merges two incidents that a new report bridges, recording the merge', () => {
    const west = member(event('a', { location: { text: 'x', name: 'West', country: 'LY', lat: 31.2, lon: 16.4, precision: 'city' } }), 's1');
    const east = member(event('b', { location: { text: 'y', name: 'East', country: 'LY', lat: 31.2, lon: 16.9, precision: 'city' } }), 's2');
    const first = assignIncidents([west, east], [], NOW);
    expect(first.changed).toHaveLength(2);
    const bridge = member(event('c', { location: { text: 'z', name: 'Mid', country: 'LY', lat: 31.2, lon: 16.65, precision: 'city' } }), 's3');
    const merged = assignIncidents([bridge], first.changed, NOW);
    expect(merged.changed).toHaveLength(1);
    expect(merged.removed).toHaveLength(1);
    expect(merged.changed[0]!.incident.event_ids.sort()).toEqual(['a', 'b', 'c']);
    expect(merged.changed[0]!.incident.history?.some((h) => h.kind === 'merged')).toBe(true);
  });
});
