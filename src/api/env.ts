import type { Store } from '../store/port.js';
import type { TokenEntry } from './auth.js';
import type { IngestFn } from './options.js';

/** Hono environment of the app: the reviewer name is set by `requireToken`. */
export interface AppEnv {
  Variables: { reviewer: string };
}

/** What route factories get: resolved options. */
export interface RouteDeps {
  store: Store;
  ingest: IngestFn | undefined;
  tokens: TokenEntry[];
}
