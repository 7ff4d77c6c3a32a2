import { startTestPostgres } from '../../test/helpers/postgres.js';

/** A throwaway PostgreSQL database (the store engineer's test helper), or why none could be started. */
export async function startPostgres(): Promise<{ url: string; description: string; stop(): Promise<void> } | { skipped: string }> {
  const started = await startTestPostgres();
  if (!started.ok) return { skipped: started.reason };
  try {
    const url = await started.server.createDatabase();
    return { url, description: started.server.flavour, stop: () => started.server.stop() };
  } catch (error) {
    await started.server.stop();
    return { skipped: error instanceof Error ? error.message : String(error) };
  }
}
