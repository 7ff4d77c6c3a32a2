/** The rules of one robots.txt group that applies to us. */
export interface RobotsRules {
  isAllowed(pathAndQuery: string): boolean;
  /** `Crawl-delay` in ms, or null. */
  crawlDelayMs: number | null;
}

interface Rule {
  allow: boolean;
  pattern: string;
  regex: RegExp;
}

interface Group {
  agents: string[];
  rules: Rule[];
  crawlDelay: number | null;
}

function toRegex(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
}

/** `%7E` and `~` are the same path character: compare decoded unreserved characters, upper-case escapes. */
function normalizePath(path: string): string {
  return path.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}

function parseGroups(text: string): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [], crawlDelay: null };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if ((key === 'allow' || key === 'disallow') && value !== '') {
      const pattern = normalizePath(value);
      current.rules.push({ allow: key === 'allow', pattern, regex: toRegex(pattern) });
    } else if (key === 'crawl-delay') {
      const seconds = Number(value);
      if (Number.isFinite(seconds) && seconds >= 0) current.crawlDelay = seconds;
    }
  }
  return groups;
}

/**
 * Reads robots.txt (RFC 9309) for the crawler named `productToken` (e.g. `marsad`): the groups naming it, else
 * the `*` groups; the longest matching rule wins and Allow wins a tie; `*` and `$` wildcards; Crawl-delay kept.
 */
export function parseRobots(text: string, productToken: string): RobotsRules {
  const groups = parseGroups(text);
  const token = productToken.toLowerCase();
  const named = groups.filter((g) => g.agents.some((a) => a !== '*' && token.includes(a)));
  const chosen = named.length > 0 ? named : groups.filter((g) => g.agents.includes('*'));
  const rules = chosen.flatMap((g) => g.rules);
  const delays = chosen.map((g) => g.crawlDelay).filter((d): d is number => d !== null);
  return {
    crawlDelayMs: delays.length > 0 ? Math.max(...delays) * 1000 : null,
    isAllowed(pathAndQuery) {
      const path = normalizePath(pathAndQuery || '/');
      if (path === '/robots.txt') return true;
      let best: Rule | null = null;
      for (const rule of rules) {
        if (!rule.regex.test(path)) continue;
        if (!best || rule.pattern.length > best.pattern.length || (rule.pattern.length === best.pattern.length && rule.allow)) best = rule;
      }
      return best?.allow ?? true;
    },
  };
}

/** Everything allowed: no robots.txt (4xx), or unreadable for now (5xx, network), retried later. */
export const ALLOW_ALL: RobotsRules = { crawlDelayMs: null, isAllowed: () => true };

/** The product token of a User-Agent: `marsad/0.1 (…)` → `marsad`. */
export function toProductToken(userAgent: string): string {
  return (/^[A-Za-z0-9_-]+/.exec(userAgent.trim())?.[0] ?? userAgent).toLowerCase();
}
