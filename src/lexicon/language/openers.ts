/**
 * A prefilter set of the words that may open a phrase: each entry plus its form without ال, since
 * `Token.stem` drops the article (اليوم → يوم). Matchers still check the full phrase.
 */
export function toOpenerSet(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    if (w.length === 0) continue;
    out.add(w);
    if (w.startsWith('ال') && w.length > 3) out.add(w.slice(2));
  }
  return out;
}
