import { decodeEntities } from './entities.js';

const TERMINAL = /[.!?؟…:"”»)\]]$/u;
// C0 controls except tab and newline, DEL, C1 controls, and the BOM.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff]/g;

/** Normalises line breaks and control characters and decodes stray HTML entities. */
export function normalizeBody(body: string): string {
  return decodeEntities(body.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').replace(CONTROL, ''));
}

/** Tidies one line: spaces and tabs collapsed, ends trimmed. */
function tidyLine(line: string): string {
  return line.replace(/[ \t\u00a0\u2000-\u200a\u202f\u3000]+/g, ' ').trim();
}

/**
 * True when the text looks hard-wrapped (e-mail or wire style): most lines that continue inside a block are
 * of a similar medium length and do not end a sentence, so a line break there is not a paragraph break.
 */
function isHardWrapped(blocks: string[][]): boolean {
  let inner = 0;
  let wrapped = 0;
  for (const block of blocks) {
    for (let i = 0; i < block.length - 1; i++) {
      const line = block[i] ?? '';
      inner++;
      if (line.length >= 40 && line.length <= 100 && !TERMINAL.test(line)) wrapped++;
    }
  }
  return wrapped >= 3 && wrapped >= inner * 0.6;
}

/**
 * Splits a normalised body into paragraphs: each non-empty line is a paragraph, unless the text is
 * hard-wrapped, in which case the lines of a blank-line-separated block are joined.
 */
export function splitParagraphs(body: string): string[] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const raw of body.split('\n')) {
    const line = tidyLine(raw);
    if (line.length === 0) {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  if (isHardWrapped(blocks)) return blocks.map((block) => block.join(' '));
  return blocks.flat();
}
