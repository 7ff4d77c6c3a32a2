import { afterAll, describe, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { startTestPostgres, type TestPostgres } from '../helpers/postgres.js';
import { runStoreContract } from './store.contract.js';

// A real server, started here; each store gets its own fresh database.
const started = await startTestPostgres();
let server: TestPostgres | undefined;

if (started.ok) {
  server = started.server;
  console.log(`postgres contract: running against ${server.flavour}`);
  afterAll(async () => {
    await server?.stop();
  });
  runStoreContract('postgres', async () => openStore(await started.server.createDatabase()));
} else {
  console.warn(`postgres contract SKIPPED: no PostgreSQL server could be started (${started.reason})`);
  describe.skip(`Store contract: postgres (skipped: ${started.reason.slice(0, 200)})`, () => {
    it('needs a PostgreSQL server', () => undefined);
  });
}
