import type { Diagnostic, ExtractedDocument, SourceDoc } from '../types.js';
import { MarsadError, describeFailure } from '../errors.js';
import type { Store } from '../store/port.js';
import type { Extractor } from '../pipeline/run.js';
import type { ReadResult } from '../sources/index.js';
import { clusterDocument } from './incidents.js';

export interface IngestSummary {
  read: number;
  inserted: number;
  unchanged: number;
  failed: number;
  events: number;
  failures: Array<{ origin: string; code: string; message: string }>;
}

export interface IngestOptions {
  store: Store;
  extract: Extractor;
  onFailure?: (line: string) => void;
  onProgress?: (summary: IngestSummary) => void;
  onDocument?: (document: { id: string; origin: string; status: 'inserted' | 'unchanged'; events: number }) => void;
  /** Cluster new events into cross-source incidents (default true). */
  incidents?: boolean;
}

/** Extracts and stores each readable input; an unreadable one is recorded and the batch goes on. */
export async function ingestAll(results: AsyncIterable<ReadResult> | Iterable<ReadResult>, options: IngestOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { read: 0, inserted: 0, unchanged: 0, failed: 0, events: 0, failures: [] };
  for await (const result of results) {
    summary.read += 1;
    if (!result.ok) {
      await recordFailure(summary, options, result.origin, result.error);
    } else {
      await ingestOne(result.doc, summary, options);
    }
    options.onProgress?.(summary);
  }
  return summary;
}

async function ingestOne(doc: SourceDoc, summary: IngestSummary, options: IngestOptions): Promise<void> {
  let extracted: ExtractedDocument;
  try {
    extracted = options.extract(doc);
  } catch (error) {
    await recordFailure(summary, options, doc.origin, error);
    return;
  }
  // A storage error is not an input error: it propagates so the caller can stop with exit code 3.
  const saved = await options.store.saveDocument(extracted, { origin: doc.origin, contentHash: extracted.id });
  options.onDocument?.({ id: saved.id, origin: doc.origin, status: saved.status, events: extracted.events.length });
  if (saved.status === 'inserted') {
    summary.inserted += 1;
    summary.events += extracted.events.length;
    if (options.incidents !== false) await clusterDocument(options.store, extracted);
  } else {
    summary.unchanged += 1;
    // A run killed between storing and clustering leaves events without an incident: finish the job now.
    if (options.incidents !== false) await clusterUnassigned(options.store, extracted);
  }
}

async function clusterUnassigned(store: Store, doc: ExtractedDocument): Promise<void> {
  const stored = await store.queryEvents({ documentId: doc.id, limit: 1000, includeRejected: true });
  const pending = stored.items.filter((e) => !e.incident_id);
  if (pending.length > 0) await clusterDocument(store, { ...doc, events: pending });
}

async function recordFailure(summary: IngestSummary, options: IngestOptions, origin: string, error: unknown): Promise<void> {
  summary.failed += 1;
  const code = error instanceof MarsadError ? error.code : 'E_INTERNAL';
  const message = error instanceof Error ? error.message : String(error);
  summary.failures.push({ origin, code, message });
  options.onFailure?.(describeFailure(origin, error));
  const failure: Diagnostic = { code, severity: 'error', message };
  await options.store.recordFailure(origin, failure);
}
