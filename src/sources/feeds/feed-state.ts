import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { MarsadError } from '../../errors.js';
import type { Validators } from '../fetch/fetcher.js';

const StateSchema = z.object({
  version: z.literal(1),
  feeds: z.record(z.string(), z.object({ etag: z.string().nullable(), lastModified: z.string().nullable(), checkedAt: z.string() })),
  seen: z.record(z.string(), z.string()),
  failures: z.record(z.string(), z.object({ count: z.number().int(), last: z.string(), reason: z.string() })),
});
type StateData = z.infer<typeof StateSchema>;

/** Items remembered, newest kept: an item forgotten and met again is fetched again and stored as `unchanged`. */
const MAX_SEEN = 50_000;

export interface FeedState {
  readonly path: string;
  validators(feedUrl: string): Validators;
  setValidators(feedUrl: string, validators: Validators): void;
  hasSeen(itemKey: string): boolean;
  markSeen(itemKey: string): void;
  /** Counts a failed attempt at an item and returns the count so far. */
  recordFailure(itemKey: string, reason: string): number;
  /** Writes the state atomically (temporary file, then rename); concurrent calls are serialised. */
  save(): Promise<void>;
}

function emptyState(): StateData {
  return { version: 1, feeds: {}, seen: {}, failures: {} };
}

function readState(path: string): StateData {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyState();
    throw new MarsadError('E_CONFIG', `${path}: cannot read feed state (${(error as Error).message})`, { origin: path, cause: error });
  }
  try {
    return StateSchema.parse(JSON.parse(text));
  } catch (error) {
    throw new MarsadError('E_CONFIG', `${path}: feed state file is not valid (delete it to start afresh; items are then re-read and stored as unchanged)`, { origin: path, cause: error });
  }
}

/**
 * Opens the JSON file that remembers, across runs, each feed's validators (ETag, Last-Modified) and the items
 * already ingested (by canonical URL or guid). A missing file is an empty state.
 */
export function loadFeedState(path: string, now: () => Date = () => new Date()): FeedState {
  const data = readState(path);
  let saving: Promise<void> = Promise.resolve();
  const write = async (): Promise<void> => {
    const keys = Object.keys(data.seen);
    if (keys.length > MAX_SEEN) {
      const oldest = keys.sort((a, b) => ((data.seen[a] ?? '') < (data.seen[b] ?? '') ? -1 : 1)).slice(0, keys.length - MAX_SEEN);
      for (const key of oldest) delete data.seen[key];
    }
    await mkdir(dirname(path), { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(data, null, 1));
    await rename(temp, path);
  };
  return {
    path,
    validators(feedUrl) {
      const entry = data.feeds[feedUrl];
      return { etag: entry?.etag ?? null, lastModified: entry?.lastModified ?? null };
    },
    setValidators(feedUrl, validators) {
      data.feeds[feedUrl] = { etag: validators.etag ?? null, lastModified: validators.lastModified ?? null, checkedAt: now().toISOString() };
    },
    hasSeen: (key) => key in data.seen,
    markSeen(key) {
      data.seen[key] = now().toISOString();
      delete data.failures[key];
    },
    recordFailure(key, reason) {
      const count = (data.failures[key]?.count ?? 0) + 1;
      data.failures[key] = { count, last: now().toISOString(), reason };
      return count;
    },
    save() {
      saving = saving.then(write, write);
      return saving;
    },
  };
}
