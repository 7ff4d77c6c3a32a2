import { describe, expect, it } from 'vitest';
import type { FeedConfig } from './config.js';
import { runFeedSchedule } from './schedule.js';

const feeds = (n: number, interval = 0.01): FeedConfig[] =>
  Array.from({ length: n }, (_, i) => ({ url: `https://f${i}.example/rss`, interval }));

describe('runFeedSchedule', () => {
  it('polls every feed once with `once`', async () => {
    const polled: string[] = [];
    await runFeedSchedule(feeds(3), async (feed) => { polled.push(feed.url); }, { once: true });
    expect(polled.sort()).toEqual(['https://f0.example/rss', 'https://f1.example/rss', 'https://f2.example/rss']);
  });

  it('polls again at the interval until the signal aborts, then returns', async () => {
    const stop = new AbortController();
    let count = 0;
    await runFeedSchedule(feeds(1), async () => {
      count += 1;
      if (count === 3) stop.abort();
    }, { signal: stop.signal });
    expect(count).toBe(3);
  });

  it('an abort during the wait ends a long interval at once', async () => {
    const stop = new AbortController();
    let count = 0;
    const run = runFeedSchedule(feeds(1, 3600), async () => { count += 1; }, { signal: stop.signal });
    setTimeout(() => stop.abort(), 20);
    await run;
    expect(count).toBe(1);
  });

  it('keeps at most `concurrency` polls running', async () => {
    let running = 0;
    let most = 0;
    await runFeedSchedule(feeds(6), async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
    }, { once: true, concurrency: 2 });
    expect(most).toBe(2);
  });

  it('a poll that throws (storage error) stops every loop and rejects', async () => {
    const polled: string[] = [];
    const run = runFeedSchedule(feeds(2), async (feed) => {
      polled.push(feed.url);
      if (feed.url.includes('f1')) throw new Error('disk full');
    });
    await expect(run).rejects.toThrow('disk full');
    const after = polled.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(polled.length).toBe(after);
  });
});
