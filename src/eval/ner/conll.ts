/** CoNLL-style NER files: one `token … TAG` per line, blank line between sentences. */

export interface ConllSentence {
  tokens: string[];
  /** BIO/IOB1 tags with types normalised (PER, LOC, ORG, MISC or a mapped type); unknown types become O. */
  tags: string[];
}

const ALIASES = new Map([
  ['PER', 'PER'], ['PERS', 'PER'], ['PERSON', 'PER'],
  ['LOC', 'LOC'], ['LOCATION', 'LOC'],
  ['ORG', 'ORG'], ['ORGANIZATION', 'ORG'],
  ['MISC', 'MISC'], ['MIS', 'MISC'],
]);

// BOM, LRM/RLM, ALM and the bidi embedding/isolate controls some exports leave around tokens.
const MARKS = /[\uFEFF\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

/** Parses a tag-map file: `FROM<TAB>TO` lines, `#` comments; TO `O` (or empty) drops the type. */
export function parseTagMap(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.replace(MARKS, '').split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const [from, to] = trimmed.split(/\t|\s+/);
    if (from) map.set(from, to ?? 'O');
  }
  return map;
}

function normaliseType(type: string, map: ReadonlyMap<string, string> | undefined): string | null {
  const mapped = map?.get(type) ?? map?.get(type.toUpperCase());
  const target = mapped ?? type;
  if (target === '' || target === 'O') return null;
  if (mapped !== undefined) return ALIASES.get(target.toUpperCase()) ?? target;
  return ALIASES.get(type.toUpperCase()) ?? null;
}

function normaliseTag(tag: string, map: ReadonlyMap<string, string> | undefined): string {
  const m = /^([BI])[-_](.+)$/.exec(tag);
  if (!m) return 'O';
  const type = normaliseType(m[2] as string, map);
  return type ? `${m[1]}-${type}` : 'O';
}

/** Parses CoNLL text (token first, tag last; spaces or tabs), tolerating BOMs, LRM/RLM marks and CRLF. */
export function parseConll(text: string, map?: ReadonlyMap<string, string>): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let cur: ConllSentence = { tokens: [], tags: [] };
  const flush = (): void => {
    if (cur.tokens.length > 0) sentences.push(cur);
    cur = { tokens: [], tags: [] };
  };
  for (const line of text.split(/\r?\n/)) {
    const fields = line.replace(MARKS, '').trim().split(/[ \t]+/);
    if (fields.length === 1 && fields[0] === '') {
      flush();
      continue;
    }
    if (fields.length < 2) continue;
    cur.tokens.push(fields[0] as string);
    cur.tags.push(normaliseTag(fields[fields.length - 1] as string, map));
  }
  flush();
  return sentences;
}
