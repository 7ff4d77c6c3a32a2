import { pathToFileURL } from 'node:url';
import { realpathSync } from 'node:fs';
import { isMarsadError } from '../errors.js';
import { EXIT, formatHelp, parseCommandArgs, type Command } from './command.js';
import { COMMANDS } from './commands/index.js';

function formatUsage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'marsad — Arabic-first conflict and political event monitor',
    '',
    'Usage: marsad <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `marsad <command> --help` for the options of one command.',
    '',
  ].join('\n');
}

/** Runs the CLI and returns the exit code (0 done, 1 some inputs failed, 2 usage, 3 storage). */
export async function main(argv: string[], io: { stdout?: NodeJS.WritableStream; stderr?: NodeJS.WritableStream; stdin?: NodeJS.ReadableStream } = {}): Promise<number> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const stdin = io.stdin ?? process.stdin;
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    stdout.write(formatUsage());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    stdout.write('marsad 0.1.0\n');
    return EXIT.ok;
  }
  const command: Command | undefined = COMMANDS.find((c) => c.name === name);
  if (!command) {
    stderr.write(`marsad: unknown command '${name}'\n\n${formatUsage()}`);
    return EXIT.usage;
  }
  try {
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values['help']) {
      stdout.write(formatHelp(command));
      return EXIT.ok;
    }
    return await command.run({ values, positionals, stdout, stderr, stdin });
  } catch (error) {
    return reportError(error, command, stderr);
  }
}

function reportError(error: unknown, command: Command, stderr: NodeJS.WritableStream): number {
  if (isMarsadError(error)) {
    const where = error.origin ? `${error.origin}: ` : '';
    stderr.write(`marsad ${command.name}: ${where}${error.message}\n`);
    if (error.code === 'E_USAGE') {
      stderr.write(`Run 'marsad ${command.name} --help' for usage.\n`);
      return EXIT.usage;
    }
    if (error.code === 'E_STORE' || error.code === 'E_STORE_CONNECTION') return EXIT.storage;
    return EXIT.inputs;
  }
  const message = error instanceof Error ? error.stack ?? error.message : String(error);
  stderr.write(`marsad ${command.name}: internal error: ${message}\n`);
  return EXIT.inputs;
}

const invokedDirectly = (() => {
  try {
    return process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
})();

if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error: unknown) => {
    process.stderr.write(`marsad: ${String(error)}\n`);
    process.exitCode = EXIT.inputs;
  });
}

