import type { SourceDoc } from '../types.js';
import type { ReadResult } from './failure.js';

/** A title longer than this is a paragraph of a report that has no title line. */
const MAX_TITLE = 250;

/** A plain-text report: the first non-empty line is the title, the rest the body. */
export function parseTextDoc(text: string, origin: string): ReadResult {
  const match = /^\s*([^\n]*)\n?/.exec(text);
  const first = match?.[1]?.trim() ?? '';
  const hasTitle = first.length > 0 && first.length <= MAX_TITLE && text.slice(match?.[0].length ?? 0).trim() !== '';
  const doc: SourceDoc = {
    origin,
    body: hasTitle ? text.slice(match?.[0].length ?? 0) : text,
    format: 'text',
    title: hasTitle ? first : null,
  };
  return { ok: true, doc };
}
