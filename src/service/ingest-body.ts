import type { Store } from '../store/port.js';
import type { Extractor } from '../pipeline/run.js';
import { parseSourceBody } from '../sources/index.js';
import { ingestAll } from './ingest.js';

export interface BodyIngestResult {
  documents: Array<{ id: string; status: 'inserted' | 'unchanged'; events: number }>;
  errors: Array<{ origin: string; code: string; message: string }>;
}

/** Ingests one HTTP request body (text, HTML, JSON, JSONL, feed XML, gzip) through the same path as files. */
export function createBodyIngester(store: Store, extract: Extractor) {
  return async (body: Uint8Array, meta: { contentType: string | null; fileName?: string }): Promise<BodyIngestResult> => {
    const origin = meta.fileName ? `request:${meta.fileName}` : 'request';
    const hint = meta.fileName === undefined ? { contentType: meta.contentType } : { contentType: meta.contentType, fileName: meta.fileName };
    const documents: BodyIngestResult['documents'] = [];
    const summary = await ingestAll(parseSourceBody(body, origin, hint), {
      store, extract, onDocument: ({ id, status, events }) => documents.push({ id, status, events }),
    });
    return { documents, errors: summary.failures };
  };
}
