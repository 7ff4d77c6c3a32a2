import { createSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { runStoreContract } from './store.contract.js';

// Every set filter counted as "broad": the per-row plans (order-index walk + probes) must give
// exactly the results of the set-driven plans the small contract corpus normally uses.
runStoreContract('sqlite, per-row plans', async () => {
  const store = createSqliteStore(':memory:', { broadThreshold: 1 });
  await store.migrate();
  return store;
});
