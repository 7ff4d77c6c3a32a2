import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './corpus.js';
import { nowMs, toMedian } from './stats.js';

export interface ColdStartResult {
  /**
   * `bin`: the built bin/marsad.js; `compiled`: src compiled by tsc into a temp package (dist/ absent);
   * `tsx`: the TypeScript sources through tsx (slowest: it transpiles on load).
   */
  mode: CliMode;
  runsMs: number[];
  medianMs: number;
  ok: boolean;
  error: string | null;
  events: number | null;
}

export type CliMode = 'bin' | 'compiled' | 'tsx';

interface CliCommand {
  mode: CliMode;
  argv: string[];
  dispose: () => void;
}

/**
 * Compiles src/ with tsc into a throwaway package in the OS temp folder (data/ and node_modules/ linked),
 * so cold start measures marsad, not a transpiler. Emits despite type errors elsewhere; null when no
 * entry point came out.
 */
function compileToTemp(): CliCommand | null {
  const root = mkdtempSync(join(tmpdir(), 'marsad-cold-'));
  const dispose = (): void => rmSync(root, { recursive: true, force: true });
  spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(REPO_ROOT, 'tsconfig.build.json'), '--outDir', join(root, 'dist')], {
    cwd: REPO_ROOT, stdio: 'ignore', timeout: 300_000,
  });
  const main = join(root, 'dist', 'cli', 'main.js');
  if (!existsSync(main)) {
    dispose();
    return null;
  }
  symlinkSync(join(REPO_ROOT, 'data'), join(root, 'data'));
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'));
  copyFileSync(join(REPO_ROOT, 'package.json'), join(root, 'package.json'));
  return { mode: 'compiled', argv: [main], dispose };
}

/** How to launch the CLI: the built bin when dist/ exists, else a temp compile (unless `compile` is false), else tsx. */
export function toCliCommand(compile: boolean): CliCommand | null {
  const bin = join(REPO_ROOT, 'bin', 'marsad.js');
  if (existsSync(bin) && existsSync(join(REPO_ROOT, 'dist', 'cli', 'main.js'))) return { mode: 'bin', argv: [bin], dispose: () => undefined };
  const compiled = compile ? compileToTemp() : null;
  if (compiled) return compiled;
  const main = join(REPO_ROOT, 'src', 'cli', 'main.ts');
  if (existsSync(main)) return { mode: 'tsx', argv: ['--import', 'tsx', main], dispose: () => undefined };
  return null;
}

/**
 * Wall time of `marsad extract FILE --published DAY --format json` from spawn to exit, `runs` times;
 * the first run is kept (it is a real cold start too, only the OS page cache is warmer after it).
 */
export function measureColdStart(file: string, published: string, runs = 5, compile = true): ColdStartResult {
  const cli = toCliCommand(compile);
  if (!cli) return { mode: 'tsx', runsMs: [], medianMs: Number.NaN, ok: false, error: 'no CLI entry point yet', events: null };
  const runsMs: number[] = [];
  let error: string | null = null;
  let events: number | null = null;
  for (let i = 0; i < runs; i++) {
    const t0 = nowMs();
    const child = spawnSync(process.execPath, [...cli.argv, 'extract', file, '--published', published, '--format', 'json'], {
      cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60_000,
    });
    runsMs.push(nowMs() - t0);
    if (child.status !== 0) {
      error = `exit ${child.status ?? child.signal}: ${(child.stderr || '').trim().split('\n').slice(-3).join(' | ')}`;
      break;
    }
    events = countEvents(child.stdout);
  }
  cli.dispose();
  return { mode: cli.mode, runsMs, medianMs: toMedian(runsMs), ok: error === null, error, events };
}

function countEvents(stdout: string): number | null {
  try {
    const parsed = JSON.parse(stdout) as { documents?: Array<{ events?: unknown[] }> };
    return (parsed.documents ?? []).reduce((n, d) => n + (d.events?.length ?? 0), 0);
  } catch {
    return null;
  }
}
