import { PassThrough, Readable } from 'node:stream';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return () => Buffer.concat(chunks).toString('utf8');
}

/** Runs the real CLI in-process with captured streams. */
export async function runCli(argv: string[], stdin: string | Buffer = ''): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const code = await main(argv, { stdout, stderr, stdin: Readable.from([Buffer.from(stdin)]) });
  stdout.end();
  stderr.end();
  return { code, stdout: out(), stderr: err() };
}

/** A fresh temporary directory, removed by the returned cleanup. */
export function tempDir(prefix = 'marsad-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
