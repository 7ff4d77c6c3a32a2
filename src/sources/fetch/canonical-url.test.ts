import { describe, expect, it } from 'vitest';
import { acceptCanonicalLink, canonicalizeUrl } from './canonical-url.js';

describe('canonicalizeUrl', () => {
  it.each([
    ['HTTPS://News.Example.ORG/a/b', 'https://news.example.org/a/b'],
    ['https://news.example.org./a', 'https://news.example.org/a'],
    ['http://news.example.org:80/a', 'http://news.example.org/a'],
    ['https://news.example.org:443/a', 'https://news.example.org/a'],
    ['https://news.example.org:8443/a', 'https://news.example.org:8443/a'],
    ['https://news.example.org/a#comments', 'https://news.example.org/a'],
    ['https://user:pw@news.example.org/a', 'https://news.example.org/a'],
    ['https://news.example.org/a/', 'https://news.example.org/a'],
    ['https://news.example.org/a//', 'https://news.example.org/a'],
    ['https://news.example.org/', 'https://news.example.org/'],
    ['https://news.example.org', 'https://news.example.org/'],
    ['https://news.example.org/a?utm_source=rss&utm_medium=feed&id=7', 'https://news.example.org/a?id=7'],
    ['https://news.example.org/a?fbclid=x&gclid=y&msclkid=z', 'https://news.example.org/a'],
    ['https://news.example.org/a?b=2&a=1&a=0', 'https://news.example.org/a?a=0&a=1&b=2'],
    ['https://news.example.org/a?', 'https://news.example.org/a'],
    ['https://news.example.org/%7euser/%d8%a7', 'https://news.example.org/~user/%D8%A7'],
    ['https://news.example.org/أخبار/سرت', 'https://news.example.org/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%B3%D8%B1%D8%AA'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it.each(['ftp://x.org/a', 'javascript:alert(1)', 'mailto:a@b.org', 'not a url'])('%s is not an article address', (input) => {
    expect(canonicalizeUrl(input)).toBeNull();
  });

  it('resolves relative links against a base and drops extra parameters on request', () => {
    expect(canonicalizeUrl('../b?ref=home&x=1', { base: 'https://n.org/a/c', stripParams: new Set(['ref']) })).toBe('https://n.org/b?x=1');
  });

  it('is idempotent', () => {
    const once = canonicalizeUrl('HTTP://N.org:80/x/?z=1&utm_term=q&a=%7e#f');
    expect(once && canonicalizeUrl(once)).toBe(once);
  });
});

describe('acceptCanonicalLink', () => {
  it.each([
    ['/news/1?utm_source=x', 'https://n.org/p?id=1', 'https://n.org/news/1'],
    ['https://other.org/story', 'https://n.org/story', 'https://other.org/story'],
    ['/', 'https://n.org/news/1', null],
    ['https://n.org/', 'https://n.org/?p=12', null],
    ['/', 'https://n.org/', 'https://n.org/'],
    ['javascript:void(0)', 'https://n.org/a', null],
    [null, 'https://n.org/a', null],
  ])('link %s on %s → %s', (link, page, expected) => {
    expect(acceptCanonicalLink(link, page)).toBe(expected);
  });
});
