/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export interface HostGate {
  /** Runs `task` when the host is free and its minimum delay since the last request has passed. */
  run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Raises one host's delay above the common minimum (a robots.txt Crawl-delay). */
  setDelay(host: string, ms: number): void;
}

/**
 * Per-host politeness: at most one request in flight per host, and at least `minDelayMs` between the end of
 * one request and the start of the next to the same host. Different hosts never wait for each other.
 */
export function createHostGate(minDelayMs: number, now: () => number = Date.now): HostGate {
  const tails = new Map<string, Promise<void>>();
  const lastEnd = new Map<string, number>();
  const delays = new Map<string, number>();
  return {
    setDelay(host, ms) {
      delays.set(host, ms);
    },
    async run(host, task, signal) {
      const previous = tails.get(host) ?? Promise.resolve();
      let release!: () => void;
      const mine = new Promise<void>((resolve) => { release = resolve; });
      const tail = previous.then(() => mine);
      tails.set(host, tail);
      try {
        await previous;
        const wait = (lastEnd.get(host) ?? -Infinity) + Math.max(minDelayMs, delays.get(host) ?? 0) - now();
        await sleep(wait, signal);
        return await task();
      } finally {
        lastEnd.set(host, now());
        release();
        if (tails.get(host) === tail) tails.delete(host);
      }
    },
  };
}
