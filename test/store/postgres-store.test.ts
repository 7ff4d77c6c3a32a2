import { createServer } from 'node:net';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { MarsadError } from '../../src/errors.js';
import { openStore } from '../../src/store/open-store.js';
import { createPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { hashOf, makeCorpus } from '../contract/fixtures.js';
import { seedCorpus } from '../contract/seed.js';
import { startTestPostgres } from '../helpers/postgres.js';

const started = await startTestPostgres();
if (!started.ok) console.warn(`postgres store tests SKIPPED: no PostgreSQL server could be started (${started.reason})`);
afterAll(async () => {
  if (started.ok) await started.server.stop();
});

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
    });
  });
}

async function terminateBackends(url: string): Promise<number> {
  const db = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  try {
    const result = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [db]);
    return result.rowCount ?? 0;
  } finally {
    await admin.end();
  }
}

describe.skipIf(!started.ok)('PostgreSQL store specifics', () => {
  const server = started.ok ? started.server : null;

  it('recovers when the server drops every connection', async () => {
    const url = await server!.createDatabase();
    const store = await openStore(url);
    try {
      await seedCorpus(store);
      expect(await terminateBackends(url)).toBeGreaterThan(0);
      expect((await store.queryEvents({})).items).toHaveLength(10);
      await terminateBackends(url);
      const doc = { ...makeCorpus()[0]!, id: 'doc-after' , events: [] };
      expect((await store.saveDocument(doc, { origin: 'x', contentHash: 'after-drop' })).status).toBe('inserted');
    } finally {
      await store.close();
    }
  });

  it('fails with E_STORE_CONNECTION when the server is unreachable, after retrying', async () => {
    const url = `postgres://postgres:x@127.0.0.1:${await closedPort()}/marsad`;
    const store = createPostgresStore(url, { retry: { attempts: 3, baseDelayMs: 5 } });
    const error = await store.queryEvents({}).then(() => null, (e: unknown) => e);
    await store.close();
    expect(error).toBeInstanceOf(MarsadError);
    expect((error as MarsadError).code).toBe('E_STORE_CONNECTION');
    expect((error as MarsadError).message).toMatch(/after 3 attempts/);
  });

  it('stores one copy when the same content is saved concurrently', async () => {
    const url = await server!.createDatabase();
    const [a, b] = [await openStore(url), await openStore(url)];
    try {
      const doc = makeCorpus()[1]!;
      const results = await Promise.all([a, b, a, b].map((s) => s.saveDocument(doc, { origin: 'x', contentHash: hashOf(doc) })));
      expect(results.filter((r) => r.status === 'inserted')).toHaveLength(1);
      expect((await a.queryEvents({})).items).toHaveLength(doc.events.length);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('migrates concurrently without conflict', async () => {
    const url = await server!.createDatabase();
    const stores = [createPostgresStore(url), createPostgresStore(url), createPostgresStore(url)];
    try {
      await Promise.all(stores.map((s) => s.migrate()));
      expect((await stores[0]!.queryEvents({})).items).toEqual([]);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });
});
