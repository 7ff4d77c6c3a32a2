import type { Store } from '../store/port.js';

/** What `POST /documents` hands to the pipeline, and what it answers. */
export type IngestFn = (
  body: Uint8Array,
  meta: { contentType: string | null; fileName?: string },
) => Promise<IngestResult>;

export interface IngestResult {
  documents: Array<{ id: string; status: 'inserted' | 'unchanged'; events: number }>;
  errors: Array<{ origin: string; code: string; message: string }>;
}

export interface ApiOptions {
  store: Store;
  ingest?: IngestFn;
  /** sha256 hex of API tokens; an entry `name:hex` also names the reviewer the token stands for. */
  tokenHashes?: string[];
  /** Reads without a token (default true). */
  publicReads?: boolean;
  /** Origins allowed by CORS; CORS is off when empty. */
  corsOrigins?: string[];
  /** Largest accepted request body (default 5 MiB). */
  maxBodyBytes?: number;
  /** Requests per client IP per window (default 1200 per minute). */
  rateLimit?: { windowMs: number; max: number };
  /** Built web app directory served at `/`. */
  webRoot?: string;
  /** Admin-1 TopoJSON served at `/geo/admin1.json` (default data/geo/mena-admin1.topo.json when present). */
  admin1Path?: string;
}

export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;
export const DEFAULT_RATE_LIMIT = { windowMs: 60_000, max: 1200 } as const;
