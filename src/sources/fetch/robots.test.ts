import { describe, expect, it } from 'vitest';
import { parseRobots, toProductToken } from './robots.js';

const ROBOTS = `
# comments and blank lines are ignored
User-agent: *
Disallow: /private
Disallow: /*.pdf$
Allow: /private/open
Crawl-delay: 2

User-agent: badbot
User-agent: otherbot
Disallow: /

User-agent: Marsad
Disallow: /search
Allow: /search/about
`;

describe('parseRobots', () => {
  const star = parseRobots(ROBOTS, 'somebot');
  it.each([
    ['/', true], ['/news/1', true], ['/private', false], ['/private/x', false], ['/private/open/y', true],
    ['/files/a.pdf', false], ['/files/a.pdf?x=1', true], ['/robots.txt', true], ['/%7Eprivate', true],
  ])('* group: %s allowed %s', (path, allowed) => {
    expect(star.isAllowed(path)).toBe(allowed);
  });

  it('uses the group naming our product token instead of *', () => {
    const ours = parseRobots(ROBOTS, 'marsad');
    expect(ours.isAllowed('/private/x')).toBe(true);
    expect(ours.isAllowed('/search?q=x')).toBe(false);
    expect(ours.isAllowed('/search/about')).toBe(true);
    expect(ours.crawlDelayMs).toBeNull();
    expect(star.crawlDelayMs).toBe(2000);
  });

  it('groups consecutive user-agent lines', () => {
    expect(parseRobots(ROBOTS, 'otherbot').isAllowed('/news')).toBe(false);
  });

  it.each(['', 'garbage without colons', 'User-agent: *\nDisallow:'])('%j allows everything', (text) => {
    expect(parseRobots(text, 'marsad').isAllowed('/any/path')).toBe(true);
  });

  it.each([['marsad/0.1 (news event monitor)', 'marsad'], ['MyCrawler-2', 'mycrawler-2']])('product token of %s', (ua, token) => {
    expect(toProductToken(ua)).toBe(token);
  });
});
