import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { tempDir } from '../helpers/cli.js';
import { ROOT, waitFor } from '../durability/process.js';
import { makeReportDocs } from '../durability/reports.js';

const { dir, cleanup } = tempDir('marsad-claimers-');
afterAll(cleanup);

function claimer(db: string, go: string, id: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/worker/claim-loop.ts', db, go, id], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => { out += c.toString(); });
    child.stderr.on('data', (c: Buffer) => { err += c.toString(); });
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as string[]) : reject(new Error(`claimer ${id} exited ${code}: ${err}`))));
  });
}

describe('SQLite queue across processes', () => {
  it('gives three processes claiming at once disjoint jobs that cover the queue', async () => {
    const db = join(dir, 'queue.db');
    const store = await openStore(db);
    await store.enqueue(makeReportDocs(150));
    await store.close();
    const go = join(dir, 'go');
    const runs = ['p1', 'p2', 'p3'].map((id) => claimer(db, go, id));
    // All three have the database open before any claims, so their claims overlap.
    await waitFor('three claimers ready', () => ['p1', 'p2', 'p3'].every((id) => existsSync(`${go}.${id}.ready`)), 30_000);
    writeFileSync(go, '');
    const got = await Promise.all(runs);
    const all = got.flat();
    expect(all).toHaveLength(150);
    expect(new Set(all).size).toBe(150);
    const check = await openStore(db);
    expect(await check.queueStats()).toMatchObject({ done: 150, pending: 0, running: 0 });
    await check.close();
  }, 60_000);
});
