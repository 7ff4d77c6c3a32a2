import type { Store } from '../../src/store/port.js';

/** Starts marsad's API on 127.0.0.1 (free port) over `store`, with the per-IP rate limit lifted for the load test. */
export async function startApi(store: Store): Promise<{ url: string; close(): Promise<void> } | { skipped: string }> {
  try {
    const { startServer } = await import('../../src/api/index.js');
    // The default limit (1,200 requests/min per IP) would turn a 200 req/s load into 429s.
    return await startServer({ store, host: '127.0.0.1', port: 0, rateLimit: { windowMs: 60_000, max: 1_000_000_000 } });
  } catch (error) {
    return { skipped: error instanceof Error ? error.message : String(error) };
  }
}
