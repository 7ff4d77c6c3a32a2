/**
 * The robustness run's extraction process: builds the extractor once, then extracts, validates and
 * answers one request at a time over IPC. Runs in its own process so a hang can be killed and its
 * memory measured apart from the parent's.
 */
import type { ExtractedDocument, SourceDoc } from '../../src/types.js';
import { createExtractor } from '../../src/pipeline/run.js';
import type { RobustReady, RobustReply, RobustRequest } from './robust-protocol.js';
import { decodeWithSourceLayer } from './source-decode.js';
import { nowMs } from './stats.js';
import { createEventValidator, listOutputProblems } from './validate-output.js';

const budgetMs = Number(process.env['MARSAD_ROBUST_BUDGET_MS'] ?? '2000');

async function main(): Promise<void> {
  const t0 = nowMs();
  const extract = createExtractor({ budgetMs });
  const validate = createEventValidator();
  const ready: RobustReady = { ready: true, setupMs: nowMs() - t0 };
  process.send?.(ready);

  process.on('message', (request: RobustRequest) => {
    const t = nowMs();
    const outputs: ExtractedDocument[] = [];
    let error: string | null = null;
    let rejected: string | null = null;
    try {
      let docs: SourceDoc[] = [request.doc];
      if (request.bytes) ({ docs, rejected } = decodeWithSourceLayer(request.doc, request.bytes, request.contentType ?? null));
      for (const doc of docs) outputs.push(extract(doc));
    } catch (e) {
      error = e instanceof Error ? `${e.name}: ${e.message} ${e.stack?.split('\n')[1]?.trim() ?? ''}` : String(e);
    }
    const ms = nowMs() - t;
    const problems = outputs.flatMap((out) => listOutputProblems(out, validate));
    const memory = process.memoryUsage();
    const reply: RobustReply = {
      seq: request.seq,
      ok: error === null && problems.length === 0,
      error,
      rejected,
      problems,
      events: outputs.reduce((n, out) => n + out.events.length, 0),
      ms,
      budgetDiagnostic: outputs.some((out) => out.diagnostics.some((d) => d.code === 'time-budget')),
      rssMb: memory.rss / 1048576,
      heapMb: memory.heapUsed / 1048576,
    };
    process.send?.(reply);
  });
}

void main().catch((error: unknown) => {
  process.stderr.write(`robust-child failed to start: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
