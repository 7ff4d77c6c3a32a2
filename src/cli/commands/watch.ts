import { dirname, join, basename } from 'node:path';
import { MarsadError } from '../../errors.js';
import { createExtractor } from '../../pipeline/run.js';
import { ingestAll } from '../../service/ingest.js';
import { loadFeedState, loadFeedsFile, pollFeed, runFeedSchedule } from '../../sources/feeds/index.js';
import { createFetcher } from '../../sources/fetch/index.js';
import { isPostgresUrl, openStore } from '../../store/open-store.js';
import { defineCommand, EXIT, stringOption } from '../command.js';
import { FETCH_OPTIONS, toFetcherOptions } from '../fetch-options.js';
import { writeLine } from '../shared.js';


/** Feed state lives next to the SQLite file, or next to the feeds file when the store is PostgreSQL. */
function defaultStatePath(db: string, feedsPath: string): string {
  if (isPostgresUrl(db)) return join(dirname(feedsPath), `${basename(feedsPath)}.state.json`);
  return `${db}.feeds.json`;
}

export const watchCommand = defineCommand({
  name: 'watch',
  summary: 'poll RSS/Atom feeds and ingest new items until stopped',
  usage: 'watch FEEDS.yaml [--db DB] [--once] [--state FILE] [--allow-host HOST]',
  options: {
    db: { type: 'string', description: 'SQLite file or postgres:// URL', default: './marsad.db', placeholder: 'DB' },
    once: { type: 'boolean', description: 'poll every feed once, then exit (1 when anything failed)' },
    state: { type: 'string', description: 'feed state file: validators and items seen (default: DB.feeds.json)', placeholder: 'FILE' },
    ...FETCH_OPTIONS,
  },
  async run(ctx) {
    const [feedsPath, ...extra] = ctx.positionals;
    if (feedsPath === undefined || extra.length > 0) throw new MarsadError('E_USAGE', 'expected exactly one feeds file (FEEDS.yaml)');
    const file = loadFeedsFile(feedsPath);
    const db = stringOption(ctx.values, 'db') ?? './marsad.db';
    const state = loadFeedState(stringOption(ctx.values, 'state') ?? defaultStatePath(db, feedsPath));
    const fetcher = createFetcher(toFetcherOptions(ctx, file));
    const store = await openStore(db);
    const stop = new AbortController();
    const onSignal = (): void => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const totals = { inserted: 0, unchanged: 0, failed: 0, events: 0 };
    try {
      const extract = createExtractor();
      const stripParams = new Set(file.strip_params.map((p) => p.toLowerCase()));
      await runFeedSchedule(file.feeds, async (feed) => {
        const report = await pollFeed(feed, {
          fetcher, state, stripParams, signal: stop.signal,
          ...(file.max_bytes === undefined ? {} : { maxBytes: file.max_bytes }),
          handle: async (results) => {
            const summary = await ingestAll(results, {
              store, extract,
              onFailure: (line) => writeLine(ctx.stderr, `failed ${line}`),
              onDocument: (doc) => {
                if (doc.status === 'inserted') writeLine(ctx.stdout, `new ${doc.id} ${doc.events} events ${doc.origin}`);
              },
            });
            totals.inserted += summary.inserted;
            totals.unchanged += summary.unchanged;
            totals.failed += summary.failed;
            totals.events += summary.events;
          },
        });
        if (report.failure && !report.failure.ok && !stop.signal.aborted) {
          totals.failed += 1;
          writeLine(ctx.stderr, `failed ${feed.url}: ${report.failure.error.message}`);
          await store.recordFailure(feed.url, { code: report.failure.error.code, severity: 'error', message: report.failure.error.message });
        }
      }, { once: ctx.values['once'] === true, signal: stop.signal, ...(file.interval === undefined ? {} : { interval: file.interval }) });
      writeLine(ctx.stderr, `watched ${file.feeds.length} feeds: ${totals.inserted} new documents (${totals.events} events), ${totals.unchanged} unchanged, ${totals.failed} failed`);
      return ctx.values['once'] === true && totals.failed > 0 ? EXIT.inputs : EXIT.ok;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await store.close();
    }
  },
});
