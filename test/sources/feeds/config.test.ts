import { describe, expect, it } from 'vitest';
import { MarsadError } from '../../../src/errors.js';
import { dataPath } from '../../../src/lexicon/paths.js';
import { loadFeedsFile, parseFeedsFile } from '../../../src/sources/feeds/index.js';

describe('feeds file', () => {
  it('the committed example parses', () => {
    const file = loadFeedsFile(dataPath('feeds.example.yaml'));
    expect(file.feeds).toHaveLength(2);
    expect(file.feeds[0]).toMatchObject({ language: 'ar', interval: 600 });
    expect(file.allow_hosts).toEqual([]);
  });

  it.each([
    ['feeds: []', /f\.yaml:1: feeds: list at least one feed/],
    ['feeds:\n  - url: ftp://x.org/rss', /f\.yaml:2: feeds\[0\]\.url: expected an http\(s\) URL/],
    ['feeds:\n  - url: https://x.org/rss\n  - url: https://y.org/rss\n    interval: 2', /f\.yaml:4: feeds\[1\]\.interval/],
    ['feeds:\n  - url: https://x.org/rss\n    langauge: ar', /f\.yaml:2: feeds\[0\]\.langauge/],
    ['feeds:\n  - url: https://x.org/rss\n    language: fr', /feeds\[0\]\.language/],
    ['feeds:\n  - url: https://x.org/rss\nmin_delay_ms: fast', /f\.yaml:3: min_delay_ms/],
    ['feeds:\n  - url: https://x.org/rss\nallow_hosts: localhost', /allow_hosts/],
    ['feeds:\n  - url: https://x.org/rss\nfeeds: []', /f\.yaml:3: invalid YAML/],
    ['feed:\n  - url: https://x.org/rss', /f\.yaml:1: .*feed/],
  ])('%j is refused with E_CONFIG naming the file and field', (source, message) => {
    let error: unknown;
    try {
      parseFeedsFile(source, 'f.yaml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MarsadError);
    expect((error as MarsadError).code).toBe('E_CONFIG');
    expect((error as MarsadError).message).toMatch(message);
  });

  it('a missing file is E_CONFIG naming it', () => {
    expect(() => loadFeedsFile('/nonexistent/feeds.yaml')).toThrow(/\/nonexistent\/feeds\.yaml: cannot read feeds file \(ENOENT\)/);
  });
});
