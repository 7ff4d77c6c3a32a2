import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MarsadEvent } from '../../src/types.js';
import { startTestServer, type TestServer } from './helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const ids = (events: MarsadEvent[]) => events.map((e) => e.id).sort();
const eventsAt = async (query: string) => {
  const { status, body } = await server.json<{ events: MarsadEvent[]; next: string | null }>(`/events${query}`);
  expect(status).toBe(200);
  return body;
};

describe('GET /events filters', () => {
  it.each([
    ['', ['ev-ar-protest', 'ev-ar-strike', 'ev-ar-support', 'ev-csv', 'ev-en-consult', 'ev-en-shelling', 'ev-xss']],
    ['?type=ASSAULT', ['ev-ar-strike', 'ev-en-shelling', 'ev-xss']],
    ['?type=protest,consult', ['ev-ar-protest', 'ev-csv', 'ev-en-consult']],
    ['?acled_type=Protests', ['ev-ar-protest', 'ev-csv']],
    ['?acled_type=explosions/remote%20violence', ['ev-ar-strike', 'ev-en-shelling']],
    ['?country=YE', ['ev-en-shelling']],
    ['?country=ly', ['ev-ar-protest', 'ev-ar-strike', 'ev-csv']],
    ['?country=LY,YE&type=ASSAULT', ['ev-ar-strike', 'ev-en-shelling']],
    ['?country=USA', ['ev-ar-strike']],
    ['?from=2019-01-01&to=2019-12-31', ['ev-en-consult', 'ev-en-shelling']],
    ['?from=2020', ['ev-csv', 'ev-xss']],
    ['?to=2016-08', ['ev-ar-protest', 'ev-ar-strike']],
    ['?actor=Houthi', ['ev-en-consult', 'ev-en-shelling']],
    ['?actor=' + encodeURIComponent('تنظيم الدولة'), ['ev-ar-strike']],
    ['?bbox=10,25,20,35', ['ev-ar-protest', 'ev-ar-strike']],
    ['?bbox=40,10,60,30&type=ASSAULT', ['ev-en-shelling']],
    ['?q=witnesses', ['ev-csv']],
    ['?q=' + encodeURIComponent('صحفيا'), ['ev-xss']],
    ['?q=' + encodeURIComponent('الكهرباء') + '&type=PROTEST', ['ev-ar-protest']],
    ['?document_id=doc-en-taiz', ['ev-en-consult', 'ev-en-shelling']],
    ['?incident_id=inc-sirte-1', ['ev-ar-strike']],
  ])('%s', async (query, expected) => {
    expect(ids((await eventsAt(query)).events)).toEqual(expected);
  });

  it('pages with limit and cursor without repeating or losing events', async () => {
    const seen: string[] = [];
    let next: string | null = null;
    let pages = 0;
    do {
      const body = await eventsAt(`?limit=3${next ? `&cursor=${next}` : ''}`);
      expect(body.events.length).toBeLessThanOrEqual(3);
      seen.push(...body.events.map((e) => e.id));
      next = body.next;
      pages += 1;
    } while (next && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(7);
  });

  it('returns the next cursor in a header too', async () => {
    const res = await server.get('/events?limit=2');
    const body = (await res.json()) as { next: string };
    expect(res.headers.get('x-next-cursor')).toBe(body.next);
  });
});

describe('GET /events formats', () => {
  it('geojson is a FeatureCollection of points, events without coordinates counted', async () => {
    const res = await server.get('/events?format=geojson');
    expect(res.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    const fc = (await res.json()) as {
      type: string; omitted: number;
      features: Array<{ type: string; id: string; geometry: { type: string; coordinates: number[] }; properties: MarsadEvent }>;
    };
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(5);
    expect(fc.omitted).toBe(2);
    expect(res.headers.get('x-omitted-without-coordinates')).toBe('2');
    const sirte = fc.features.find((f) => f.id === 'ev-ar-strike');
    expect(sirte?.geometry).toEqual({ type: 'Point', coordinates: [16.5887, 31.2089] });
    expect(sirte?.properties.evidence.text).toContain('سرت');
    for (const f of fc.features) expect(f.type).toBe('Feature');
  });

  it('csv has the ACLED columns, escapes cells and neutralises formulas', async () => {
    const res = await server.get('/events?format=csv&type=PROTEST');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await res.text();
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,'
      + 'inter1,actor2,assoc_actor_2,inter2,interaction,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities');
    const row = text.split('\r\n').find((l) => l.startsWith('ev-csv,')) ?? '';
    expect(row).toContain(`,'=cmd|' /C calc'!A0,`);
    expect(row).toContain('"Benghazi, ""Al Kish"""');
    expect(row).toContain(`"'@SUM(1+1) with, comma and ""quotes""\nnew line"`);
    expect(text).not.toMatch(/(^|,)[=+@]/m);
    const tripoli = lines.find((l) => l.startsWith('ev-ar-protest,')) ?? '';
    expect(tripoli).toContain(',Libya,Tripoli,Tripoli,32.8872,13.1913,1,');
    expect(tripoli.startsWith('ev-ar-protest,2016-08-02,2016,1,Demonstrations,Protests,Peaceful protest,Protesters (Libya),,6,,,,60,')).toBe(true);
  });

  it('csv keeps numeric negative coordinates numeric', async () => {
    const text = await (await server.get('/events?format=csv&type=ASSAULT')).text();
    const strike = text.split('\r\n').find((l) => l.startsWith('ev-ar-strike,')) ?? '';
    expect(strike).toContain('Military Forces of the United States,,8,Islamic State (Libya),,2,28,Libya,Surt,Sirte,31.2089,16.5887,1,');
    expect(strike.endsWith(',12')).toBe(true);
  });

  it('plover is JSONL with PLOVER fields', async () => {
    const res = await server.get('/events?format=plover&type=ASSAULT');
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const records = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records).toHaveLength(3);
    const strike = records.find((r) => r.id === 'ev-ar-strike');
    expect(strike).toMatchObject({
      event_type: 'ASSAULT', mode: 'aerial', context: ['military', 'terrorism'], date: '2016-08-01',
      actor: [{ name: 'Military Forces of the United States', country: 'USA', sector: 'MIL' }],
      recipient: [{ name: 'Islamic State (Libya)', country: 'LBY', sector: 'REB' }],
      location: { name: 'Sirte', country: 'LY', lat: 31.2089, lon: 16.5887 },
    });
    expect(String(strike?.source_text)).toContain('خمس غارات');
  });
});

describe('single resources', () => {
  it('GET /events/:id gives the event and its review status', async () => {
    const { status, body } = await server.json<{ event: MarsadEvent; status: string }>('/events/ev-en-shelling');
    expect(status).toBe(200);
    expect(body.event.type).toBe('ASSAULT');
    expect(body.status).toBe('pending');
  });

  it('GET /documents/:id gives the text its events point into', async () => {
    const { body } = await server.json<{ document: { text: string; title: string }; events: MarsadEvent[] }>('/documents/doc-ar-sirte');
    expect(body.events).toHaveLength(3);
    for (const e of body.events) {
      expect(body.document.text.slice(...e.evidence.span)).toBe(e.evidence.text);
      for (const a of e.actors) expect(body.document.text.slice(...a.span)).toBe(a.text);
    }
  });

  it('GET /incidents and /incidents/:id', async () => {
    const list = await server.json<{ incidents: Array<{ id: string }>; next: string | null }>('/incidents?country=LY');
    expect(list.body.incidents.map((i) => i.id)).toEqual(['inc-sirte-1']);
    const one = await server.json<{ incident: { grade: string }; events: MarsadEvent[] }>('/incidents/inc-sirte-1');
    expect(one.body.incident.grade).toBe('fair');
    expect(one.body.events.map((e) => e.id)).toEqual(['ev-ar-strike']);
    expect((await server.json<{ incidents: unknown[] }>('/incidents?type=PROTEST')).body.incidents).toEqual([]);
  });

  it.each([['/events/nope'], ['/documents/nope'], ['/incidents/nope'], ['/no/such/route']])('404 as JSON for %s', async (path) => {
    const { status, body, res } = await server.json<{ error: { code: string } }>(path);
    expect(status).toBe(404);
    expect(body.error.code).toBe('E_NOT_FOUND');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });
});

describe('lists and stats', () => {
  it('GET /actors counts events per actor and filters by q', async () => {
    const { body } = await server.json<{ actors: Array<{ name: string; count: number }> }>('/actors?q=houthi');
    expect(body.actors).toContainEqual(expect.objectContaining({ name: 'Houthi Movement', count: 2 }));
  });

  it('GET /places lists places with coordinates', async () => {
    const { body } = await server.json<{ places: Array<{ name: string; lat: number | null }> }>('/places?limit=50');
    expect(body.places).toContainEqual(expect.objectContaining({ name: 'Sirte', lat: 31.2089 }));
  });

  it('GET /stats honours the same filters', async () => {
    const all = await server.json<{ total: number; byType: Array<{ type: string; count: number }> }>('/stats');
    expect(all.body.total).toBe(7);
    expect(all.body.byType).toContainEqual({ type: 'ASSAULT', count: 3 });
    const ly = await server.json<{ total: number; byDay: Array<{ day: string; count: number }>; byCountry: unknown[] }>('/stats?country=LY&type=ASSAULT');
    expect(ly.body.total).toBe(1);
    expect(ly.body.byDay).toEqual([{ day: '2016-08-01', count: 1 }]);
  });

  it('GET /health', async () => {
    expect((await server.json('/health')).body).toEqual({ status: 'ok', store: 'sqlite' });
  });
});
