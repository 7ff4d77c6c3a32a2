import { readFileSync } from 'node:fs';
import { acledNotesPath, listCorpusFiles } from './corpus.js';
import { runFloor } from './floor.js';
import { runCompromisePeer } from './peer.js';
import { readPeakRssMb, toRounded } from './stats.js';
import { runCorpusExtraction, runTextExtraction, type Extract, type ExtractionResult } from './throughput.js';
import { toFixedText, type Row } from './table.js';
import { readCsvColumn } from './csv.js';

/** What every phase adds to: table rows, JSON fields, and hotspot hints. */
export interface Report {
  rows: Row[];
  json: Record<string, unknown>;
  notes: string[];
}

const perSecond = (n: number, ms: number): number => (ms > 0 ? (n * 1000) / ms : Number.NaN);

/** Loads the extractor lazily so a missing stage is a skipped phase, not a crashed bench. */
export async function loadExtractor(): Promise<{ extract: Extract; setupMs: number } | { error: string }> {
  try {
    const t0 = performance.now();
    const { createExtractor } = await import('../../src/pipeline/run.js');
    const extract = createExtractor();
    return { extract, setupMs: performance.now() - t0 };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Floor and Arabic throughput, same corpus, same reader, same process; peak RSS read right after. */
export async function runArabicPhase(report: Report, extract: Extract, limit: number): Promise<ExtractionResult> {
  const files = listCorpusFiles();
  const floor = await runFloor(files, limit);
  const ar = await runCorpusExtraction(extract, files, limit);
  const peakRss = readPeakRssMb();
  const aps = perSecond(ar.articles, ar.wallMs);
  const ratio = ar.wallMs / floor.wallMs;
  report.rows.push(
    { metric: 'floor: read+gunzip+parse+split (articles/s)', value: toFixedText(perSecond(floor.articles, floor.wallMs), 0), note: `${floor.articles} articles, ${(floor.wallMs / 1000).toFixed(2)} s` },
    { metric: 'Arabic extraction (articles/s, 1 core)', value: toFixedText(aps, 0), target: '≥ 1,000', note: `${ar.articles} articles, ${(ar.wallMs / 1000).toFixed(1)} s wall, ${(ar.cpuMs / 1000).toFixed(1)} s cpu` },
    { metric: 'Arabic extraction (MB/s of UTF-8 text)', value: toFixedText(perSecond(ar.bytes / 1048576, ar.wallMs), 2) },
    { metric: 'Arabic time in the extractor alone (%)', value: toFixedText((100 * ar.extractMs) / ar.wallMs, 0) },
    { metric: 'marsad / floor (time ratio)', value: toFixedText(ratio, 1), target: '≤ 20×' },
    { metric: 'events per article', value: toFixedText(ar.events / Math.max(1, ar.articles), 2) },
    { metric: 'extractor failures (thrown)', value: String(ar.failures), target: '0' },
    { metric: 'peak RSS after Arabic run (MB)', value: toFixedText(peakRss, 0), target: '≤ 600' },
  );
  Object.assign(report.json, {
    articles: ar.articles,
    articles_per_second: toRounded(aps, 1),
    mb_per_second: toRounded(perSecond(ar.bytes / 1048576, ar.wallMs), 3),
    cpu_articles_per_second: toRounded(perSecond(ar.articles, ar.cpuMs), 1),
    floor_articles_per_second: toRounded(perSecond(floor.articles, floor.wallMs), 1),
    floor_ratio: toRounded(ratio, 2),
    events_per_article: toRounded(ar.events / Math.max(1, ar.articles), 3),
    extractor_failures: ar.failures,
    peak_rss_mb: toRounded(peakRss, 1),
  });
  for (const s of ar.failureSamples) report.notes.push(`extractor threw: ${s}`);
  if (ar.slowest.length > 0) {
    report.notes.push(`slowest Arabic articles: ${ar.slowest.map((s) => `${s.origin} ${s.ms.toFixed(0)} ms/${s.chars} chars`).join('; ')}`);
  }
  return ar;
}

/** English: marsad on the ACLED notes, and compromise on the same notes, side by side. */
export async function runEnglishPhase(report: Report, extract: Extract | null): Promise<void> {
  const notes = readCsvColumn(readFileSync(acledNotesPath(), 'utf8'), 'notes');
  const peer = await runCompromisePeer(notes);
  report.rows.push({ metric: 'peer: compromise nlp().json() (texts/s)', value: toFixedText(perSecond(peer.texts, peer.wallMs), 0), note: `${peer.texts} ACLED notes, ${(peer.wallMs / 1000).toFixed(2)} s` });
  report.json['peer_texts_per_second'] = toRounded(perSecond(peer.texts, peer.wallMs), 1);
  if (!extract) return;
  const en = await runTextExtraction(extract, notes);
  const ratio = en.wallMs / peer.wallMs;
  report.rows.push(
    { metric: 'English extraction (notes/s)', value: toFixedText(perSecond(en.articles, en.wallMs), 0), note: `${en.events} events, ${en.failures} failures` },
    { metric: 'marsad / compromise (time ratio)', value: toFixedText(ratio, 2), note: 'compromise does less (no events, places, dates)' },
  );
  Object.assign(report.json, {
    en_articles_per_second: toRounded(perSecond(en.articles, en.wallMs), 1),
    peer_ratio: toRounded(ratio, 3),
    en_extractor_failures: en.failures,
  });
}
