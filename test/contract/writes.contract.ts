import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MarsadError } from '../../src/errors.js';
import type { Store } from '../../src/store/port.js';
import { hashOf, makeCorpus, makeDocument, makeIncident } from './fixtures.js';
import type { MakeStore } from './store.contract.js';
import { seedCorpus } from './seed.js';

async function expectStoreError(promise: Promise<unknown>, code: string): Promise<void> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(MarsadError);
  expect((error as MarsadError).code).toBe(code);
}

/** Saving, idempotency, atomicity, documents, incidents storage and failures. */
export function runWriteContract(makeStore: MakeStore): void {
  describe('writes', () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('migrates idempotently', async () => {
      await store.migrate();
      await store.migrate();
      expect((await store.queryEvents({})).items).toEqual([]);
    });

    it('saves a document with its events and reads them back unchanged', async () => {
      const doc = makeCorpus()[0]!;
      const result = await store.saveDocument(doc, { origin: 'a.txt', contentHash: hashOf(doc) });
      expect(result).toEqual({ status: 'inserted', id: 'doc-a' });
      expect(await store.hasContent(hashOf(doc))).toBe(true);
      const stored = await store.getDocument('doc-a');
      const { events, ...fields } = doc;
      expect(stored).toMatchObject({ ...fields, origin: 'a.txt', contentHash: hashOf(doc), eventCount: events.length });
      expect(typeof stored?.ingestedAt).toBe('string');
      for (const event of events) expect(await store.getEvent(event.id)).toEqual(event);
      expect(await store.getEvent('missing')).toBeNull();
      expect(await store.getDocument('missing')).toBeNull();
    });

    it('treats the same content hash as unchanged and writes nothing', async () => {
      const doc = makeCorpus()[0]!;
      await store.saveDocument(doc, { origin: 'a.txt', contentHash: 'same' });
      const renamed = { ...doc, id: 'doc-a-again', events: [] };
      expect(await store.saveDocument(renamed, { origin: 'b.txt', contentHash: 'same' })).toEqual({ status: 'unchanged', id: 'doc-a' });
      expect(await store.getDocument('doc-a-again')).toBeNull();
      expect((await store.getDocument('doc-a'))?.origin).toBe('a.txt');
      expect((await store.queryEvents({})).items).toHaveLength(doc.events.length);
    });

    it('replaces a document saved again under the same id with new content', async () => {
      const doc = makeCorpus()[0]!;
      await store.saveDocument(doc, { origin: 'a.txt', contentHash: 'v1' });
      const changed = { ...doc, events: doc.events.slice(0, 1) };
      expect(await store.saveDocument(changed, { origin: 'a.txt', contentHash: 'v2' })).toEqual({ status: 'inserted', id: 'doc-a' });
      expect((await store.queryEvents({})).items.map((e) => e.id)).toEqual(['a1']);
      expect(await store.hasContent('v1')).toBe(false);
    });

    it('leaves no rows when an event violates a constraint mid-way', async () => {
      const [a, b] = makeCorpus() as [ReturnType<typeof makeCorpus>[0], ReturnType<typeof makeCorpus>[0]];
      await store.saveDocument(a, { origin: 'a.txt', contentHash: hashOf(a) });
      // b's second event reuses an id already stored: a UNIQUE violation after b's first rows were written.
      const clash = { ...b, events: [b.events[0]!, { ...b.events[1]!, id: 'a1' }] };
      await expectStoreError(store.saveDocument(clash, { origin: 'b.txt', contentHash: hashOf(b) }), 'E_STORE');
      expect(await store.getDocument('doc-b')).toBeNull();
      expect(await store.hasContent(hashOf(b))).toBe(false);
      expect(await store.getEvent('b1')).toBeNull();
      expect((await store.getEvent('a1'))?.document_id).toBe('doc-a');
      expect((await store.queryEvents({ q: 'Tripoli' })).items).toEqual([]);
      expect((await store.listActors({ q: 'protesters' }))).toEqual([]);
      // The same document saves cleanly afterwards.
      expect((await store.saveDocument(b, { origin: 'b.txt', contentHash: hashOf(b) })).status).toBe('inserted');
    });

    it('rejects an event that names another document, writing nothing', async () => {
      const doc = makeCorpus()[1]!;
      const wrong = { ...doc, events: [doc.events[0]!, { ...doc.events[1]!, document_id: 'doc-other' }] };
      await expectStoreError(store.saveDocument(wrong, { origin: 'b.txt', contentHash: 'x' }), 'E_STORE');
      expect(await store.getDocument('doc-b')).toBeNull();
      expect(await store.getEvent('b1')).toBeNull();
    });

    it('stores incidents and assigns events to them', async () => {
      await seedCorpus(store);
      await store.saveIncidents([makeIncident('inc-1', ['a1', 'a2'], ['doc-a'])], [
        { eventId: 'a1', incidentId: 'inc-1' },
        { eventId: 'a2', incidentId: 'inc-1' },
      ]);
      expect(await store.getIncident('inc-1')).toEqual(makeIncident('inc-1', ['a1', 'a2'], ['doc-a']));
      expect(await store.getIncident('nope')).toBeNull();
      expect((await store.getEvent('a1'))?.incident_id).toBe('inc-1');
      expect((await store.queryEvents({ incidentId: 'inc-1' })).items.map((e) => e.id).sort()).toEqual(['a1', 'a2']);
      const all = await store.queryIncidents({});
      expect(all.items.map((i) => i.id)).toEqual(['inc-1']);
      expect(all.next).toBeNull();
      expect((await store.queryIncidents({ actor: 'air force' })).items).toHaveLength(1);
      expect((await store.queryIncidents({ actor: 'police' })).items).toHaveLength(0);
      expect((await store.queryIncidents({ type: ['PROTEST'] })).items).toHaveLength(0);
      expect((await store.queryIncidents({ country: ['LY'] })).items).toHaveLength(1);
      expect((await store.queryIncidents({ country: ['USA'] })).items).toHaveLength(1);
      expect((await store.queryIncidents({ country: ['YE'] })).items).toHaveLength(0);
      expect((await store.queryIncidents({ q: 'سرت', from: '2016-08-02' })).items).toHaveLength(1);
      expect((await store.queryIncidents({ bbox: [40, 10, 50, 20] })).items).toHaveLength(0);
      expect((await store.queryIncidents({ documentId: 'doc-a' })).items).toHaveLength(1);
      // Upsert: saving again with a new grade updates the row.
      await store.saveIncidents([{ ...makeIncident('inc-1', ['a1', 'a2'], ['doc-a']), grade: 'confirmed' }], []);
      expect((await store.getIncident('inc-1'))?.grade).toBe('confirmed');
    });

    it('deletes incidents merged into another once their events moved, and refuses while events point at them', async () => {
      await seedCorpus(store);
      await store.saveIncidents([makeIncident('inc-1', ['a1'], ['doc-a']), makeIncident('inc-2', ['a2'], ['doc-a'])], [
        { eventId: 'a1', incidentId: 'inc-1' },
        { eventId: 'a2', incidentId: 'inc-2' },
      ]);
      await expectStoreError(store.saveIncidents([], [], ['inc-2']), 'E_STORE');
      expect(await store.getIncident('inc-2')).not.toBeNull();
      await store.saveIncidents([makeIncident('inc-1', ['a1', 'a2'], ['doc-a'])], [{ eventId: 'a2', incidentId: 'inc-1' }], ['inc-2']);
      expect(await store.getIncident('inc-2')).toBeNull();
      expect((await store.queryEvents({ incidentId: 'inc-1' })).items.map((e) => e.id).sort()).toEqual(['a1', 'a2']);
    });

    it('saves incidents atomically: an unknown event fails the whole call', async () => {
      await seedCorpus(store);
      const call = store.saveIncidents([makeIncident('inc-2', ['a1'], ['doc-a'])], [
        { eventId: 'a1', incidentId: 'inc-2' },
        { eventId: 'no-such-event', incidentId: 'inc-2' },
      ]);
      await expectStoreError(call, 'E_STORE');
      expect(await store.getIncident('inc-2')).toBeNull();
      expect((await store.getEvent('a1'))?.incident_id ?? null).toBeNull();
    });

    it('records failures and lists them newest first', async () => {
      await store.recordFailure('bad.html', { code: 'E_INPUT_NO_ARTICLE', severity: 'error', message: 'no article' });
      await store.recordFailure('odd.txt', { code: 'W_SPAN', severity: 'warning', message: 'span', span: [1, 4] });
      const all = await store.listFailures();
      expect(all.map((f) => f.origin)).toEqual(['odd.txt', 'bad.html']);
      expect(all[0]?.diagnostic).toEqual({ code: 'W_SPAN', severity: 'warning', message: 'span', span: [1, 4] });
      expect((await store.listFailures({ origin: 'bad.html' })).map((f) => f.diagnostic.code)).toEqual(['E_INPUT_NO_ARTICLE']);
    });

    it('keeps Arabic text exact through a round trip', async () => {
      const text = 'قُتِلَ ثلاثةُ مدنيين في قصفٍ على بنغازي، وفقَ مصادرَ طبيةٍ.';
      const doc = makeDocument('doc-ar', 'عنوان', text, [{ id: 'ar1', sentence: 0, type: 'ASSAULT', date: '2016-08-02' }]);
      await store.saveDocument(doc, { origin: 'ar.txt', contentHash: hashOf(doc) });
      const event = await store.getEvent('ar1');
      expect(event?.evidence.text).toBe(text.slice(event!.evidence.span[0], event!.evidence.span[1]));
      expect((await store.getDocument('doc-ar'))?.text).toBe(text);
    });
  });
}
