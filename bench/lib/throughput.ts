import type { ExtractedDocument, SourceDoc } from '../../src/types.js';
import { readCorpusLines, toOrigin, toSourceDoc, type CorpusRecord } from './corpus.js';
import type { PassResult } from './floor.js';
import { cpuMs, nowMs, readRssMb } from './stats.js';

/** The extractor as the bench calls it (sync per the contract; a promise is awaited if one comes back). */
export type Extract = (doc: SourceDoc) => ExtractedDocument | Promise<ExtractedDocument>;

export interface ExtractionResult extends PassResult {
  bytes: number;
  events: number;
  failures: number;
  failureSamples: string[];
  /** Time spent inside the extractor alone (reading and parsing excluded). */
  extractMs: number;
  slowest: Array<{ origin: string; ms: number; chars: number }>;
  rssSamplesMb: number[];
}

/** Keeps the `size` largest items seen. */
function keepSlowest(list: ExtractionResult['slowest'], item: ExtractionResult['slowest'][number], size = 5): void {
  if (list.length < size) list.push(item);
  else if (item.ms > (list[list.length - 1]?.ms ?? 0)) list[list.length - 1] = item;
  else return;
  list.sort((a, b) => b.ms - a.ms);
}

function newResult(): ExtractionResult {
  return {
    articles: 0, chars: 0, bytes: 0, wallMs: 0, cpuMs: 0, events: 0, failures: 0,
    failureSamples: [], extractMs: 0, slowest: [], rssSamplesMb: [],
  };
}

async function extractOne(extract: Extract, doc: SourceDoc, result: ExtractionResult): Promise<void> {
  const t = nowMs();
  try {
    const out = extract(doc);
    const doc2 = out instanceof Promise ? await out : out;
    result.events += doc2.events.length;
  } catch (error) {
    result.failures++;
    if (result.failureSamples.length < 5) {
      result.failureSamples.push(`${doc.origin}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const ms = nowMs() - t;
  result.extractMs += ms;
  keepSlowest(result.slowest, { origin: doc.origin, ms, chars: doc.body.length });
}

/**
 * Reads the corpus exactly as the floor does and runs the extractor on every article, single-threaded,
 * sampling RSS every `sampleEvery` articles.
 */
export async function runCorpusExtraction(
  extract: Extract, files: readonly string[], limit: number, sampleEvery = 1000,
): Promise<ExtractionResult> {
  const result = newResult();
  const t0 = nowMs();
  const c0 = cpuMs();
  for await (const line of readCorpusLines(files, limit)) {
    const record = JSON.parse(line.raw) as CorpusRecord;
    const doc = toSourceDoc(record, toOrigin(line));
    result.articles++;
    result.chars += doc.body.length;
    result.bytes += Buffer.byteLength(doc.body);
    await extractOne(extract, doc, result);
    if (result.articles % sampleEvery === 0) result.rssSamplesMb.push(readRssMb());
  }
  result.wallMs = nowMs() - t0;
  result.cpuMs = cpuMs() - c0;
  return result;
}

/** Runs the extractor over English texts (the ACLED notes) already in memory. */
export async function runTextExtraction(extract: Extract, texts: readonly string[]): Promise<ExtractionResult> {
  const result = newResult();
  const t0 = nowMs();
  const c0 = cpuMs();
  for (const [i, body] of texts.entries()) {
    const doc: SourceDoc = { origin: `acled-notes:${i + 1}`, body, format: 'text', language: 'en', title: null };
    result.articles++;
    result.chars += body.length;
    result.bytes += Buffer.byteLength(body);
    await extractOne(extract, doc, result);
  }
  result.wallMs = nowMs() - t0;
  result.cpuMs = cpuMs() - c0;
  return result;
}
