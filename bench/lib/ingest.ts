import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../src/store/port.js';
import type { ExtractedDocument } from '../../src/types.js';
import { listCorpusFiles, readCorpusLines, toOrigin, toSourceDoc, type CorpusRecord } from './corpus.js';
import { toContentHash } from './synthetic.js';
import { nowMs } from './stats.js';
import type { Extract } from './throughput.js';

export interface IngestRate {
  documents: number;
  events: number;
  wallMs: number;
}

/** Extracts the first `limit` corpus articles once, so ingest timing measures the store alone. */
export async function extractSample(extract: Extract, limit: number): Promise<Array<{ doc: ExtractedDocument; origin: string }>> {
  const out: Array<{ doc: ExtractedDocument; origin: string }> = [];
  for await (const line of readCorpusLines(listCorpusFiles(), limit)) {
    const origin = toOrigin(line);
    const result = extract(toSourceDoc(JSON.parse(line.raw) as CorpusRecord, origin));
    out.push({ doc: result instanceof Promise ? await result : result, origin });
  }
  return out;
}

/** Times `saveDocument` for every extracted document into an open, migrated store. */
export async function timeIngest(store: Store, docs: ReadonlyArray<{ doc: ExtractedDocument; origin: string }>): Promise<IngestRate> {
  const t0 = nowMs();
  let events = 0;
  for (const { doc, origin } of docs) {
    await store.saveDocument(doc, { origin, contentHash: toContentHash(doc.text) });
    events += doc.events.length;
  }
  return { documents: docs.length, events, wallMs: nowMs() - t0 };
}

/** A throwaway SQLite file in the OS temp folder, removed by `dispose`. */
export function createTempDbPath(): { path: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-'));
  return { path: join(dir, 'bench.db'), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
