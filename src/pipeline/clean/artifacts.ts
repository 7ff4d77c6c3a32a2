const ESCAPE = /[.*+?^${}()|[\]\\]/g;
const ARABIC_LETTER = /\p{Script=Arabic}/u;
const SENTENCE_END = /[.!?؟…:;،"”»)\]]$/u;

/** Builds a matcher for runs of artifact tokens standing as separate words. */
export function compileArtifacts(artifacts: Iterable<string>): RegExp | null {
  const alternatives = [...artifacts].sort((a, b) => b.length - a.length).map((a) => a.replace(ESCAPE, '\\$&'));
  if (alternatives.length === 0) return null;
  const one = `(?:${alternatives.join('|')})`;
  return new RegExp(`(?<=^|\\s)${one}(?:\\s+${one})*(?=\\s|$)`, 'gu');
}

/**
 * Removes scraping artifacts (`undefined`, `null`, `[object Object]`) that stand apart from the sentence:
 * alone, after sentence punctuation, at a paragraph edge next to an Arabic word or between Arabic words.
 * An artifact word inside an English clause ("remains undefined") is language, not debris, and stays.
 */
export function stripArtifacts(paragraph: string, pattern: RegExp | null): { text: string; removed: string[] } {
  if (pattern === null) return { text: paragraph, removed: [] };
  pattern.lastIndex = 0;
  if (!pattern.test(paragraph)) return { text: paragraph, removed: [] };
  pattern.lastIndex = 0;
  const removed: string[] = [];
  const text = paragraph.replace(pattern, (match: string, offset: number) => {
    const before = paragraph.slice(0, offset).trimEnd();
    const after = paragraph.slice(offset + match.length).trimStart();
    const last = before.slice(-1);
    const first = after.charAt(0);
    const edgeBefore = before.length === 0 || SENTENCE_END.test(before);
    const loose =
      (edgeBefore || ARABIC_LETTER.test(last)) &&
      (after.length === 0 || ARABIC_LETTER.test(first) || (edgeBefore && /[\p{Lu}\p{N}"«“(]/u.test(first)));
    if (!loose) return match;
    removed.push(match);
    return '';
  });
  if (removed.length === 0) return { text: paragraph, removed };
  return { text: text.replace(/\s{2,}/g, ' ').trim(), removed };
}
