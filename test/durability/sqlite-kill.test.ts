import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/pipeline/run.js';
import { readInputs } from '../../src/sources/index.js';
import type { MarsadEvent } from '../../src/types.js';
import { tempDir } from '../helpers/cli.js';
import { killIfAlive, spawnCli, waitFor, type CliProcess } from './process.js';
import { writeReports } from './reports.js';

const INPUTS = 400;
const { dir, cleanup } = tempDir('marsad-durability-sqlite-');
afterAll(cleanup);

function countDocuments(path: string): number {
  if (!existsSync(path)) return 0;
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  } catch {
    return 0; // not migrated yet
  } finally {
    db.close();
  }
}

/** The clustering rule of src/service/incidents.ts: dated, placed, not negated or irrealis. */
function clusterable(event: MarsadEvent): boolean {
  return event.date.value !== null && event.location !== null
    && !['negated', 'future', 'hypothetical'].includes(event.modality ?? 'asserted');
}

describe('durability: kill -9 during a SQLite ingest, then re-run', () => {
  let running: CliProcess | undefined;
  afterAll(() => killIfAlive(running));

  it('stores every input exactly once with all its events, and the file stays sound', async () => {
    const inputs = join(dir, 'reports');
    const paths = writeReports(inputs, INPUTS);
    const db = join(dir, 'marsad.db');

    running = spawnCli(['ingest', inputs, '--db', db, '--quiet']);
    await waitFor('the first ingest to store 25 documents', () => running!.child.exitCode !== null || countDocuments(db) >= 25, 60_000);
    running.child.kill('SIGKILL');
    const killed = await running.exited;
    expect(killed.signal, `ingest ended before the kill: ${running.stderr()}`).toBe('SIGKILL');
    const storedAtKill = countDocuments(db);
    expect(storedAtKill).toBeGreaterThan(0);
    expect(storedAtKill).toBeLessThan(INPUTS);

    running = spawnCli(['ingest', inputs, '--db', db, '--quiet']);
    const rerun = await running.exited;
    expect(rerun.code, running.stderr()).toBe(0);
    const summary = /ingested (\d+) inputs: (\d+) new documents \(\d+ events\), (\d+) unchanged, (\d+) failed/.exec(running.stderr());
    expect(summary, running.stderr()).not.toBeNull();
    const [, read, inserted, unchanged, failed] = summary!.map(Number);
    expect({ read, failed, total: inserted! + unchanged! }).toEqual({ read: INPUTS, failed: 0, total: INPUTS });
    expect(unchanged).toBe(storedAtKill);

    const sqlite = new Database(db, { readonly: true });
    try {
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(sqlite.pragma('foreign_key_check')).toEqual([]);
      const docs = sqlite.prepare('SELECT id, origin, content_hash, event_count FROM documents').all() as
        Array<{ id: string; origin: string; content_hash: string; event_count: number }>;
      expect(docs).toHaveLength(INPUTS);
      expect(new Set(docs.map((d) => d.content_hash)).size).toBe(INPUTS);
      expect(docs.map((d) => d.origin).sort()).toEqual([...paths].sort());

      // Every document's events are there, exactly as an uninterrupted extraction produces them.
      const extract = createExtractor();
      const eventsOf = sqlite.prepare('SELECT e.id, e.incident_id, j.json FROM events e JOIN event_json j ON j.seq = e.seq WHERE e.document_id = ?');
      const byOrigin = new Map(docs.map((d) => [d.origin, d]));
      let events = 0;
      for await (const result of readInputs([inputs])) {
        if (!result.ok) throw result.error;
        const expected = extract(result.doc);
        const stored = byOrigin.get(result.doc.origin);
        expect(stored?.id).toBe(expected.id);
        const rows = eventsOf.all(expected.id) as Array<{ id: string; incident_id: string | null; json: string }>;
        expect(rows.map((r) => r.id).sort()).toEqual(expected.events.map((e) => e.id).sort());
        expect(stored?.event_count).toBe(expected.events.length);
        for (const row of rows) {
          const event = JSON.parse(row.json) as MarsadEvent;
          // A kill between storing and clustering is finished by the re-run.
          if (clusterable(event)) expect(row.incident_id, `${row.id} has no incident`).not.toBeNull();
        }
        events += rows.length;
      }
      expect(events).toBeGreaterThan(INPUTS / 2);
      expect((sqlite.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n).toBe(events);
    } finally {
      sqlite.close();
    }
  }, 120_000);
});
