/**
 * A claimer process for the SQLite concurrency test: waits for the `go` file, then claims and
 * completes jobs until the queue is empty, and prints the ids it got as JSON.
 * Usage: node --import tsx test/worker/claim-loop.ts DB GO_FILE WORKER_ID
 */
import { existsSync, writeFileSync } from 'node:fs';
import { openStore } from '../../src/store/open-store.js';

const [db, go, id] = process.argv.slice(2) as [string, string, string];
const store = await openStore(db);
writeFileSync(`${go}.${id}.ready`, '');
while (!existsSync(go)) await new Promise((resolve) => setTimeout(resolve, 5));
const got: string[] = [];
for (;;) {
  const jobs = await store.claimJobs(id, 3, 60_000);
  if (jobs.length === 0) break;
  for (const job of jobs) {
    got.push(job.id);
    await store.completeJob(job.id, id);
  }
}
await store.close();
process.stdout.write(JSON.stringify(got));
