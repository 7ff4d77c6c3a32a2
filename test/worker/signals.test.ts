import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { tempDir } from '../helpers/cli.js';
import { killIfAlive, spawnCli, waitFor, type CliProcess } from '../durability/process.js';
import { makeReportDocs } from '../durability/reports.js';

const JOBS = 300;
const { dir, cleanup } = tempDir('marsad-worker-signal-');
let worker: CliProcess | undefined;
afterAll(() => {
  killIfAlive(worker);
  cleanup();
});

describe('marsad worker on SIGTERM', () => {
  it('finishes the job in hand, gives back the unstarted ones and exits 0', async () => {
    const db = join(dir, 'marsad.db');
    const store = await openStore(db);
    await store.enqueue(makeReportDocs(JOBS));
    await store.close();
    const reader = new Database(db, { readonly: true });
    const done = (): number => (reader.prepare(`SELECT count(*) AS n FROM jobs WHERE state = 'done'`).get() as { n: number }).n;
    try {
      worker = spawnCli(['worker', '--db', db, '--id', 'w', '--batch', '50', '--idle-exit']);
      await waitFor('5 jobs done', () => worker!.child.exitCode !== null || done() >= 5, 60_000);
      worker.child.kill('SIGTERM');
      const ended = await worker.exited;
      expect(ended.code, worker.stderr()).toBe(0);
      expect(worker.stderr()).toContain('worker w: SIGTERM: finishing the current job');
      expect(worker.stderr()).toMatch(/released \d+ claimed, unstarted job\(s\) back to the queue/);
      const rows = reader.prepare('SELECT state, attempts, count(*) AS n FROM jobs GROUP BY state, attempts ORDER BY state').all() as
        Array<{ state: string; attempts: number; n: number }>;
      const byState = Object.fromEntries(rows.map((r) => [`${r.state}/${r.attempts}`, r.n]));
      expect(Object.keys(byState).sort()).toEqual(['done/1', 'pending/0']);
      expect(byState['done/1']! + byState['pending/0']!).toBe(JOBS);
      // Nothing half done: a document exists exactly for each completed job.
      expect((reader.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(byState['done/1']);
    } finally {
      reader.close();
    }
  }, 60_000);
});
