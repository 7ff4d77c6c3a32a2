import { toChunks } from '../../pipeline/recognize/ner/tags.js';

/** Precision, recall and F1 of one entity type. */
export interface TypeScore {
  f1: number;
  precision: number;
  recall: number;
  support: number;
}

/** Running exact-match counts (span + type) per type. */
export interface ChunkCounts {
  correct: Map<string, number>;
  gold: Map<string, number>;
  predicted: Map<string, number>;
}

/** Empty counts. */
export function createChunkCounts(): ChunkCounts {
  return { correct: new Map(), gold: new Map(), predicted: new Map() };
}

const bump = (m: Map<string, number>, k: string): void => {
  m.set(k, (m.get(k) ?? 0) + 1);
};

/** Adds one sentence's gold and predicted tag sequences to the counts. */
export function addSentence(counts: ChunkCounts, gold: readonly string[], predicted: readonly string[]): void {
  const g = toChunks(gold);
  const p = toChunks(predicted);
  const goldKeys = new Set(g.map((c) => `${c.start}:${c.end}:${c.type}`));
  for (const c of g) bump(counts.gold, c.type);
  for (const c of p) {
    bump(counts.predicted, c.type);
    if (goldKeys.has(`${c.start}:${c.end}:${c.type}`)) bump(counts.correct, c.type);
  }
}

/** Precision/recall/F1 from counts (0 when undefined). */
export function toScore(correct: number, gold: number, predicted: number): TypeScore {
  const precision = predicted > 0 ? correct / predicted : 0;
  const recall = gold > 0 ? correct / gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, support: gold };
}

/** Per-type and micro-averaged scores. */
export function toScores(counts: ChunkCounts): { micro: TypeScore; byType: Record<string, TypeScore> } {
  const types = [...new Set([...counts.gold.keys(), ...counts.predicted.keys()])].sort();
  const byType: Record<string, TypeScore> = {};
  let c = 0;
  let g = 0;
  let p = 0;
  for (const t of types) {
    const ct = counts.correct.get(t) ?? 0;
    const gt = counts.gold.get(t) ?? 0;
    const pt = counts.predicted.get(t) ?? 0;
    byType[t] = toScore(ct, gt, pt);
    c += ct;
    g += gt;
    p += pt;
  }
  return { micro: toScore(c, g, p), byType };
}
