import { defineCommand, EXIT, integerOption, stringOption } from '../command.js';
import { writeLine } from '../shared.js';
import { MarsadError } from '../../errors.js';
import { evaluateNer, formatNerTable } from '../../eval/ner.js';
import { evaluateAcled, evaluatePlover, formatEvalReport, type EvalReport } from '../../eval/events/index.js';
import { createExtractor } from '../../pipeline/run.js';

const KINDS = ['ner', 'events', 'acled', 'plover'] as const;

export const evalCommand = defineCommand({
  name: 'eval',
  summary: 'score the extractor on gold data: ner (CoNLL), acled (CSV with notes), plover (JSONL), events (either, by extension)',
  usage: 'eval ner|events|acled|plover GOLD… [--json] [--map FILE] [--limit N]',
  options: {
    json: { type: 'boolean', description: 'print one JSON object instead of a table' },
    map: { type: 'string', description: 'ner: tag map file, one FROM<TAB>TO per line', placeholder: 'FILE' },
    limit: { type: 'string', description: 'acled/plover: score only the first N records of each file', placeholder: 'N' },
  },
  async run(ctx) {
    const [kind, ...files] = ctx.positionals;
    if (!kind || !(KINDS as readonly string[]).includes(kind)) throw new MarsadError('E_USAGE', `KIND: expected one of ${KINDS.join(', ')}, got '${kind ?? ''}'`);
    if (files.length === 0) throw new MarsadError('E_USAGE', 'GOLD: name at least one gold file');
    const json = ctx.values['json'] === true;
    if (kind === 'ner') {
      const map = stringOption(ctx.values, 'map');
      const scores = await evaluateNer(files, map ? { map } : {});
      writeLine(ctx.stdout, json ? JSON.stringify(scores) : formatNerTable(scores));
      return EXIT.ok;
    }
    const limit = integerOption(ctx.values, 'limit', 1);
    const extract = createExtractor();
    const reports: EvalReport[] = [];
    for (const file of files) {
      const acled = kind === 'acled' || (kind === 'events' && /\.csv$/i.test(file));
      const options = limit === undefined ? {} : { limit };
      reports.push(acled ? await evaluateAcled(file, extract, options) : await evaluatePlover(file, extract, options));
    }
    if (json) writeLine(ctx.stdout, JSON.stringify(reports.length === 1 ? reports[0] : reports));
    else for (const report of reports) writeLine(ctx.stdout, formatEvalReport(report));
    return EXIT.ok;
  },
});
