import { readCorpusLines } from './corpus.js';
import { cpuMs, nowMs } from './stats.js';

export interface PassResult {
  articles: number;
  chars: number;
  wallMs: number;
  cpuMs: number;
}

/**
 * The floor: read, decompress, JSON-parse and split the same corpus into whitespace tokens, nothing more.
 * The token count is returned so the work cannot be optimised away.
 */
export async function runFloor(files: readonly string[], limit: number): Promise<PassResult & { tokens: number }> {
  const t0 = nowMs();
  const c0 = cpuMs();
  let articles = 0;
  let chars = 0;
  let tokens = 0;
  for await (const line of readCorpusLines(files, limit)) {
    const record = JSON.parse(line.raw) as { text?: string; title?: string };
    const text = record.text ?? '';
    articles++;
    chars += text.length;
    for (const token of text.split(/\s+/)) if (token.length > 0) tokens++;
  }
  return { articles, chars, tokens, wallMs: nowMs() - t0, cpuMs: cpuMs() - c0 };
}
