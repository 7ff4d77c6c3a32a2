import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { writeReports } from '../durability/reports.js';

const { dir, cleanup } = tempDir('marsad-queue-cli-');
afterAll(cleanup);

describe('marsad ingest --queue and marsad worker', () => {
  it('queues inputs once, reports unreadable ones, and workers drain the queue', async () => {
    const inputs = join(dir, 'in');
    writeReports(inputs, 6);
    writeFileSync(join(inputs, 'empty.txt'), '');
    const db = join(dir, 'marsad.db');

    const first = await runCli(['ingest', '--queue', inputs, '--db', db]);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('empty.txt: input is empty');
    expect(first.stderr).toContain('queued 6 of 7 inputs (0 already queued, 1 failed to read)');
    const again = await runCli(['ingest', '--queue', inputs, '--db', db]);
    expect(again.stderr).toContain('queued 0 of 7 inputs (6 already queued, 1 failed to read)');

    const store = await openStore(db);
    try {
      expect(await store.queueStats()).toMatchObject({ pending: 6, total: 6 });
      expect((await store.queryEvents({})).items).toEqual([]);

      const once = await runCli(['worker', '--db', db, '--id', 'one', '--batch', '2', '--once', '--verbose']);
      expect(once.code, once.stderr).toBe(0);
      expect(once.stderr.match(/worker one: job \d+ \S+report-\d+\.\w+\.txt: inserted doc_[0-9a-f]+ \(\d+ events\)/g)).toHaveLength(2);
      expect(await store.queueStats()).toMatchObject({ pending: 4, done: 2 });

      const rest = await runCli(['worker', '--db', db, '--id', 'two', '--idle-exit', '--poll-ms', '20']);
      expect(rest.code, rest.stderr).toBe(0);
      expect(rest.stderr).not.toMatch(/worker two: job /);
      expect(rest.stderr).toMatch(/worker two: stopped after .*: 4 jobs done \(4 new documents/);
      expect(await store.queueStats()).toMatchObject({ pending: 0, running: 0, done: 6, failed: 0 });
      expect((await store.queryEvents({})).items.length).toBeGreaterThan(3);

      // Re-queueing done inputs changes nothing.
      const third = await runCli(['ingest', '--queue', inputs, '--db', db]);
      expect(third.stderr).toContain('queued 0 of 7 inputs (6 already queued');
    } finally {
      await store.close();
    }
  }, 60_000);

  it.each([
    [['--batch', '0'], /--batch: expected a whole number ≥ 1, got '0'/],
    [['--lease-ms', 'soon'], /--lease-ms: expected a whole number ≥ 100, got 'soon'/],
    [['--poll-ms', '-5'], /--poll-ms/],
  ])('rejects worker %j as a usage error', async (flags, message) => {
    const run = await runCli(['worker', '--db', join(dir, 'usage.db'), ...flags]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
