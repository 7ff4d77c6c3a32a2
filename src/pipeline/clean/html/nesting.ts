const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;

/**
 * The deepest element nesting in an HTML string, by a linear scan of its tags (no DOM). DOM builders and
 * Readability recurse per level, so pathological nesting must be caught before they run.
 */
export function maxNestingDepth(html: string, stopAt = Infinity): number {
  let depth = 0;
  let max = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    const name = (m[2] ?? '').toLowerCase();
    if (VOID.has(name) || m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > max) {
      max = depth;
      if (max >= stopAt) return max;
    }
  }
  return max;
}

const BLOCK = /^<\/?(p|div|br|li|h[1-6]|section|article|blockquote|tr|table|ul|ol|figure|header|footer)\b/i;

/** Text of markup too deeply nested for a DOM: tags dropped, block tags as line breaks, entities left as written. */
export function flattenMarkup(html: string): string {
  return html
    .replace(/<(script|style|noscript)\b[^]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, (tag) => (BLOCK.test(tag) ? '\n' : ' '))
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n')
    .trim();
}
