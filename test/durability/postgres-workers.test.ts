import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { startTestPostgres } from '../helpers/postgres.js';
import { killIfAlive, spawnCli, waitFor, type CliProcess } from './process.js';
import { makeReportDocs } from './reports.js';

const JOBS = 200;
const LEASE_MS = 4_000;
const started = await startTestPostgres();

if (!started.ok) {
  console.warn(`durability postgres SKIPPED: no PostgreSQL server could be started (${started.reason})`);
  describe.skip(`durability: two workers on PostgreSQL (skipped: ${started.reason.slice(0, 200)})`, () => {
    it('needs a PostgreSQL server', () => undefined);
  });
} else {
  const server = started.server;
  const workers: CliProcess[] = [];
  afterAll(async () => {
    for (const w of workers) killIfAlive(w);
    await server.stop();
  });

  describe('durability: two workers share a PostgreSQL queue', () => {
    it('processes every job exactly once; a worker killed mid-run leaves its jobs to the other after the lease', async () => {
      const url = await server.createDatabase();
      const store = await openStore(url);
      const docs = makeReportDocs(JOBS);
      try {
        expect(await store.enqueue(docs)).toEqual({ queued: JOBS, duplicates: 0 });
      } finally {
        await store.close();
      }
      const db = new pg.Client({ connectionString: url });
      await db.connect();
      try {
        // Corrupt payloads at the end of the queue (written by something other than `enqueue`).
        await db.query(`INSERT INTO jobs (hash, origin, payload, max_attempts) VALUES
          ('corrupt-1', 'corrupt-1', '{"origin": "corrupt-1", "body": "نص', 5),
          ('corrupt-2', 'corrupt-2', '{"origin": "corrupt-2", "format": "text"}', 5)`);
        const count = async (sql: string, params: unknown[] = []): Promise<number> =>
          Number((await db.query<{ n: string }>(sql, params)).rows[0]?.n ?? 0);
        const args = (id: string): string[] =>
          ['worker', '--db', url, '--id', id, '--batch', '10', '--lease-ms', String(LEASE_MS), '--poll-ms', '100', '--idle-exit'];
        const a = spawnCli(args('A'));
        const b = spawnCli(args('B'));
        workers.push(a, b);

        await waitFor('worker A to finish 10 jobs while holding more', async () =>
          a.child.exitCode !== null || (await count(`SELECT count(*) FILTER (WHERE state = 'done') AS n FROM jobs WHERE worker_id = 'A'`)) >= 10
            && (await count(`SELECT count(*) AS n FROM jobs WHERE worker_id = 'A' AND state = 'running'`)) > 0, 90_000, 20);
        a.child.kill('SIGKILL');
        expect((await a.exited).signal, a.stderr()).toBe('SIGKILL');
        const heldByA = (await db.query<{ id: string }>(`SELECT id FROM jobs WHERE worker_id = 'A' AND state = 'running'`)).rows.map((r) => r.id);
        expect(heldByA.length).toBeGreaterThan(0);
        // B loses its connections too: the store reconnects and B carries on.
        await db.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');

        const ended = await b.exited;
        expect(ended.code, b.stderr()).toBe(1);
        expect(b.stderr()).toMatch(/worker B: stopped after .*: \d+ jobs done .*, 2 failed, 0 retried/);
        expect(b.stderr()).toMatch(/job \d+ corrupt-1: E_INPUT_JSON queued input is not valid JSON/);
        expect(b.stderr()).toMatch(/job \d+ corrupt-2: E_INPUT_JSON queued input is not a source document: body/);

        const states = (await db.query<{ state: string; n: string }>('SELECT state, count(*) AS n FROM jobs GROUP BY state ORDER BY state')).rows;
        expect(Object.fromEntries(states.map((r) => [r.state, Number(r.n)]))).toEqual({ done: JOBS, failed: 2 });
        const retaken = (await db.query<{ id: string; worker_id: string; attempts: number; state: string }>(
          'SELECT id, worker_id, attempts, state FROM jobs WHERE id = ANY($1::bigint[]) ORDER BY id', [heldByA])).rows;
        expect(retaken.map((r) => [r.state, r.worker_id, r.attempts])).toEqual(heldByA.map(() => ['done', 'B', 2]));
        expect(await count(`SELECT count(*) AS n FROM jobs WHERE worker_id = 'A' AND state = 'done'`)).toBeGreaterThanOrEqual(10);

        // Exactly once in storage: one document per job, none twice, every event present.
        const stored = (await db.query<{ origin: string; content_hash: string; event_count: number }>(
          'SELECT origin, content_hash, event_count FROM documents')).rows;
        expect(stored).toHaveLength(JOBS);
        expect(new Set(stored.map((d) => d.content_hash)).size).toBe(JOBS);
        expect(stored.map((d) => d.origin).sort()).toEqual(docs.map((d) => d.origin).sort());
        const declared = stored.reduce((sum, d) => sum + d.event_count, 0);
        expect(await count('SELECT count(*) AS n FROM events')).toBe(declared);
        expect(declared).toBeGreaterThan(JOBS / 2);
      } finally {
        await db.end();
      }
    }, 120_000);
  });
}
