import { hostname } from 'node:os';
import { createExtractor } from '../../pipeline/run.js';
import { openStore } from '../../store/open-store.js';
import { runWorker, type WorkerEvent, type WorkerSummary } from '../../service/worker.js';
import { defineCommand, EXIT, integerOption, stringOption, type CommandContext } from '../command.js';
import { createProgress, type Progress } from '../progress.js';
import { writeLine } from '../shared.js';

function intOption(ctx: CommandContext, name: string, fallback: number, min: number): number {
  return integerOption(ctx.values, name, min) ?? fallback;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function describeEvent(event: WorkerEvent): string | null {
  switch (event.kind) {
    case 'done':
      return `job ${event.job.id} ${event.job.doc.origin}: ${event.status} ${event.documentId} (${event.events} events)`;
    case 'failed': {
      const fate = event.state === 'pending' ? `attempt ${event.attempts}, will retry`
        : event.state === 'failed' ? `failed for good after ${event.attempts} attempt(s)` : 'already taken over by another worker';
      return `job ${event.jobId} ${event.origin}: ${event.error.code} ${event.error.message} (${fate})`;
    }
    case 'lost':
      return `lease lost on ${event.jobIds.length} job(s) (${event.jobIds.join(', ')}): another worker took them over`;
    case 'released':
      return event.count > 0 ? `released ${event.count} claimed, unstarted job(s) back to the queue` : null;
    case 'outage':
      return `database unreachable (${event.what}): ${event.message}; retrying in ${seconds(event.retryInMs)} (down ${seconds(event.downForMs)})`;
    case 'recovered':
      return `database reachable again after ${seconds(event.downForMs)}; carrying on`;
  }
}

function progressDetail(s: WorkerSummary, startedAt: number): string {
  const rate = (s.done + s.failed) / Math.max(0.001, (Date.now() - startedAt) / 1000);
  return `${s.inserted} new, ${s.unchanged} unchanged, ${s.failed} failed, ${s.retried} retried (${rate.toFixed(1)} jobs/s)`;
}

/** Turns SIGINT/SIGTERM into a graceful stop; a second signal exits at once (the job's lease covers it). */
function trapSignals(ctx: CommandContext, id: string, controller: AbortController): () => void {
  const onSignal = (signal: NodeJS.Signals): void => {
    if (controller.signal.aborted) process.exit(signal === 'SIGINT' ? 130 : 143);
    writeLine(ctx.stderr, `worker ${id}: ${signal}: finishing the current job, then stopping (again to stop now)`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}

export const workerCommand = defineCommand({
  name: 'worker',
  summary: 'work the shared queue filled by `ingest --queue`: extract, store, cluster; any number of workers',
  usage: 'worker [--db DB] [--id NAME] [--batch N] [--lease-ms MS] [--once] [--idle-exit] [--verbose]',
  options: {
    db: { type: 'string', description: 'SQLite file or postgres:// URL', default: './marsad.db', placeholder: 'DB' },
    id: { type: 'string', description: 'worker name in leases (default: host:pid)', placeholder: 'NAME' },
    batch: { type: 'string', description: 'jobs claimed at a time', default: '10', placeholder: 'N' },
    'lease-ms': { type: 'string', description: 'lease per claim; a killed worker’s jobs are retried after it', default: '60000', placeholder: 'MS' },
    'poll-ms': { type: 'string', description: 'wait between claims when nothing is due', default: '1000', placeholder: 'MS' },
    once: { type: 'boolean', description: 'work one batch, then exit' },
    'idle-exit': { type: 'boolean', description: 'exit when no job is pending or running' },
    verbose: { type: 'boolean', description: 'a line per job (default: periodic progress)' },
  },
  async run(ctx) {
    const id = stringOption(ctx.values, 'id') ?? `${hostname()}:${process.pid}`;
    const batch = intOption(ctx, 'batch', 10, 1);
    const leaseMs = intOption(ctx, 'lease-ms', 60_000, 100);
    const pollMs = intOption(ctx, 'poll-ms', 1_000, 10);
    const verbose = ctx.values['verbose'] === true;
    const store = await openStore(stringOption(ctx.values, 'db') ?? './marsad.db');
    const controller = new AbortController();
    const untrap = trapSignals(ctx, id, controller);
    const progress: Progress = createProgress(ctx.stderr, { quiet: verbose });
    const startedAt = Date.now();
    const cpu = process.cpuUsage();
    try {
      writeLine(ctx.stderr, `worker ${id}: started on ${store.kind} (batch ${batch}, lease ${seconds(leaseMs)})`);
      const s = await runWorker({
        store, extract: createExtractor(), workerId: id, batch, leaseMs, pollMs, signal: controller.signal,
        once: ctx.values['once'] === true, idleExit: ctx.values['idle-exit'] === true,
        onEvent: (event) => {
          const line = describeEvent(event);
          if (line && (event.kind !== 'done' || verbose)) progress.log(`worker ${id}: ${line}`);
        },
        onProgress: (s) => progress.update(s.done + s.failed, progressDetail(s, startedAt)),
      });
      progress.stop();
      const used = process.cpuUsage(cpu);
      const queue = await store.queueStats();
      writeLine(ctx.stderr, `worker ${id}: stopped after ${seconds(Date.now() - startedAt)}, CPU ${seconds((used.user + used.system) / 1000)}: `
        + `${s.done} jobs done (${s.inserted} new documents, ${s.events} events; ${s.unchanged} unchanged), ${s.failed} failed, `
        + `${s.retried} retried, ${s.lost} lost, ${s.released} released; `
        + `queue: ${queue.pending} pending, ${queue.running} running, ${queue.done} done, ${queue.failed} failed`);
      return s.failed > 0 ? EXIT.inputs : EXIT.ok;
    } finally {
      untrap();
      progress.stop();
      await store.close();
    }
  },
});
