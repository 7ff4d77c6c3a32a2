import { MarsadError, describeFailure } from '../errors.js';
import type { EnqueueOptions, Store } from '../store/port.js';
import type { ReadResult } from '../sources/index.js';
import type { SourceDoc } from '../types.js';

export interface EnqueueSummary {
  read: number;
  queued: number;
  duplicates: number;
  failed: number;
  failures: Array<{ origin: string; code: string; message: string }>;
}

export interface EnqueueAllOptions extends EnqueueOptions {
  store: Store;
  /** Documents per `Store.enqueue` call (default 500). */
  chunk?: number;
  onFailure?: (line: string) => void;
  onProgress?: (summary: EnqueueSummary) => void;
}

/**
 * Queues every readable input for `marsad worker` instead of processing it; an unreadable one is
 * recorded as a failure (as `ingestAll` does) and the batch goes on.
 */
export async function enqueueAll(results: AsyncIterable<ReadResult> | Iterable<ReadResult>, options: EnqueueAllOptions): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { read: 0, queued: 0, duplicates: 0, failed: 0, failures: [] };
  const chunk = Math.max(1, options.chunk ?? 500);
  const queueOptions: EnqueueOptions = options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts };
  let pending: SourceDoc[] = [];
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const result = await options.store.enqueue(pending, queueOptions);
    pending = [];
    summary.queued += result.queued;
    summary.duplicates += result.duplicates;
    options.onProgress?.(summary);
  };
  for await (const result of results) {
    summary.read += 1;
    if (result.ok) {
      pending.push(result.doc);
      if (pending.length >= chunk) await flush();
      continue;
    }
    summary.failed += 1;
    const code = result.error instanceof MarsadError ? result.error.code : 'E_INTERNAL';
    summary.failures.push({ origin: result.origin, code, message: result.error.message });
    options.onFailure?.(describeFailure(result.origin, result.error));
    await options.store.recordFailure(result.origin, { code, severity: 'error', message: result.error.message });
  }
  await flush();
  return summary;
}
