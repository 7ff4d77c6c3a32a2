import type { SourceDoc } from '../../src/types.js';

/** Parent → child: one mutated input. */
export interface RobustRequest {
  seq: number;
  mutation: string;
  doc: SourceDoc;
  /** Raw bytes to decode through the source layer before extraction (mixed-encoding mutation). */
  bytes?: Uint8Array;
  contentType?: string | null;
}

/** Child → parent: what happened to it. */
export interface RobustReply {
  seq: number;
  ok: boolean;
  /** Thrown error message when the extractor (or decoding) threw: a crash. */
  error: string | null;
  /** The source layer's stated refusal (e.g. E_INPUT_ENCODING): graceful, not a crash. */
  rejected: string | null;
  problems: string[];
  events: number;
  ms: number;
  budgetDiagnostic: boolean;
  rssMb: number;
  heapMb: number;
}

/** Child → parent once its extractor is built. */
export interface RobustReady {
  ready: true;
  setupMs: number;
}
