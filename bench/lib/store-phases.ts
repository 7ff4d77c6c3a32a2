import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/port.js';
import { createTempDbPath, extractSample, timeIngest } from './ingest.js';
import type { Report } from './phases.js';
import { startPostgres } from './postgres.js';
import { startApi } from './api-server.js';
import { nowMs, toMedian, toRounded } from './stats.js';
import { generateSyntheticDocuments, toContentHash } from './synthetic.js';
import { toFixedText } from './table.js';
import type { Extract } from './throughput.js';

const perSecond = (n: number, ms: number): number => (ms > 0 ? (n * 1000) / ms : Number.NaN);

/** Ingest rate of real extracted articles into a fresh SQLite file, and into PostgreSQL when one can be started. */
export async function runIngestPhase(report: Report, extract: Extract, options: { limit: number; postgres: boolean }): Promise<void> {
  const sample = await extractSample(extract, options.limit);
  const tmp = createTempDbPath();
  try {
    const store = await openStore(tmp.path);
    const rate = await timeIngest(store, sample);
    await store.close();
    report.rows.push({ metric: 'SQLite ingest (articles/s)', value: toFixedText(perSecond(rate.documents, rate.wallMs), 0), note: `${rate.documents} extracted articles, ${rate.events} events` });
    report.json['sqlite_ingest_per_second'] = toRounded(perSecond(rate.documents, rate.wallMs), 1);
  } finally {
    tmp.dispose();
  }
  if (!options.postgres) return;
  const pg = await startPostgres();
  if ('skipped' in pg) {
    report.notes.push(`PostgreSQL ingest skipped: ${pg.skipped}`);
    return;
  }
  try {
    const store = await openStore(pg.url);
    const rate = await timeIngest(store, sample);
    await store.close();
    report.rows.push({ metric: 'PostgreSQL ingest (articles/s)', value: toFixedText(perSecond(rate.documents, rate.wallMs), 0), note: `${rate.documents} articles, ${pg.description}` });
    report.json['postgres_ingest_per_second'] = toRounded(perSecond(rate.documents, rate.wallMs), 1);
  } finally {
    await pg.stop();
  }
}

const GENERATOR_VERSION = 1;

/** Cache key part that changes when the SQLite schema does (migrations edited in place during development). */
function schemaFingerprint(): string {
  const dir = fileURLToPath(new URL('../../src/store/sqlite/migrations/', import.meta.url));
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  return hash.digest('hex').slice(0, 10);
}

/**
 * Opens (or builds once, then reuses from the OS temp folder) a SQLite store holding `events` synthetic
 * events. Returns the store and the build rate when it was built in this run.
 */
async function openSyntheticStore(events: number): Promise<{ store: Store; path: string; built: { ms: number; docs: number } | null }> {
  const path = join(tmpdir(), `marsad-bench-api-${events}-v${GENERATOR_VERSION}-${schemaFingerprint()}.db`);
  const marker = `${path}.complete`;
  if (existsSync(marker) && existsSync(path) && readFileSync(marker, 'utf8') === String(events)) {
    return { store: await openStore(path), path, built: null };
  }
  const tmp = `${path}.building-${process.pid}`;
  const store = await openStore(tmp);
  const t0 = nowMs();
  let docs = 0;
  for (const doc of generateSyntheticDocuments(events)) {
    await store.saveDocument(doc, { origin: `synthetic:${doc.id}`, contentHash: toContentHash(doc.text) });
    docs++;
  }
  const ms = nowMs() - t0;
  await store.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  renameSync(tmp, path);
  for (const suffix of ['-wal', '-shm']) if (existsSync(`${tmp}${suffix}`)) renameSync(`${tmp}${suffix}`, `${path}${suffix}`);
  writeFileSync(marker, String(events));
  return { store: await openStore(path), path, built: { ms, docs } };
}

/** The filter mix the load client cycles through: each a real `/events` query shape. */
export const LOAD_PATHS = [
  '/events?limit=50',
  '/events?country=LY&limit=50',
  '/events?type=ASSAULT&from=2018-01-01&to=2018-06-30&limit=50',
  '/events?bbox=10,20,30,35&limit=50',
  '/events?acled_type=Battles&country=SY&limit=50',
  `/events?actor=${encodeURIComponent('Actor SYR')}&limit=50`,
  `/events?q=${encodeURIComponent('غارات')}&limit=50`,
  '/events?from=2016-03-01&to=2016-03-31&type=PROTEST&limit=50',
  '/events?country=YE&type=ASSAULT&format=geojson&limit=50',
];

const LOAD_CLIENT = fileURLToPath(new URL('./load-client.ts', import.meta.url));

/** Runs the load client in a second process against `url` and returns its JSON result. */
function runLoadClient(url: string, rate: number, durationS: number, paths: readonly string[] = LOAD_PATHS): Promise<Record<string, number>> {
  const options = JSON.stringify({ url, paths, rate, durationS, connections: 16 });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', LOAD_CLIENT, options], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    const killer = setTimeout(() => child.kill('SIGKILL'), (durationS + 60) * 1000);
    child.on('exit', (code) => {
      clearTimeout(killer);
      const last = out.trim().split('\n').pop() ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as Record<string, number>);
      else reject(new Error(`load client exit ${code}: ${err.trim().slice(-300)}`));
    });
  });
}

/** Sequential requests per query shape, before the load: shows which filter is slow. */
async function probePaths(url: string): Promise<Array<{ path: string; ms: number; status: number }>> {
  const out: Array<{ path: string; ms: number; status: number }> = [];
  for (const path of LOAD_PATHS) {
    const times: number[] = [];
    let status = 0;
    for (let i = 0; i < 6; i++) {
      const t = nowMs();
      const response = await fetch(`${url}${path}`);
      await response.arrayBuffer();
      status = response.status;
      if (i > 0) times.push(nowMs() - t);
    }
    out.push({ path, ms: toMedian(times), status });
  }
  return out;
}

/** `/events` latency under a fixed request rate, over a store of `events` synthetic events. */
export async function runApiPhase(report: Report, options: { events: number; rate: number; durationS: number }): Promise<void> {
  const { store, path, built } = await openSyntheticStore(options.events);
  if (built) {
    report.rows.push({ metric: 'synthetic store build (events/s)', value: toFixedText(perSecond(options.events, built.ms), 0), note: `${options.events} events in ${built.docs} documents, ${(built.ms / 1000).toFixed(0)} s` });
    report.json['synthetic_build_events_per_second'] = toRounded(perSecond(options.events, built.ms), 0);
  } else {
    report.notes.push(`API store reused from ${path} (built by an earlier run)`);
  }
  const server = await startApi(store);
  if ('skipped' in server) {
    report.notes.push(`API load skipped: ${server.skipped}`);
    await store.close();
    return;
  }
  try {
    const probe = await probePaths(server.url);
    report.notes.push(`unloaded /events latency per query (median of 5, ms): ${probe.map((p) => `${p.path} ${p.ms.toFixed(1)}${p.status === 200 ? '' : ` [${p.status}]`}`).join('; ')}`);
    report.json['api_unloaded_ms'] = Object.fromEntries(probe.map((p) => [p.path, toRounded(p.ms, 1)]));
    const result = await runLoadClient(server.url, options.rate, options.durationS);
    const failed = (result['non2xx'] ?? 0) + (result['errors'] ?? 0) + (result['timeouts'] ?? 0);
    report.rows.push(
      { metric: `API /events p50 / p99 at ${options.rate} req/s (ms)`, value: `${result['p50']} / ${result['p99']}`, target: 'p99 ≤ 50', note: `${options.events.toLocaleString('en-US')} events, ${result['requests']} requests in ${options.durationS} s, max ${result['max']} ms` },
      { metric: 'API failed requests (non-2xx, errors, timeouts)', value: String(failed), target: '0' },
    );
    Object.assign(report.json, {
      api_events: options.events, api_rate: options.rate, api_p50_ms: result['p50'], api_p90_ms: result['p90'],
      api_p99_ms: result['p99'], api_max_ms: result['max'], api_requests: result['requests'], api_failed: failed,
    });
    // One slow filter stalls the single-threaded server for everyone: a second load without the shapes that
    // are slow even alone shows what the rest of the API does.
    const fast = probe.filter((p) => p.ms <= 50).map((p) => p.path);
    if (fast.length > 0 && fast.length < probe.length) {
      const rest = await runLoadClient(server.url, options.rate, options.durationS, fast);
      report.rows.push({ metric: `API p50 / p99 without the slow shapes (ms)`, value: `${rest['p50']} / ${rest['p99']}`, target: 'p99 ≤ 50', note: `${fast.length} of ${probe.length} shapes (unloaded median ≤ 50 ms), ${rest['requests']} requests` });
      Object.assign(report.json, { api_fast_shapes_p50_ms: rest['p50'], api_fast_shapes_p99_ms: rest['p99'], api_slow_shapes: probe.filter((p) => p.ms > 50).map((p) => p.path) });
    }
  } finally {
    await server.close();
    await store.close();
  }
}
