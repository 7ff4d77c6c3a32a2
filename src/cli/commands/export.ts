import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { defineCommand, EXIT, stringOption } from '../command.js';
import { FILTER_OPTIONS, toEventQuery } from '../filters.js';
import { MarsadError } from '../../errors.js';
import { openStore } from '../../store/open-store.js';
import { EXPORT_FORMATS, createEventWriter, type ExportFormat } from '../../export/index.js';

export const exportCommand = defineCommand({
  name: 'export',
  summary: 'write stored events as json, jsonl, plover, acled-csv or geojson',
  usage: 'export --format F [filters] [--out FILE]',
  options: {
    ...FILTER_OPTIONS,
    format: { type: 'string', description: EXPORT_FORMATS.join(', '), default: 'json', placeholder: 'F' },
    out: { type: 'string', description: 'write to FILE instead of standard output', placeholder: 'FILE' },
  },
  async run(ctx) {
    const format = stringOption(ctx.values, 'format') ?? 'json';
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new MarsadError('E_USAGE', `--format: expected one of ${EXPORT_FORMATS.join(', ')}, got '${format}'`);
    }
    const query = toEventQuery(ctx.values);
    const outPath = stringOption(ctx.values, 'out');
    const out = outPath ? createWriteStream(outPath) : ctx.stdout;
    const store = await openStore(stringOption(ctx.values, 'db') ?? './marsad.db');
    try {
      const writer = createEventWriter(format as ExportFormat, (chunk) => out.write(chunk));
      let remaining = query.limit ?? Infinity;
      let cursor: string | undefined;
      do {
        const page = await store.queryEvents({ ...query, limit: Math.min(1000, remaining), ...(cursor ? { cursor } : {}) });
        writer.write(page.items);
        remaining -= page.items.length;
        cursor = page.next ?? undefined;
      } while (cursor && remaining > 0);
      writer.end();
      if (outPath) {
        (out as NodeJS.WritableStream).end();
        await once(out, 'finish');
      }
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
});
