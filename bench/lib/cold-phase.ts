import { join } from 'node:path';
import { measureColdStart } from './cold-start.js';
import { REPO_ROOT } from './corpus.js';
import type { Report } from './phases.js';
import { toRounded } from './stats.js';
import { toFixedText } from './table.js';

const MODE_NOTE = {
  bin: 'bin/marsad.js + dist/',
  compiled: 'src compiled by tsc to a temp package (dist/ absent)',
  tsx: 'via tsx (includes transpiling)',
} as const;

/** Cold start of `marsad extract` on the reference report: median wall time of `runs` spawns. */
export function runColdStartPhase(report: Report, runs: number, compile: boolean): void {
  const file = join(REPO_ROOT, 'examples', 'sirte-2016-08-02.ar.txt');
  const cold = measureColdStart(file, '2016-08-02', runs, compile);
  const note = cold.ok
    ? `${MODE_NOTE[cold.mode]}, ${cold.events ?? '?'} events, runs ${cold.runsMs.map((r) => r.toFixed(0)).join('/')}`
    : `failed: ${cold.error ?? ''}`;
  report.rows.push({ metric: 'cold start: marsad extract 1 report (ms)', value: toFixedText(cold.ok ? cold.medianMs : null, 0), target: '≤ 1,000', note });
  report.json['cold_start_ms'] = cold.ok ? toRounded(cold.medianMs, 0) : null;
  report.json['cold_start_mode'] = cold.mode;
}
