import { parseArgs, type ParseArgsConfig } from 'node:util';
import { MarsadError } from '../errors.js';

export type OptionSpec = {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  description: string;
  default?: string | boolean;
  placeholder?: string;
};

export interface CommandContext {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: Record<string, OptionSpec>;
  /** Returns the process exit code (0 done, 1 some inputs failed, 2 usage, 3 storage). */
  run(ctx: CommandContext): Promise<number>;
}

/** Typed identity helper so each command file reads as one declaration. */
export function defineCommand(command: Command): Command {
  return command;
}

export const EXIT = { ok: 0, inputs: 1, usage: 2, storage: 3 } as const;

/** Parses argv for a command; throws MarsadError('E_USAGE') naming the bad flag. */
export function parseCommandArgs(command: Command, argv: string[]): Pick<CommandContext, 'values' | 'positionals'> {
  const options: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, spec] of Object.entries(command.options)) {
    const option: NonNullable<ParseArgsConfig['options']>[string] = { type: spec.type };
    if (spec.short) option.short = spec.short;
    if (spec.multiple) option.multiple = true;
    if (spec.default !== undefined) option.default = spec.default;
    options[name] = option;
  }
  try {
    const parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: parsed.values as CommandContext['values'], positionals: parsed.positionals };
  } catch (error) {
    throw new MarsadError('E_USAGE', error instanceof Error ? error.message : String(error), { cause: error });
  }
}

/** The `--help` text of one command. */
export function formatHelp(command: Command): string {
  const lines = [`marsad ${command.name} — ${command.summary}`, '', `Usage: marsad ${command.usage}`, '', 'Options:'];
  const entries = Object.entries(command.options);
  const left = (name: string, spec: OptionSpec): string =>
    `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` ${spec.placeholder ?? 'VALUE'}` : ''}`;
  const width = Math.max(20, ...entries.map(([n, s]) => left(n, s).length));
  for (const [name, spec] of entries) {
    const def = spec.default !== undefined && spec.default !== false ? ` (default: ${String(spec.default)})` : '';
    lines.push(`  ${left(name, spec).padEnd(width)}  ${spec.description}${def}`);
  }
  lines.push(`  ${'-h, --help'.padEnd(width)}  show this help`);
  return lines.join('\n') + '\n';
}

/**
 * A whole-number flag: undefined when absent, else a value ≥ `min` (and ≤ `max`); anything else is
 * E_USAGE naming the flag.
 */
export function integerOption(values: CommandContext['values'], name: string, min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`;
    throw new MarsadError('E_USAGE', `--${name}: expected a whole number ${range}, got '${raw}'`);
  }
  return value;
}

export function stringOption(values: CommandContext['values'], name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}
