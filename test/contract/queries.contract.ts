import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MarsadError } from '../../src/errors.js';
import type { EventQuery, Store } from '../../src/store/port.js';
import type { MarsadEvent } from '../../src/types.js';
import { hashOf, makeDocument, place } from './fixtures.js';
import { byStoreOrder, readAll, seedCorpus } from './seed.js';
import type { MakeStore } from './store.contract.js';

const FILTERS: Array<[string, EventQuery, string[]]> = [
  ['no filter', {}, ['a1', 'a2', 'b1', 'b2', 'c1', 'c2', 'd1', 'd2', 'f1', 'g1']],
  ['from (ranges overlap)', { from: '2016-08-01' }, ['a1', 'a2', 'b2', 'c1']],
  ['to', { to: '2016-07-19' }, ['d1', 'd2', 'g1']],
  ['to a month', { to: '2016-07' }, ['b1', 'b2', 'd1', 'd2', 'f1', 'g1']],
  ['from and to', { from: '2016-07-20', to: '2016-07-29' }, ['b1', 'f1']],
  ['type', { type: ['PROTEST', 'COERCE'] }, ['b1', 'b2', 'd1', 'd2']],
  ['acled type', { acledType: ['Battles'] }, ['a2', 'f1', 'g1']],
  ['location country ISO2', { country: ['YE'] }, ['c1']],
  ['location country, lower case', { country: ['ly'] }, ['a1', 'a2', 'b1', 'b2']],
  ['actor country ISO3', { country: ['USA'] }, ['a1']],
  ['actor country of a recipient', { country: ['LBY'] }, ['a1', 'a2', 'b1', 'b2']],
  ['ISO2 or ISO3', { country: ['SAU', 'FJ'] }, ['c1', 'd1']],
  ['actor name substring, any case', { actor: 'AIR force' }, ['a1']],
  ['actor Arabic name, letter variants', { actor: 'الدولة الاسلامية' }, ['a1', 'a2']],
  ['actor id', { actor: 'ly-mil' }, ['a2']],
  ['actor recipient', { actor: 'Protesters' }, ['b1', 'b2']],
  ['actor LIKE wildcards are literal', { actor: '%' }, []],
  ['bbox', { bbox: [10, 25, 25, 35] }, ['a1', 'a2', 'b1', 'b2']],
  ['bbox edge is inclusive', { bbox: [16.5887, 31.2089, 16.5887, 31.2089] }, ['a1', 'a2']],
  ['bbox across the antimeridian', { bbox: [170, -25, -170, -10] }, ['d1', 'd2']],
  ['bbox west of the antimeridian only', { bbox: [170, -25, 180, -10] }, ['d1']],
  ['q Arabic matches across proclitics', { q: 'سرت' }, ['a1', 'a2', 'f1']],
  ['q Arabic query with ال matches the bare word', { q: 'الغارات' }, ['c1', 'c2']],
  ['q Arabic hamza and taa marbuta variants', { q: 'إشتباكات عنيفه' }, ['f1']],
  ['q Arabic with diacritics', { q: 'صَنْعَاء' }, ['c1', 'c2']],
  ['q English any case', { q: 'Sirte' }, ['a1', 'a2', 'g1']],
  ['q terms are AND-ed', { q: 'Police Benghazi' }, ['b1', 'b2']],
  ['q prefix', { q: 'Nukua*' }, ['d1', 'd2']],
  ['q matches event fields (actor names)', { q: 'Coalition' }, ['c1']],
  ['q with no match', { q: 'zzzz' }, []],
  ['q of punctuation only is ignored', { q: '،.' }, ['a1', 'a2', 'b1', 'b2', 'c1', 'c2', 'd1', 'd2', 'f1', 'g1']],
  ['document', { documentId: 'doc-c' }, ['c1', 'c2']],
  ['combined', { type: ['ASSAULT'], country: ['LY'], from: '2016-08-02', q: 'القوات' }, ['a2']],
];

/** Filters, ordering, keyset pagination, full text, stats, actors and places. */
export function runQueryContract(makeStore: MakeStore): void {
  describe('queries', () => {
    let store: Store;
    let events: Map<string, MarsadEvent>;
    beforeAll(async () => {
      store = await makeStore();
      events = await seedCorpus(store);
    });
    afterAll(async () => {
      await store.close();
    });

    it.each(FILTERS)('filter: %s', async (_name, query, expected) => {
      const page = await store.queryEvents({ ...query, limit: 1000 });
      expect(page.items.map((e) => e.id).sort()).toEqual([...expected].sort());
      expect(page.next).toBeNull();
    });

    it('orders by date desc (unknown dates last), then id', async () => {
      const page = await store.queryEvents({});
      expect(page.items.map((e) => e.id)).toEqual([...events.values()].sort(byStoreOrder).map((e) => e.id));
    });

    it.each([1, 2, 3, 7])('pages of %i follow the same order without gaps or repeats', async (size) => {
      const all = (await store.queryEvents({ limit: 1000 })).items.map((e) => e.id);
      expect((await readAll(store, {}, size)).map((e) => e.id)).toEqual(all);
      const filtered = (await store.queryEvents({ type: ['ASSAULT'] })).items.map((e) => e.id);
      expect((await readAll(store, { type: ['ASSAULT'] }, size)).map((e) => e.id)).toEqual(filtered);
    });

    it('clamps the page size to [1, 1000] with 100 by default', async () => {
      expect((await store.queryEvents({ limit: 0 })).items).toHaveLength(1);
      expect((await store.queryEvents({ limit: 5000 })).items).toHaveLength(events.size);
      expect((await store.queryEvents({ limit: 3 })).next).not.toBeNull();
    });

    it('rejects a malformed cursor as a usage error', async () => {
      const error = await store.queryEvents({ cursor: 'not-a-cursor' }).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(MarsadError);
      expect((error as MarsadError).code).toBe('E_USAGE');
    });

    it('counts by day, type and country under the same filters', async () => {
      const stats = await store.stats({});
      expect(stats.total).toBe(events.size);
      expect(stats.byType).toEqual([
        { type: 'ASSAULT', count: 5 }, { type: 'PROTEST', count: 3 }, { type: 'ACCUSE', count: 1 }, { type: 'COERCE', count: 1 },
      ]);
      expect(stats.byCountry).toEqual([
        { country: 'LY', count: 4 }, { country: 'FJ', count: 1 }, { country: 'TO', count: 1 }, { country: 'YE', count: 1 },
      ]);
      expect(stats.byDay[0]).toEqual({ day: '2016-07-15', count: 2 });
      expect(stats.byDay.reduce((n, d) => n + d.count, 0)).toBe(events.size - 1);
      const libya = await store.stats({ country: ['LY'], type: ['ASSAULT'] });
      expect(libya.total).toBe(2);
      expect(libya.byDay).toEqual([{ day: '2016-08-01', count: 1 }, { day: '2016-08-02', count: 1 }]);
    });

    it('lists actors by event count, with substring search', async () => {
      const actors = await store.listActors({});
      expect(actors[0]).toEqual({ name: 'Islamic State (Libya)', id: 'isil-libya', country: 'LBY', count: 2 });
      expect(await store.listActors({ q: 'سلاح الجو' })).toEqual([
        { name: 'United States Air Force', id: 'usa-af', country: 'USA', count: 1 },
      ]);
      expect(await store.listActors({ limit: 2 })).toHaveLength(2);
    });

    it('lists places by event count, with substring search', async () => {
      const places = await store.listPlaces({});
      expect(places[0]).toEqual({ name: 'Sirte', id: 'geonames:2210554', country: 'LY', lat: 31.2089, lon: 16.5887, count: 2 });
      expect((await store.listPlaces({ q: 'بنغازي' })).map((p) => p.name)).toEqual(['Benghazi']);
      expect(places.some((p) => p.name === 'Suva')).toBe(true);
    });
  });

  describe('pagination while writing', () => {
    it('a cursor stays valid when newer events arrive between pages', async () => {
      const store = await makeStore();
      try {
        await seedCorpus(store);
        const first = await store.queryEvents({ limit: 4 });
        const text = 'Clashes broke out in Sirte today.';
        const doc = makeDocument('doc-new', 'New', text, [
          { id: 'n1', sentence: 0, type: 'ASSAULT', date: '2016-09-01', place: place('Sirte', 'LY', 31.2, 16.6, null) },
        ]);
        await store.saveDocument(doc, { origin: 'new', contentHash: hashOf(doc) });
        const rest = await readAll(store, { cursor: first.next ?? '' }, 3);
        const ids = [...first.items, ...rest].map((e) => e.id);
        expect(ids).not.toContain('n1');
        expect(new Set(ids).size).toBe(10);
        expect((await store.queryEvents({ limit: 1 })).items[0]?.id).toBe('n1');
      } finally {
        await store.close();
      }
    });
  });
}
