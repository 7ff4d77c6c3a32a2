import { defineCommand, EXIT, stringOption } from '../command.js';
import { FILTER_OPTIONS, toEventQuery } from '../filters.js';
import { writeLine } from '../shared.js';
import { MarsadError } from '../../errors.js';
import { openStore } from '../../store/open-store.js';
import type { MarsadEvent } from '../../types.js';

function toRow(e: MarsadEvent): string {
  const who = e.actors.map((a) => a.name).join(' + ') || '?';
  const whom = e.recipients.map((a) => a.name).join(' + ');
  const what = `${e.type}${e.mode ? `/${e.mode}` : ''}`;
  const where = e.location ? `${e.location.name}${e.location.country ? ` (${e.location.country})` : ''}` : '?';
  return [e.date.value ?? '????-??-??', what.padEnd(18), `${who}${whom ? ` → ${whom}` : ''}`, `@ ${where}`, e.id].join('  ');
}

export const eventsCommand = defineCommand({
  name: 'events',
  summary: 'query stored events',
  usage: 'events [--from DATE] [--to DATE] [--type T] [--acled-type T] [--country CC] [--actor NAME] [--bbox W,S,E,N] [--q TEXT] [--limit N]',
  options: {
    ...FILTER_OPTIONS,
    format: { type: 'string', description: 'table, json or jsonl', default: 'table', placeholder: 'F' },
  },
  async run(ctx) {
    const format = stringOption(ctx.values, 'format') ?? 'table';
    if (!['table', 'json', 'jsonl'].includes(format)) throw new MarsadError('E_USAGE', `--format: expected table, json or jsonl, got '${format}'`);
    const query = toEventQuery(ctx.values);
    const store = await openStore(stringOption(ctx.values, 'db') ?? './marsad.db');
    try {
      const page = await store.queryEvents({ ...query, limit: query.limit ?? 50 });
      if (format === 'json') writeLine(ctx.stdout, JSON.stringify({ events: page.items, next: page.next }));
      else if (format === 'jsonl') for (const e of page.items) writeLine(ctx.stdout, JSON.stringify(e));
      else {
        for (const e of page.items) writeLine(ctx.stdout, toRow(e));
        writeLine(ctx.stderr, `${page.items.length} events${page.next ? ' (more: raise --limit)' : ''}`);
      }
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
});
