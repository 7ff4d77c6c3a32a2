import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFeedState } from './feed-state.js';

const dir = mkdtempSync(join(tmpdir(), 'marsad-feed-state-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('feed state file', () => {
  it('starts empty, survives a reload, and leaves no temporary file', async () => {
    const path = join(dir, 'nested', 'db.feeds.json');
    const state = loadFeedState(path);
    expect(state.validators('https://a.org/rss')).toEqual({ etag: null, lastModified: null });
    state.setValidators('https://a.org/rss', { etag: '"x"', lastModified: 'Tue, 16 Mar 2021 08:00:00 GMT' });
    state.markSeen('https://a.org/news/1');
    expect(state.recordFailure('https://a.org/news/2', 'HTTP 503')).toBe(1);
    await Promise.all([state.save(), state.save()]);
    const again = loadFeedState(path);
    expect(again.validators('https://a.org/rss')).toEqual({ etag: '"x"', lastModified: 'Tue, 16 Mar 2021 08:00:00 GMT' });
    expect(again.hasSeen('https://a.org/news/1')).toBe(true);
    expect(again.hasSeen('https://a.org/news/2')).toBe(false);
    expect(again.recordFailure('https://a.org/news/2', 'HTTP 503')).toBe(2);
    expect(readdirSync(join(dir, 'nested'))).toEqual(['db.feeds.json']);
  });

  it('refuses a corrupt file with E_CONFIG naming it', () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{"version": 1, "feeds": ');
    expect(() => loadFeedState(path)).toThrow(expect.objectContaining({ code: 'E_CONFIG', message: expect.stringContaining(path) }));
  });
});
