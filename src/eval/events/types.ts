/** One scored field: how many gold records had it right. */
export interface FieldScore {
  correct: number;
  total: number;
  accuracy: number;
}

/** Result of an event-coding evaluation; plain data, serialisable with JSON.stringify for `--json`. */
export interface EvalReport {
  kind: 'acled' | 'plover';
  source: string;
  records: number;
  /** Records for which the extractor produced no usable event. */
  missed: number;
  fields: Record<string, FieldScore>;
  /** Gold label → predicted label → count (event type). */
  confusion: Record<string, Record<string, number>>;
  /** Extra numbers (median distance, false positives on no-event records...). */
  extra: Record<string, number | null>;
  /** How the predicted event was chosen for each gold record. */
  rule: string;
  /** Records whose event type was wrong (for error analysis; capped). */
  errors?: EvalError[];
}

/** One wrongly typed gold record: what was expected, what was predicted and from which trigger. */
export interface EvalError {
  id: string;
  gold: string;
  predicted: string;
  trigger: string | null;
  text: string;
}
