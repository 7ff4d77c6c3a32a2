import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { SourceDoc } from '../../src/types.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { makeReportDocs } from './reports.js';

const { dir, cleanup } = tempDir('marsad-durability-corrupt-');
afterAll(cleanup);

/** Malformed documents an untyped producer could queue, with the failure each must get. */
const CORRUPT: Array<{ doc: unknown; code: string; reason: RegExp }> = [
  { doc: { origin: 'no-body.json', format: 'text' }, code: 'E_INPUT_JSON', reason: /body: .*expected string/ },
  { doc: { origin: 'number-body.json', body: 42, format: 'text' }, code: 'E_INPUT_JSON', reason: /body: .*expected string/ },
  { doc: { origin: 'blank.txt', body: ' \n\t ', format: 'text' }, code: 'E_INPUT_EMPTY', reason: /empty body/ },
  { doc: { origin: 'scan.pdf', body: '%PDF-1.4', format: 'pdf' }, code: 'E_INPUT_JSON', reason: /format/ },
  { doc: { origin: 'french.txt', body: 'Une attaque a eu lieu.', format: 'text', language: 'fr' }, code: 'E_INPUT_JSON', reason: /language/ },
];

describe('durability: corrupt inputs in the queue', () => {
  it('fails each corrupt job with its reason and works every other job', async () => {
    const db = join(dir, 'marsad.db');
    const good = makeReportDocs(30);
    const store = await openStore(db);
    try {
      // Corrupt jobs interleaved with good ones, so one bad job in a batch must not stop the batch.
      const mixed: SourceDoc[] = [];
      good.forEach((doc, i) => {
        mixed.push(doc);
        const corrupt = i % 6 === 0 ? CORRUPT[i / 6] : undefined;
        if (corrupt) mixed.push(corrupt.doc as SourceDoc);
      });
      expect(await store.enqueue(mixed)).toEqual({ queued: 35, duplicates: 0 });
    } finally {
      await store.close();
    }
    // Payloads damaged in the database itself.
    const raw = new Database(db);
    const now = new Date().toISOString();
    raw.prepare(`INSERT INTO jobs (hash, origin, payload, max_attempts, enqueued_at, updated_at) VALUES
      ('torn', 'torn.json', '{"origin":"torn.json","body":"قتل', 5, ?, ?), ('list', 'list.json', '[1, 2]', 5, ?, ?)`).run(now, now, now, now);
    raw.close();

    const run = await runCli(['worker', '--db', db, '--id', 'w1', '--batch', '4', '--poll-ms', '20', '--idle-exit']);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/worker w1: stopped after .*: 30 jobs done \(30 new documents, \d+ events; 0 unchanged\), 7 failed/);
    for (const { doc, code, reason } of CORRUPT) {
      const origin = (doc as { origin: string }).origin;
      const line = run.stderr.split('\n').find((l) => l.includes(` ${origin}: `));
      expect(line, `${origin} in\n${run.stderr}`).toBeDefined();
      expect(line).toContain(`${code} `);
      expect(line).toMatch(reason);
      expect(line).toContain('failed for good');
    }
    expect(run.stderr).toMatch(/torn\.json: E_INPUT_JSON queued input is not valid JSON/);
    expect(run.stderr).toMatch(/list\.json: E_INPUT_JSON queued input is not a source document: Invalid input: expected object/);

    const check = await openStore(db);
    try {
      expect(await check.queueStats()).toEqual({ pending: 0, running: 0, done: 30, failed: 7, total: 37, expired: 0 });
      const failed = await check.listFailedJobs();
      expect(failed.map((f) => f.origin).sort()).toEqual([...CORRUPT.map((c) => (c.doc as { origin: string }).origin), 'torn.json', 'list.json'].sort());
      expect(failed.every((f) => f.attempts === 1 && f.error.message.length > 0)).toBe(true);
    } finally {
      await check.close();
    }
    const sqlite = new Database(db, { readonly: true });
    try {
      const origins = (sqlite.prepare('SELECT origin FROM documents').all() as Array<{ origin: string }>).map((r) => r.origin);
      expect(origins.sort()).toEqual(good.map((d) => d.origin).sort());
    } finally {
      sqlite.close();
    }
  }, 60_000);
});
