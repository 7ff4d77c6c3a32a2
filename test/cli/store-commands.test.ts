import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { runCli, tempDir } from '../helpers/cli.js';
import { assertValidEvent } from '../helpers/schema.js';
import type { MarsadEvent } from '../../src/types.js';

describe('ingest, events, export on SQLite', () => {
  const tmp = tempDir();
  const db = join(tmp.dir, 'test.db');
  afterAll(() => tmp.cleanup());

  it('ingests the examples, and re-ingesting the same content changes nothing', async () => {
    const first = await runCli(['ingest', 'examples', '--db', db]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/[1-9]\d* new documents/);
    const before = await runCli(['events', '--db', db, '--format', 'json', '--limit', '1000']);
    const again = await runCli(['ingest', 'examples', '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/ 0 new documents/);
    const after = await runCli(['events', '--db', db, '--format', 'json', '--limit', '1000']);
    expect(after.stdout).toBe(before.stdout);
  });

  it('filters stored events and exports every format', async () => {
    const libya = await runCli(['events', '--db', db, '--country', 'LY', '--type', 'ASSAULT', '--format', 'jsonl']);
    expect(libya.code).toBe(0);
    const events = libya.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as MarsadEvent);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      assertValidEvent(e);
      expect(e.type).toBe('ASSAULT');
    }
    const json = await runCli(['export', '--db', db, '--format', 'json']);
    expect((JSON.parse(json.stdout) as { events: unknown[] }).events.length).toBeGreaterThan(0);
    const csv = await runCli(['export', '--db', db, '--format', 'acled-csv']);
    expect(csv.stdout.split('\n')[0]).toContain('event_date');
    const geo = await runCli(['export', '--db', db, '--format', 'geojson']);
    expect((JSON.parse(geo.stdout) as { type: string }).type).toBe('FeatureCollection');
    const plover = await runCli(['export', '--db', db, '--format', 'plover', '--limit', '2']);
    expect(plover.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('names a bad filter with exit code 2', async () => {
    const run = await runCli(['events', '--db', db, '--bbox', '10,20,30']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--bbox');
    const type = await runCli(['events', '--db', db, '--type', 'PUNCH']);
    expect(type.code).toBe(2);
    expect(type.stderr).toContain('--type');
  });

  it('exits 3 on a storage error', async () => {
    const dir = join(tmp.dir, 'not-a-db');
    mkdirSync(dir);
    writeFileSync(join(tmp.dir, 'x.txt'), 'Title\n\nProtesters gathered in Tunis on Friday.\n');
    const run = await runCli(['ingest', join(tmp.dir, 'x.txt'), '--db', dir]);
    expect(run.code).toBe(3);
  });
});
