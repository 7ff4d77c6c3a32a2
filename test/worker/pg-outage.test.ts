import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/pipeline/run.js';
import { runWorker, type WorkerEvent } from '../../src/service/worker.js';
import { openStore } from '../../src/store/open-store.js';
import { startTestPostgres } from '../helpers/postgres.js';
import { makeReportDocs } from '../durability/reports.js';
import { startTcpProxy } from './tcp-proxy.js';

const JOBS = 60;
const started = await startTestPostgres();

if (!started.ok) {
  console.warn(`worker outage test SKIPPED: no PostgreSQL server could be started (${started.reason})`);
  describe.skip(`worker through a database outage (skipped: ${started.reason.slice(0, 200)})`, () => {
    it('needs a PostgreSQL server', () => undefined);
  });
} else {
  const server = started.server;
  afterAll(() => server.stop());

  describe('worker through a database outage', () => {
    it('reports the lost connection, waits it out with backoff and finishes every job once', async () => {
      const url = await server.createDatabase();
      const direct = await openStore(url);
      await direct.enqueue(makeReportDocs(JOBS));
      const target = new URL(url);
      const proxy = await startTcpProxy(Number(target.port));
      target.port = String(proxy.port);
      const store = await openStore(target.toString());
      const events: WorkerEvent[] = [];
      let cutDone = false;
      try {
        const summary = await runWorker({
          store, extract: createExtractor(), workerId: 'w', batch: 5, leaseMs: 60_000, pollMs: 20, idleExit: true,
          onEvent: (event) => {
            events.push(event);
            const done = events.filter((e) => e.kind === 'done').length;
            if (!cutDone && done === 12) {
              cutDone = true;
              proxy.cut();
              setTimeout(() => proxy.restore(), 2_500);
            }
          },
        });
        if (process.env['MARSAD_TEST_DEBUG']) console.log(events.filter((e) => e.kind !== 'done'));
        expect(summary).toMatchObject({ done: JOBS, inserted: JOBS, failed: 0, lost: 0 });
        const outages = events.filter((e) => e.kind === 'outage');
        expect(outages.length).toBeGreaterThan(0);
        expect(outages[0]).toMatchObject({ kind: 'outage', message: expect.stringMatching(/PostgreSQL unreachable/) });
        const delays = outages.map((e) => (e.kind === 'outage' ? e.retryInMs : 0));
        expect(delays).toEqual([...delays].sort((a, b) => a - b));
        expect(events.some((e) => e.kind === 'recovered')).toBe(true);
        expect(await direct.queueStats()).toMatchObject({ done: JOBS, pending: 0, running: 0, failed: 0 });
        const db = new pg.Client({ connectionString: url });
        await db.connect();
        const docs = (await db.query<{ n: number; hashes: number }>('SELECT count(*)::int AS n, count(DISTINCT content_hash)::int AS hashes FROM documents')).rows[0];
        await db.end();
        expect(docs).toEqual({ n: JOBS, hashes: JOBS });
      } finally {
        await store.close();
        await direct.close();
        await proxy.close();
      }
    }, 90_000);
  });
}
