import { defineCommand, EXIT, stringOption } from '../command.js';
import { INPUT_OPTIONS, toReadOptions, writeLine } from '../shared.js';
import { MarsadError, describeFailure } from '../../errors.js';
import { readInputs } from '../../sources/index.js';
import { createExtractor } from '../../pipeline/run.js';
import type { ExtractedDocument } from '../../types.js';
import { FETCH_OPTIONS, toFetcherOptions } from '../fetch-options.js';

export const extractCommand = defineCommand({
  name: 'extract',
  summary: 'read reports and print their events (no database)',
  usage: 'extract [FILE…|DIR…|-] [--published YYYY-MM-DD] [--format json|jsonl]',
  options: {
    ...INPUT_OPTIONS,
    format: { type: 'string', description: 'json (documents with events) or jsonl (one event per line)', default: 'json', placeholder: 'F' },
    pretty: { type: 'boolean', description: 'indent JSON output' },
    ...FETCH_OPTIONS,
  },
  async run(ctx) {
    const format = stringOption(ctx.values, 'format') ?? 'json';
    if (format !== 'json' && format !== 'jsonl') throw new MarsadError('E_USAGE', `--format: expected json or jsonl, got '${format}'`);
    const inputs = ctx.positionals.length > 0 ? ctx.positionals : ['-'];
    const readOptions = { ...toReadOptions(ctx), fetch: toFetcherOptions(ctx) };
    const extract = createExtractor();
    const documents: ExtractedDocument[] = [];
    let failed = 0;
    for await (const result of readInputs(inputs, readOptions)) {
      if (!result.ok) {
        failed += 1;
        writeLine(ctx.stderr, describeFailure(result.origin, result.error));
        continue;
      }
      const doc = extract(result.doc);
      if (format === 'jsonl') {
        for (const event of doc.events) writeLine(ctx.stdout, JSON.stringify(event));
      } else {
        documents.push(doc);
      }
    }
    if (format === 'json') {
      writeLine(ctx.stdout, JSON.stringify({ documents }, null, ctx.values['pretty'] ? 2 : undefined));
    }
    return failed > 0 ? EXIT.inputs : EXIT.ok;
  },
});
