import type { Language } from '../types.js';
import { MarsadError } from '../errors.js';
import type { ReadOptions } from '../sources/index.js';
import type { CommandContext, OptionSpec } from './command.js';
import { stringOption } from './command.js';

/** Options every reading command (extract, ingest) accepts. */
export const INPUT_OPTIONS: Record<string, OptionSpec> = {
  published: { type: 'string', description: 'anchor for relative dates when a record has none', placeholder: 'YYYY-MM-DD' },
  source: { type: 'string', description: 'outlet name when a record has none', placeholder: 'NAME' },
  lang: { type: 'string', description: 'ar, en or auto', default: 'auto', placeholder: 'LANG' },
};

/** Reads the input flags into source-layer options; throws E_USAGE on a bad value. */
export function toReadOptions(ctx: CommandContext): ReadOptions {
  const options: ReadOptions = { stdin: ctx.stdin };
  const published = stringOption(ctx.values, 'published');
  if (published !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(published) || Number.isNaN(Date.parse(published))) {
      throw new MarsadError('E_USAGE', `--published: expected YYYY-MM-DD, got '${published}'`);
    }
    options.published = published;
  }
  const source = stringOption(ctx.values, 'source');
  if (source !== undefined) options.source = source;
  const lang = stringOption(ctx.values, 'lang') ?? 'auto';
  if (!['ar', 'en', 'auto'].includes(lang)) throw new MarsadError('E_USAGE', `--lang: expected ar, en or auto, got '${lang}'`);
  if (lang !== 'auto') options.language = lang as Language;
  return options;
}

export function writeLine(stream: NodeJS.WritableStream, line: string): void {
  stream.write(line.endsWith('\n') ? line : `${line}\n`);
}
