import type { Span } from '../../types.js';

/** How line breaks delimit paragraphs: every line ('line'), or only blank lines ('blank-line'). */
export type ParagraphMode = 'line' | 'blank-line';

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0xa0 && !(c >= 0x200b && c <= 0x200f)) return false;
  }
  return true;
}

function trimmed(text: string, from: number, to: number): Span {
  while (from < to && /\s|[\u200b-\u200f\u2066-\u2069\u202a-\u202e\ufeff]/.test(text[from] ?? '')) from++;
  while (to > from && /\s|[\u200b-\u200f\u2066-\u2069\u202a-\u202e\ufeff]/.test(text[to - 1] ?? '')) to--;
  return [from, to];
}

/** Paragraph spans of the original text, trimmed of surrounding whitespace; blank paragraphs are skipped. */
export function findParagraphs(text: string, mode: ParagraphMode): Span[] {
  const out: Span[] = [];
  let start = 0;
  let lineStart = 0;
  const close = (end: number): void => {
    if (!isBlank(text, start, end)) out.push(trimmed(text, start, end));
  };
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (c !== 0x0a && c !== 0x2028 && c !== 0x2029 && !(c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) continue;
    if (mode === 'line' || i === text.length) {
      close(i);
      start = i + 1;
    } else if (isBlank(text, lineStart, i)) {
      close(lineStart);
      start = i + 1;
    }
    lineStart = i + 1;
  }
  return out;
}
