/**
 * Measures store write and query speed on synthetic events (no assertions: numbers only).
 * Usage: npx tsx test/store/measure-queries.ts [events=100000] [sqlite|postgres]
 * MARSAD_MEASURE_DB=path keeps (or reuses, skipping the writes) a SQLite file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore } from '../../src/store/open-store.js';
import type { EventQuery, Store } from '../../src/store/port.js';
import { startTestPostgres, type TestPostgres } from '../helpers/postgres.js';
import { generateSyntheticDocuments, hashSynthetic } from '../helpers/synthetic-events.js';

const QUERIES: Array<[string, EventQuery]> = [
  ['first page, no filter', {}],
  ['type', { type: ['PROTEST'] }],
  ['country LY', { country: ['LY'] }],
  ['actor country USA', { country: ['USA'] }],
  ['date range (one month)', { from: '2016-06-01', to: '2016-06-30' }],
  ['bbox (Libya)', { bbox: [10, 25, 25, 35] }],
  ['actor substring', { actor: 'houthi' }],
  ['actor Arabic', { actor: 'الدعم السريع' }],
  ['q Arabic (clitics)', { q: 'سرت' }],
  ['q rare term', { q: 'الخرطوم' }],
  ['type + country + date', { type: ['ASSAULT'], country: ['YE'], from: '2016-03-01', to: '2016-09-30' }],
  ['q + bbox + type', { q: 'غارات', bbox: [30, 10, 50, 40], type: ['ASSAULT', 'COERCE'] }],
  ['limit 1000', { limit: 1000 }],
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function time(fn: () => Promise<unknown>, runs: number): Promise<{ first: number; p50: number; p99: number }> {
  const samples: number[] = [];
  const t0 = performance.now();
  await fn();
  const first = performance.now() - t0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { first, p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

async function save(store: Store, events: number, kind: string): Promise<void> {
  const t0 = performance.now();
  for (const doc of generateSyntheticDocuments({ documents: Math.ceil(events / 2), eventsPerDocument: 2 })) {
    await store.saveDocument(doc, { origin: doc.id, contentHash: hashSynthetic(doc) });
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(`${kind}: saved ${events} events in ${seconds.toFixed(1)} s (${Math.round(events / seconds)} events/s)`);
}

async function main(): Promise<void> {
  const events = Number(process.argv[2] ?? 100_000);
  const kind = process.argv[3] ?? 'sqlite';
  const dir = mkdtempSync(join(tmpdir(), 'marsad-measure-'));
  let server: TestPostgres | undefined;
  let store: Store;
  if (kind === 'postgres') {
    const started = await startTestPostgres();
    if (!started.ok) throw new Error(started.reason);
    server = started.server;
    store = await openStore(await server.createDatabase());
  } else {
    store = await openStore(process.env.MARSAD_MEASURE_DB ?? join(dir, 'measure.db'));
  }
  const reuse = kind === 'sqlite' && process.env.MARSAD_MEASURE_DB !== undefined && (await store.stats({})).total > 0;
  try {
    if (!reuse) await save(store, events, kind);
    for (const [name, query] of QUERIES) {
      let count = 0;
      const t = await time(async () => {
        count = (await store.queryEvents(query)).items.length;
      }, 30);
      console.log(`  ${name.padEnd(26)} p50 ${t.p50.toFixed(2).padStart(7)} ms  p99 ${t.p99.toFixed(2).padStart(7)} ms  (${count} items)`);
    }
    const page = await store.queryEvents({ country: ['LY'], limit: 100 });
    const deep = await time(() => store.queryEvents({ country: ['LY'], limit: 100, cursor: page.next ?? '' }), 30);
    console.log(`  ${'second page via cursor'.padEnd(26)} p50 ${deep.p50.toFixed(2).padStart(7)} ms  p99 ${deep.p99.toFixed(2).padStart(7)} ms`);
    const stats = await time(() => store.stats({ country: ['LY'] }), 5);
    console.log(`  ${'stats (country LY)'.padEnd(26)} first ${stats.first.toFixed(2)} ms, then p50 ${stats.p50.toFixed(2)} ms (cached on SQLite)`);
    const actors = await time(() => store.listActors({ limit: 50 }), 5);
    console.log(`  ${'listActors'.padEnd(26)} first ${actors.first.toFixed(2)} ms, then p50 ${actors.p50.toFixed(2)} ms (cached on SQLite)`);
  } finally {
    await store.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
