import type { Store } from '../../src/store/port.js';
import type { MarsadEvent } from '../../src/types.js';
import { hashOf, makeCorpus } from './fixtures.js';

/** Saves the contract corpus; returns every event by id. */
export async function seedCorpus(store: Store): Promise<Map<string, MarsadEvent>> {
  const events = new Map<string, MarsadEvent>();
  for (const doc of makeCorpus()) {
    await store.saveDocument(doc, { origin: `fixture:${doc.id}`, contentHash: hashOf(doc) });
    for (const e of doc.events) events.set(e.id, e);
  }
  return events;
}

/** The contract order: date desc (unknown dates last), then id. */
export function byStoreOrder(a: MarsadEvent, b: MarsadEvent): number {
  const da = a.date.value ?? '';
  const db = b.date.value ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Reads every page of a query, following cursors. */
export async function readAll(store: Store, query: Parameters<Store['queryEvents']>[0], pageSize: number): Promise<MarsadEvent[]> {
  const out: MarsadEvent[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 1000; guard++) {
    const page = await store.queryEvents(cursor === undefined ? { ...query, limit: pageSize } : { ...query, limit: pageSize, cursor });
    out.push(...page.items);
    if (page.next === null) return out;
    cursor = page.next;
  }
  throw new Error('pagination did not end');
}
