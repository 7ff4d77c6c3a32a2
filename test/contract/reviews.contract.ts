import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MarsadError } from '../../src/errors.js';
import type { Store } from '../../src/store/port.js';
import type { MarsadEvent } from '../../src/types.js';
import { makeIncident } from './fixtures.js';
import { seedCorpus } from './seed.js';
import type { MakeStore } from './store.contract.js';

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  const error = await promise.then(() => null, (e: unknown) => e);
  return error instanceof MarsadError ? error.code : error === null ? null : 'not a MarsadError';
}

/** Reviews: the audit trail, corrections seen by queries, rejection hiding events. */
export function runReviewContract(makeStore: MakeStore): void {
  describe('reviews', () => {
    let store: Store;
    let events: Map<string, MarsadEvent>;
    beforeEach(async () => {
      store = await makeStore();
      events = await seedCorpus(store);
    });
    afterEach(async () => {
      await store.close();
    });

    it('applies a correction so queries see it, keeping the original in the audit trail', async () => {
      const original = events.get('a1')!;
      const record = await store.review({
        targetKind: 'event', targetId: 'a1', action: 'correct', reviewer: 'analyst-1',
        changes: { type: 'COERCE', 'location.name': 'Surt', 'date.value': '2016-08-03' }, comment: 'wrong type',
      });
      expect(record).toMatchObject({ targetKind: 'event', targetId: 'a1', action: 'correct', reviewer: 'analyst-1', comment: 'wrong type' });
      expect(record.before).toEqual(original);
      const corrected = await store.getEvent('a1');
      expect(record.after).toEqual(corrected);
      expect(corrected).toMatchObject({ type: 'COERCE', location: { name: 'Surt', country: 'LY' }, date: { value: '2016-08-03' } });
      expect((await store.queryEvents({ type: ['COERCE'] })).items.map((e) => e.id).sort()).toEqual(['a1', 'b2']);
      expect((await store.queryEvents({ type: ['ASSAULT'], q: 'Surt' })).items).toEqual([]);
      expect((await store.queryEvents({ q: 'Surt' })).items.map((e) => e.id)).toEqual(['a1']);
      expect((await store.queryEvents({ limit: 1 })).items[0]?.id).toBe('a1');
      expect(await store.getReviewStatus('a1')).toBe('confirmed');
      const trail = await store.listReviews('a1');
      expect(trail).toHaveLength(1);
      expect(trail[0]).toEqual(record);
    });

    it('corrects actors and the place so actor, country and bbox filters follow', async () => {
      const fixed = { ...events.get('g1')!.location, text: 'sirte', name: 'Sirte', country: 'LY', lat: 31.2, lon: 16.6, precision: 'city' as const };
      await store.review({
        targetKind: 'event', targetId: 'g1', action: 'correct', reviewer: 'r',
        changes: { location: fixed, actors: [{ text: 'Fighting', name: 'Misrata Militia', id: 'ly-misrata', country: 'LBY', span: [0, 8] }] },
      });
      expect((await store.queryEvents({ actor: 'misrata' })).items.map((e) => e.id)).toEqual(['g1']);
      expect((await store.queryEvents({ country: ['LY'] })).items.map((e) => e.id)).toContain('g1');
      expect((await store.queryEvents({ bbox: [16, 31, 17, 32] })).items.map((e) => e.id)).toContain('g1');
    });

    it('rejecting hides an event from queries and stats unless asked for', async () => {
      const record = await store.review({ targetKind: 'event', targetId: 'b1', action: 'reject', reviewer: 'analyst-2' });
      expect(record.before).toEqual(events.get('b1'));
      expect(record.after).toEqual({ status: 'rejected' });
      expect((await store.queryEvents({})).items.map((e) => e.id)).not.toContain('b1');
      expect((await store.queryEvents({ includeRejected: true })).items.map((e) => e.id)).toContain('b1');
      expect((await store.stats({})).total).toBe(events.size - 1);
      expect(await store.getEvent('b1')).toEqual(events.get('b1'));
      expect(await store.getReviewStatus('b1')).toBe('rejected');
      await store.review({ targetKind: 'event', targetId: 'b1', action: 'confirm', reviewer: 'analyst-3' });
      expect((await store.queryEvents({})).items.map((e) => e.id)).toContain('b1');
      expect((await store.listReviews('b1')).map((r) => [r.action, r.reviewer])).toEqual([
        ['reject', 'analyst-2'], ['confirm', 'analyst-3'],
      ]);
      expect((await store.listReviews()).length).toBe(2);
    });

    it('reviews incidents too', async () => {
      await store.saveIncidents([makeIncident('inc-1', ['a1'], ['doc-a'])], [{ eventId: 'a1', incidentId: 'inc-1' }]);
      await store.review({ targetKind: 'incident', targetId: 'inc-1', action: 'correct', reviewer: 'r', changes: { grade: 'confirmed' } });
      expect((await store.getIncident('inc-1'))?.grade).toBe('confirmed');
      await store.review({ targetKind: 'incident', targetId: 'inc-1', action: 'reject', reviewer: 'r' });
      expect((await store.queryIncidents({})).items).toEqual([]);
      expect((await store.queryIncidents({ includeRejected: true })).items).toHaveLength(1);
      expect((await store.listReviews('inc-1')).map((r) => r.action)).toEqual(['correct', 'reject']);
    });

    it.each([
      ['unknown event', { targetKind: 'event', targetId: 'nope', action: 'confirm', reviewer: 'r' }, 'E_NOT_FOUND'],
      ['invalid type', { targetKind: 'event', targetId: 'a1', action: 'correct', reviewer: 'r', changes: { type: 'BOMB' } }, 'E_USAGE'],
      ['changing the id', { targetKind: 'event', targetId: 'a1', action: 'correct', reviewer: 'r', changes: { id: 'x' } }, 'E_USAGE'],
      ['empty correction', { targetKind: 'event', targetId: 'a1', action: 'correct', reviewer: 'r', changes: {} }, 'E_USAGE'],
      ['no reviewer', { targetKind: 'event', targetId: 'a1', action: 'confirm', reviewer: ' ' }, 'E_USAGE'],
    ] as const)('refuses %s and records nothing', async (_name, action, code) => {
      expect(await codeOf(store.review(action as Parameters<Store['review']>[0]))).toBe(code);
      expect(await store.listReviews()).toEqual([]);
      expect(await store.getEvent('a1')).toEqual(events.get('a1'));
      expect(await store.getReviewStatus('a1')).toBe('pending');
    });
  });
}
