import { readFile } from 'node:fs/promises';
import { MarsadError } from '../errors.js';
import { createNerTagger, loadNerModel, type NerModel } from '../pipeline/recognize/ner/index.js';
import { parseConll, parseTagMap, type ConllSentence } from './ner/conll.js';
import { addSentence, createChunkCounts, toScores } from './ner/score.js';

export { parseConll, parseTagMap, type ConllSentence } from './ner/conll.js';

/** Entity-level (exact span and type) NER scores, micro-averaged and per type. */
export interface NerScores {
  f1: number;
  precision: number;
  recall: number;
  by_type: Record<string, { f1: number; precision: number; recall: number; support: number }>;
  sentences: number;
  tokens: number;
}

/** Tags each sentence's own tokens and scores the chunks against its gold tags. */
export function scoreNerSentences(sentences: readonly ConllSentence[], tag: (words: string[]) => string[]): NerScores {
  const counts = createChunkCounts();
  let tokens = 0;
  for (const s of sentences) {
    addSentence(counts, s.tags, tag(s.tokens));
    tokens += s.tokens.length;
  }
  const { micro, byType } = toScores(counts);
  return { f1: micro.f1, precision: micro.precision, recall: micro.recall, by_type: byType, sentences: sentences.length, tokens };
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (cause) {
    throw new MarsadError('E_INPUT_READ', `cannot read ${path}`, { cause, origin: path });
  }
}

/**
 * Scores the NER tagger on CoNLL-style gold files (token … TAG per line, BIO or IOB1).
 * `map` names a `FROM<TAB>TO` tag-map file for types other than PER/PERS, LOC, ORG, MISC/MIS.
 */
export async function evaluateNer(files: string[], options: { map?: string; model?: NerModel } = {}): Promise<NerScores> {
  if (files.length === 0) throw new MarsadError('E_USAGE', 'eval ner needs at least one gold file');
  const map = options.map === undefined ? undefined : parseTagMap(await readText(options.map));
  const sentences: ConllSentence[] = [];
  for (const file of files) sentences.push(...parseConll(await readText(file), map));
  const tagger = createNerTagger(options.model ?? loadNerModel());
  return scoreNerSentences(sentences, tagger);
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(6);

/** A readable per-type table with the micro average last. */
export function formatNerTable(scores: NerScores): string {
  const rows = [`${'type'.padEnd(8)} ${'prec'.padStart(6)} ${'recall'.padStart(6)} ${'F1'.padStart(6)} ${'support'.padStart(8)}`];
  let support = 0;
  for (const [type, s] of Object.entries(scores.by_type)) {
    rows.push(`${type.padEnd(8)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${String(s.support).padStart(8)}`);
    support += s.support;
  }
  rows.push(`${'micro'.padEnd(8)} ${pct(scores.precision)} ${pct(scores.recall)} ${pct(scores.f1)} ${String(support).padStart(8)}`);
  rows.push(`${scores.sentences} sentences, ${scores.tokens} tokens`);
  return rows.join('\n');
}
