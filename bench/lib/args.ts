/** Minimal flag parsing for the bench scripts: `--flag`, `--key value`, `--key=value`. */
export interface ParsedArgs {
  flags: Set<string>;
  values: Map<string, string>;
}

/** Splits argv into boolean flags and key/value options; `valueKeys` names the options that take a value. */
export function parseArgs(argv: string[], valueKeys: readonly string[]): ParsedArgs {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) continue;
    const eq = arg.indexOf('=');
    const key = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (eq > 0) values.set(key, arg.slice(eq + 1));
    else if (valueKeys.includes(key) && i + 1 < argv.length) values.set(key, argv[++i] ?? '');
    else flags.add(key);
  }
  return { flags, values };
}

/** Reads a positive integer option, or the fallback when absent; throws on garbage so typos are loud. */
export function toPositiveInt(args: ParsedArgs, key: string, fallback: number): number {
  const raw = args.values.get(key);
  if (raw === undefined) return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${key} expects a positive integer, got '${raw}'`);
  return value;
}
