import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './corpus.js';
import { nowMs, toMedian } from './stats.js';

export interface ColdStartResult {
  /** `bin` when dist/ is built, `tsx` when the TypeScript sources are run through tsx (slower: it transpiles). */
  mode: 'bin' | 'tsx';
  runsMs: number[];
  medianMs: number;
  ok: boolean;
  error: string | null;
  events: number | null;
}

/** How to launch the CLI: the built bin when dist/ exists, else the sources through tsx. */
export function toCliCommand(): { mode: 'bin' | 'tsx'; argv: string[] } | null {
  const bin = join(REPO_ROOT, 'bin', 'marsad.js');
  if (existsSync(bin) && existsSync(join(REPO_ROOT, 'dist'))) return { mode: 'bin', argv: [bin] };
  const main = join(REPO_ROOT, 'src', 'cli', 'main.ts');
  if (existsSync(main)) return { mode: 'tsx', argv: ['--import', 'tsx', main] };
  return null;
}

/**
 * Wall time of `marsad extract FILE --published DAY --format json` from spawn to exit, `runs` times;
 * the first run is kept (it is a real cold start too, only the OS page cache is warmer after it).
 */
export function measureColdStart(file: string, published: string, runs = 5): ColdStartResult {
  const cli = toCliCommand();
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
