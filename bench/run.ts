/**
 * `npm run bench`: throughput, floor and peer ratios, cold start, peak memory, store ingest rate and API
 * latency under load. Prints a table; with `--json` the last stdout line is one JSON object.
 * Needs ../shared (corpus, ACLED notes): without it, says so and exits 0.
 *
 * Flags: --limit N (Arabic articles; default all), --events N (events in the API store; default 1,000,000),
 * --rate N (API requests/s, default 200), --duration S (load seconds, default 20), --cold-runs N,
 * --ingest-limit N (articles for the ingest rate), --skip-english, --skip-cold, --no-compile (cold start through tsx when dist/ is absent), --skip-store, --skip-api, --no-postgres, --json.
 */
import { parseArgs, toPositiveInt } from './lib/args.js';
import { runColdStartPhase } from './lib/cold-phase.js';
import { hasSharedData } from './lib/corpus.js';
import { loadExtractor, runArabicPhase, runEnglishPhase, type Report } from './lib/phases.js';
import { runApiPhase, runIngestPhase } from './lib/store-phases.js';
import { toRounded } from './lib/stats.js';
import { toFixedText, toTable } from './lib/table.js';
import { describeMachine } from './lib/machine.js';

const args = parseArgs(process.argv.slice(2), ['limit', 'events', 'rate', 'duration', 'cold-runs', 'ingest-limit']);
const json = args.flags.has('json');
const log = (line: string): void => { process.stdout.write(`${line}\n`); };

async function main(): Promise<number> {
  if (!hasSharedData()) {
    log('bench: skipped — ../shared/data (corpus and ACLED notes) is absent; benchmarks need it.');
    if (json) log(JSON.stringify({ skipped: true, reason: '../shared absent' }));
    return 0;
  }
  const limit = toPositiveInt(args, 'limit', Number.MAX_SAFE_INTEGER);
  const report: Report = { rows: [], json: {}, notes: [] };
  report.json['machine'] = describeMachine();
  // The headline keys are always present (null when their phase was skipped or could not run).
  for (const key of ['articles_per_second', 'floor_ratio', 'peer_ratio', 'cold_start_ms', 'peak_rss_mb']) report.json[key] = null;
  const progress = (what: string): void => { if (!json) process.stderr.write(`bench: ${what}…\n`); };

  progress('building the extractor');
  const loaded = await loadExtractor();
  if ('error' in loaded) {
    report.notes.push(`extractor unavailable, extraction phases skipped: ${loaded.error}`);
  } else {
    report.rows.push({ metric: 'extractor setup, in process (ms)', value: toFixedText(loaded.setupMs, 0) });
    report.json['extractor_setup_ms'] = toRounded(loaded.setupMs, 0);
    progress(`Arabic corpus: floor, then extraction${limit < Number.MAX_SAFE_INTEGER ? ` (limit ${limit})` : ''}`);
    await runArabicPhase(report, loaded.extract, limit);
  }
  if (!args.flags.has('skip-english')) {
    progress('English notes: compromise and marsad');
    await runEnglishPhase(report, 'error' in loaded ? null : loaded.extract);
  }

  if (!args.flags.has('skip-cold')) {
    progress('cold start');
    runColdStartPhase(report, toPositiveInt(args, 'cold-runs', 5), !args.flags.has('no-compile'));
  }
  if (!args.flags.has('skip-store') && !('error' in loaded)) {
    progress('store ingest');
    await runIngestPhase(report, loaded.extract, {
      limit: toPositiveInt(args, 'ingest-limit', 2000), postgres: !args.flags.has('no-postgres'),
    });
  }
  if (!args.flags.has('skip-api')) {
    progress('API under load');
    await runApiPhase(report, {
      events: toPositiveInt(args, 'events', 1_000_000),
      rate: toPositiveInt(args, 'rate', 200),
      durationS: toPositiveInt(args, 'duration', 20),
    });
  }

  const machine = describeMachine();
  report.json['load_1m_end'] = machine.load_1m;
  report.rows.push({ metric: 'machine', value: `${machine.cores} cores`, note: `${machine.cpu}, ${machine.ram_gb} GB, Node ${machine.node}, load ${(report.json['machine'] as { load_1m: number }).load_1m} → ${machine.load_1m}` });
  log(toTable(report.rows));
  for (const note of report.notes) log(`note: ${note}`);
  if (json) log(JSON.stringify(report.json));
  return 0;
}

main().then((code) => { process.exitCode = code; }, (error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
