import { defineCommand, EXIT, stringOption } from '../command.js';
import { INPUT_OPTIONS, toReadOptions, writeLine } from '../shared.js';
import { readInputs } from '../../sources/index.js';
import { createExtractor } from '../../pipeline/run.js';
import { openStore } from '../../store/open-store.js';
import { ingestAll } from '../../service/ingest.js';
import { enqueueAll } from '../../service/enqueue.js';
import { createProgress } from '../progress.js';
import { FETCH_OPTIONS, toFetcherOptions } from '../fetch-options.js';

export const ingestCommand = defineCommand({
  name: 'ingest',
  summary: 'store documents and their events; re-ingesting the same content changes nothing',
  usage: 'ingest [FILE…|DIR…|-] [--db DB] [--published YYYY-MM-DD] [--queue]',
  options: {
    db: { type: 'string', description: 'SQLite file or postgres:// URL', default: './marsad.db', placeholder: 'DB' },
    ...INPUT_OPTIONS,
    quiet: { type: 'boolean', description: 'print only failures and the final summary' },
    queue: { type: 'boolean', description: 'only queue the inputs for `marsad worker` (the same input is queued once)' },
    ...FETCH_OPTIONS,
  },
  async run(ctx) {
    const inputs = ctx.positionals.length > 0 ? ctx.positionals : ['-'];
    const readOptions = { ...toReadOptions(ctx), fetch: toFetcherOptions(ctx) };
    const store = await openStore(stringOption(ctx.values, 'db') ?? './marsad.db');
    const progress = createProgress(ctx.stderr, { quiet: ctx.values['quiet'] === true });
    try {
      if (ctx.values['queue'] === true) {
        const queued = await enqueueAll(readInputs(inputs, readOptions), {
          store,
          onFailure: (line) => progress.log(line),
          onProgress: (s) => progress.update(s.read, `${s.queued} queued, ${s.duplicates} already queued, ${s.failed} failed`),
        });
        progress.stop();
        writeLine(ctx.stderr, `queued ${queued.queued} of ${queued.read} inputs (${queued.duplicates} already queued, ${queued.failed} failed to read); run \`marsad worker\` to process them`);
        return queued.failed > 0 ? EXIT.inputs : EXIT.ok;
      }
      const summary = await ingestAll(readInputs(inputs, readOptions), {
        store,
        extract: createExtractor(),
        onFailure: (line) => progress.log(line),
        onProgress: (s) => progress.update(s.read, `${s.inserted} new, ${s.unchanged} unchanged, ${s.failed} failed`),
      });
      progress.stop();
      writeLine(ctx.stderr, `ingested ${summary.read} inputs: ${summary.inserted} new documents (${summary.events} events), ${summary.unchanged} unchanged, ${summary.failed} failed`);
      return summary.failed > 0 ? EXIT.inputs : EXIT.ok;
    } finally {
      progress.stop();
      await store.close();
    }
  },
});
