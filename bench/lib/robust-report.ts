import type { AskOutcome } from './robust-runner.js';
import { toMedian } from './stats.js';
import { toFixedText, toTable, type Row } from './table.js';

export interface MutationTally {
  docs: number;
  rejected: number;
  crashes: number;
  invalid: number;
  hangs: number;
  deaths: number;
  overBudget: number;
  budgetDiagnostics: number;
  events: number;
  totalMs: number;
  maxMs: number;
}

export interface Incident {
  mutation: string;
  origin: string;
  kind: 'crash' | 'invalid' | 'hang' | 'died' | 'slow' | 'refused';
  detail: string;
}

export interface MemorySample {
  docs: number;
  rssMb: number;
  heapMb: number;
}

/** Collects outcomes per mutation, a capped list of incidents, and memory samples. */
export interface RobustTally {
  byMutation: Map<string, MutationTally>;
  incidents: Incident[];
  incidentCount: number;
  memory: MemorySample[];
  slowest: Array<{ mutation: string; origin: string; ms: number; chars: number }>;
}

export function createTally(): RobustTally {
  return { byMutation: new Map(), incidents: [], incidentCount: 0, memory: [], slowest: [] };
}

function tallyFor(tally: RobustTally, mutation: string): MutationTally {
  let t = tally.byMutation.get(mutation);
  if (!t) {
    t = { docs: 0, rejected: 0, crashes: 0, invalid: 0, hangs: 0, deaths: 0, overBudget: 0, budgetDiagnostics: 0, events: 0, totalMs: 0, maxMs: 0 };
    tally.byMutation.set(mutation, t);
  }
  return t;
}

/** Keeps at most three incidents per mutation and kind, so one frequent failure does not hide the others. */
function note(tally: RobustTally, incident: Incident): void {
  tally.incidentCount++;
  const same = tally.incidents.filter((i) => i.mutation === incident.mutation && i.kind === incident.kind).length;
  if (same < 3 && tally.incidents.length < 60) tally.incidents.push(incident);
}

/** Records one outcome; `slowMs` is the per-document budget past which a run is reported as slow. */
export function recordOutcome(
  tally: RobustTally, mutation: string, origin: string, chars: number, outcome: AskOutcome, slowMs: number,
): void {
  const t = tallyFor(tally, mutation);
  t.docs++;
  if (outcome.kind === 'hang') {
    t.hangs++;
    note(tally, { mutation, origin, kind: 'hang', detail: `no answer after ${outcome.waitedMs} ms (${chars} chars); process killed` });
    return;
  }
  if (outcome.kind === 'died') {
    t.deaths++;
    note(tally, { mutation, origin, kind: 'died', detail: `extraction process ${outcome.detail} (${chars} chars)` });
    return;
  }
  const { reply } = outcome;
  t.events += reply.events;
  t.totalMs += reply.ms;
  t.maxMs = Math.max(t.maxMs, reply.ms);
  if (reply.budgetDiagnostic) t.budgetDiagnostics++;
  if (reply.rejected !== null) {
    t.rejected++;
    // Refusals are graceful; a few samples show whether they are reasonable.
    if (t.rejected <= 2) note(tally, { mutation, origin, kind: 'refused', detail: reply.rejected });
  }
  if (reply.error !== null) {
    t.crashes++;
    note(tally, { mutation, origin, kind: 'crash', detail: reply.error });
  } else if (reply.problems.length > 0) {
    t.invalid++;
    note(tally, { mutation, origin, kind: 'invalid', detail: reply.problems.slice(0, 3).join(' | ') });
  }
  if (reply.ms > slowMs) {
    t.overBudget++;
    note(tally, { mutation, origin, kind: 'slow', detail: `${reply.ms.toFixed(0)} ms for ${chars} chars` });
  }
  const slow = tally.slowest;
  if (slow.length < 10 || reply.ms > (slow[slow.length - 1]?.ms ?? 0)) {
    slow.push({ mutation, origin, ms: reply.ms, chars });
    slow.sort((a, b) => b.ms - a.ms);
    if (slow.length > 10) slow.pop();
  }
}

/** Memory summary: first, last and max samples, and the growth between the first and last tenth. */
export function summariseMemory(samples: readonly MemorySample[]): {
  firstRssMb: number; lastRssMb: number; maxRssMb: number; firstHeapMb: number; lastHeapMb: number; maxHeapMb: number; heapGrowthMb: number;
} {
  const tenth = Math.max(1, Math.floor(samples.length / 10));
  const heapHead = toMedian(samples.slice(0, tenth).map((s) => s.heapMb));
  const heapTail = toMedian(samples.slice(-tenth).map((s) => s.heapMb));
  return {
    firstRssMb: samples[0]?.rssMb ?? Number.NaN,
    lastRssMb: samples[samples.length - 1]?.rssMb ?? Number.NaN,
    maxRssMb: Math.max(...samples.map((s) => s.rssMb)),
    firstHeapMb: samples[0]?.heapMb ?? Number.NaN,
    lastHeapMb: samples[samples.length - 1]?.heapMb ?? Number.NaN,
    maxHeapMb: Math.max(...samples.map((s) => s.heapMb)),
    heapGrowthMb: heapTail - heapHead,
  };
}

/** The per-mutation table. */
export function toMutationTable(tally: RobustTally): string {
  const names = [...tally.byMutation.keys()];
  const head = ['mutation', 'docs', 'rejected', 'crash', 'invalid', 'hang', 'died', 'slow', 'budget', 'events', 'mean ms', 'max ms'];
  const rows = names.map((name) => {
    const t = tally.byMutation.get(name) as MutationTally;
    const answered = t.docs - t.hangs - t.deaths;
    return [name, t.docs, t.rejected, t.crashes, t.invalid, t.hangs, t.deaths, t.overBudget, t.budgetDiagnostics, t.events,
      toFixedText(answered > 0 ? t.totalMs / answered : null, 1), toFixedText(t.maxMs, 0)].map(String);
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]): string => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [fmt(head), '-'.repeat(widths.reduce((a, b) => a + b + 2, 0)), ...rows.map(fmt)].join('\n');
}

/** The memory rows for the summary table. */
export function toMemoryRows(samples: readonly MemorySample[]): Row[] {
  if (samples.length === 0) return [];
  const m = summariseMemory(samples);
  return [
    { metric: 'child RSS first / last / max (MB)', value: `${m.firstRssMb.toFixed(0)} / ${m.lastRssMb.toFixed(0)} / ${m.maxRssMb.toFixed(0)}` },
    { metric: 'child heap first / last / max (MB)', value: `${m.firstHeapMb.toFixed(0)} / ${m.lastHeapMb.toFixed(0)} / ${m.maxHeapMb.toFixed(0)}` },
    { metric: 'heap growth, first→last tenth (MB)', value: m.heapGrowthMb.toFixed(1), target: 'flat (< 50)' },
  ];
}

export { toTable };
