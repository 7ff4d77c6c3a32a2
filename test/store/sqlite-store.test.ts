import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MarsadError } from '../../src/errors.js';
import { openStore } from '../../src/store/open-store.js';
import { openSqlite, migrateSqlite } from '../../src/store/sqlite/database.js';
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite/migrations/index.js';
import { hashOf, makeCorpus } from '../contract/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'marsad-sqlite-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite store specifics', () => {
  it('sees writes committed by another connection (aggregate cache invalidation)', async () => {
    const path = join(dir, 'shared', 'marsad.db');
    const reader = await openStore(path);
    const writer = await openStore(path);
    try {
      const [a, b] = makeCorpus();
      await writer.saveDocument(a!, { origin: 'a', contentHash: hashOf(a!) });
      expect((await reader.stats({})).total).toBe(2);
      expect((await reader.listActors({})).length).toBeGreaterThan(0);
      await writer.saveDocument(b!, { origin: 'b', contentHash: hashOf(b!) });
      expect((await reader.stats({})).total).toBe(4);
      expect((await reader.listPlaces({})).map((p) => p.name)).toContain('Tripoli');
      await reader.review({ targetKind: 'event', targetId: 'b1', action: 'reject', reviewer: 'r' });
      expect((await reader.stats({})).total).toBe(3);
      expect((await writer.stats({})).total).toBe(3);
    } finally {
      await reader.close();
      await writer.close();
    }
  });

  it('records every migration once, in order', () => {
    const h = openSqlite(':memory:');
    expect(migrateSqlite(h.db)).toEqual(SQLITE_MIGRATIONS.map((m) => m.version));
    expect(migrateSqlite(h.db)).toEqual([]);
    const rows = h.db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(rows).toEqual(SQLITE_MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    h.db.close();
  });

  it('upgrades a database holding data from the first schema', async () => {
    const path = join(dir, 'upgrade.db');
    const h = openSqlite(path);
    migrateSqlite(h.db, SQLITE_MIGRATIONS.slice(0, 1));
    const doc = makeCorpus()[0]!;
    h.db.prepare(`INSERT INTO documents (id, content_hash, origin, title, language, published, source, url, text, metadata,
      diagnostics, event_count, ingested_at) VALUES (?, 'h', 'o', ?, 'ar', ?, ?, ?, ?, '{}', '[]', 1, 'now')`)
      .run(doc.id, doc.title, doc.published, doc.source, doc.url, doc.text);
    const event = doc.events[0]!;
    const seq = Number(h.db.prepare(`INSERT INTO events (id, document_id, type, sort_date, status, json)
      VALUES (?, ?, 'ASSAULT', '2016-08-01', 'pending', ?)`).run(event.id, doc.id, JSON.stringify(event)).lastInsertRowid);
    h.db.prepare(`INSERT INTO event_actors (event_seq, role, name, search) VALUES (?, 'actor', 'X', 'united states air force')`).run(seq);
    h.db.close();
    const store = await openStore(path);
    try {
      expect(await store.getEvent(event.id)).toEqual(event);
      expect((await store.queryEvents({ actor: 'air force' })).items.map((e) => e.id)).toEqual([event.id]);
      expect((await store.queryEvents({ q: 'سرت' })).items.map((e) => e.id)).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('reports an unopenable database as E_STORE_CONNECTION', async () => {
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    const error = await openStore(join(file, 'marsad.db')).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(MarsadError);
    expect((error as MarsadError).code).toBe('E_STORE_CONNECTION');
  });

  it('reports use after close as E_STORE', async () => {
    const store = await openStore(join(dir, 'closed.db'));
    await store.close();
    const error = await store.queryEvents({}).then(() => null, (e: unknown) => e);
    expect((error as MarsadError).code).toBe('E_STORE');
  });
});
