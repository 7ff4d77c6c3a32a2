import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/port.js';
import type { SourceDoc } from '../../src/types.js';
import type { MakeStore } from './store.contract.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function makeDocs(n: number, tag = 'q'): SourceDoc[] {
  return Array.from({ length: n }, (_, i) => ({
    origin: `${tag}-${i}.txt`,
    body: i % 2 === 0 ? `قتل ${i + 2} أشخاص في قصف على مدينة حلب يوم الأحد (${tag}).` : `Protesters marched in Aden on day ${i} (${tag}).`,
    format: 'text' as const,
  }));
}

/** The work queue: dedupe, disjoint concurrent claims, leases, retries to `failed`, stats. */
export function runQueueContract(makeStore: MakeStore): void {
  describe('queue', () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('queues the same input once, whatever its origin, and round-trips every field', async () => {
      const full: SourceDoc = {
        origin: 'feed:1', body: 'غارة على سرت\u0000 أمس', format: 'html', title: 'عنوان', published: '2016-08-02', url: 'https://x.test/a',
        source: 'وكالة', language: 'ar', captions: ['صورة'], diagnostics: [{ code: 'c', severity: 'info', message: 'm', span: [0, 3] }],
      };
      const docs = [full, ...makeDocs(3)];
      expect(await store.enqueue(docs)).toEqual({ queued: 4, duplicates: 0 });
      expect(await store.enqueue([{ ...full, origin: 'elsewhere' }, ...makeDocs(3)])).toEqual({ queued: 0, duplicates: 4 });
      expect(await store.enqueue([...makeDocs(1, 'x'), ...makeDocs(1, 'x')])).toEqual({ queued: 1, duplicates: 1 });
      expect(await store.enqueue([{ ...full, title: 'عنوان آخر' }])).toEqual({ queued: 1, duplicates: 0 });
      const jobs = await store.claimJobs('w', 10, 60_000);
      expect(jobs.map((j) => j.doc.origin)).toEqual(['feed:1', 'q-0.txt', 'q-1.txt', 'q-2.txt', 'x-0.txt', 'feed:1']);
      expect(jobs[0]?.doc).toEqual(full);
      expect(jobs.every((j) => j.attempts === 1)).toBe(true);
      expect(new Set(jobs.map((j) => j.id)).size).toBe(6);
    });

    it('gives concurrent claimers disjoint jobs and no job twice', async () => {
      await store.enqueue(makeDocs(40));
      const claims = await Promise.all(Array.from({ length: 8 }, (_, i) => store.claimJobs(`w${i}`, 4, 60_000)));
      const ids = claims.flat().map((j) => j.id);
      expect(ids).toHaveLength(32);
      expect(new Set(ids).size).toBe(32);
      const rest = await store.claimJobs('late', 100, 60_000);
      expect(rest).toHaveLength(8);
      expect(rest.some((j) => ids.includes(j.id))).toBe(false);
      expect(await store.claimJobs('late', 100, 60_000)).toEqual([]);
    });

    it('re-claims a job whose lease expired, and ignores the old holder afterwards', async () => {
      await store.enqueue(makeDocs(2));
      const [first] = await store.claimJobs('a', 1, 40);
      await store.claimJobs('b', 1, 60_000);
      expect(await store.claimJobs('c', 5, 60_000)).toEqual([]);
      await sleep(120);
      expect(await store.queueStats()).toMatchObject({ running: 2, expired: 1 });
      const again = await store.claimJobs('c', 5, 60_000);
      expect(again.map((j) => [j.id, j.attempts])).toEqual([[first!.id, 2]]);
      expect(await store.renewLeases([first!.id], 'a', 60_000)).toEqual([]);
      expect(await store.failJob(first!.id, 'a', { code: 'E_X', message: 'late' }, true)).toBeNull();
      expect(await store.renewLeases([first!.id], 'c', 60_000)).toEqual([first!.id]);
    });

    it('keeps a renewed lease from being taken', async () => {
      await store.enqueue(makeDocs(1));
      const [job] = await store.claimJobs('a', 1, 150);
      await sleep(60);
      expect(await store.renewLeases([job!.id, '999999', 'nonsense'], 'a', 60_000)).toEqual([job!.id]);
      await sleep(150);
      expect(await store.claimJobs('b', 1, 60_000)).toEqual([]);
    });

    it('completes idempotently, from whichever worker finished', async () => {
      await store.enqueue(makeDocs(2));
      const [job] = await store.claimJobs('a', 1, 60_000);
      expect(await store.completeJob(job!.id, 'a')).toBe(true);
      expect(await store.completeJob(job!.id, 'a')).toBe(false);
      expect(await store.completeJob(job!.id, 'b')).toBe(false);
      expect(await store.completeJob('424242', 'a')).toBe(false);
      expect(await store.completeJob('not-an-id', 'a')).toBe(false);
      expect(await store.failJob(job!.id, 'a', { code: 'E_X', message: 'after done' }, false)).toBeNull();
      expect(await store.queueStats()).toEqual({ pending: 1, running: 0, done: 1, failed: 0, total: 2, expired: 0 });
    });

    it('retries a failing job until it has been tried maxAttempts times, then fails it with its error', async () => {
      await store.enqueue(makeDocs(1), { maxAttempts: 3 });
      const states: Array<string | null> = [];
      for (let attempt = 1; attempt <= 3; attempt++) {
        const [job] = await store.claimJobs('w', 1, 60_000);
        expect(job?.attempts).toBe(attempt);
        states.push(await store.failJob(job!.id, 'w', { code: 'E_STORE', message: `boom ${attempt}` }, true));
      }
      expect(states).toEqual(['pending', 'pending', 'failed']);
      expect(await store.claimJobs('w', 1, 60_000)).toEqual([]);
      const failed = await store.listFailedJobs();
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({ origin: 'q-0.txt', attempts: 3, error: { code: 'E_STORE', message: 'boom 3' } });
      expect(Number.isNaN(Date.parse(failed[0]!.at))).toBe(false);
      expect(await store.queueStats()).toMatchObject({ failed: 1, pending: 0, total: 1 });
    });

    it('fails at once without retry, and delays a retry when asked', async () => {
      await store.enqueue(makeDocs(2));
      const [a, b] = await store.claimJobs('w', 2, 60_000);
      expect(await store.failJob(a!.id, 'w', { code: 'E_INPUT_JSON', message: 'bad' }, false)).toBe('failed');
      expect(await store.failJob(b!.id, 'w', { code: 'E_STORE', message: 'busy' }, true, 60_000)).toBe('pending');
      expect(await store.claimJobs('w', 5, 60_000)).toEqual([]);
      expect(await store.queueStats()).toMatchObject({ pending: 1, failed: 1, running: 0 });
    });

    it('fails a job whose lease ran out on its last attempt (a worker that dies on it every time)', async () => {
      await store.enqueue(makeDocs(1), { maxAttempts: 2 });
      await store.claimJobs('a', 1, 30);
      await sleep(80);
      expect(await store.claimJobs('b', 1, 30)).toHaveLength(1);
      await sleep(80);
      expect(await store.claimJobs('c', 1, 30)).toEqual([]);
      const [failed] = await store.listFailedJobs();
      expect(failed).toMatchObject({ attempts: 2, error: { code: 'E_TIMEOUT' } });
    });

    it('releases unstarted jobs without counting the attempt', async () => {
      await store.enqueue(makeDocs(3));
      const jobs = await store.claimJobs('a', 3, 60_000);
      expect(await store.releaseJobs(jobs.slice(1).map((j) => j.id), 'b')).toBe(0);
      expect(await store.releaseJobs(jobs.slice(1).map((j) => j.id), 'a')).toBe(2);
      const again = await store.claimJobs('b', 5, 60_000);
      expect(again.map((j) => [j.id, j.attempts])).toEqual(jobs.slice(1).map((j) => [j.id, 1]));
    });

    it('counts jobs by state', async () => {
      expect(await store.queueStats()).toEqual({ pending: 0, running: 0, done: 0, failed: 0, total: 0, expired: 0 });
      await store.enqueue(makeDocs(5));
      const [a, b, c] = await store.claimJobs('w', 3, 60_000);
      await store.completeJob(a!.id, 'w');
      await store.failJob(b!.id, 'w', { code: 'E_X', message: 'x' }, false);
      expect(c).toBeDefined();
      expect(await store.queueStats()).toEqual({ pending: 2, running: 1, done: 1, failed: 1, total: 5, expired: 0 });
    });
  });
}
