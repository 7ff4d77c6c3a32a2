/** BIO tag helpers shared by the tagger, the trainer and the scorer. */

/** An entity chunk over token indexes [start, end). */
export interface Chunk {
  start: number;
  end: number;
  type: string;
}

/** Splits `B-PER` into prefix and type; `O` and anything unparsable give null. */
export function parseTag(tag: string): { prefix: 'B' | 'I'; type: string } | null {
  if (tag.length < 3 || tag[1] !== '-') return null;
  const p = tag[0];
  if (p !== 'B' && p !== 'I') return null;
  return { prefix: p, type: tag.slice(2) };
}

/**
 * Groups tags into chunks the way conlleval does: a chunk starts at B-X, or at I-X when the previous
 * token is not of type X. This reads BIO and IOB1 alike.
 */
export function toChunks(tags: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let open: Chunk | null = null;
  for (let i = 0; i < tags.length; i++) {
    const parsed = parseTag(tags[i] ?? 'O');
    if (!parsed) {
      if (open) chunks.push(open);
      open = null;
      continue;
    }
    if (parsed.prefix === 'I' && open && open.type === parsed.type) {
      open.end = i + 1;
      continue;
    }
    if (open) chunks.push(open);
    open = { start: i, end: i + 1, type: parsed.type };
  }
  if (open) chunks.push(open);
  return chunks;
}

/** Rewrites any BIO/IOB1 sequence as strict BIO (every chunk opens with B-). */
export function toStrictBio(tags: readonly string[]): string[] {
  const out: string[] = tags.map(() => 'O');
  for (const c of toChunks(tags)) {
    out[c.start] = `B-${c.type}`;
    for (let i = c.start + 1; i < c.end; i++) out[i] = `I-${c.type}`;
  }
  return out;
}

/** The BIO tag list for a type list: `O`, then B-/I- per type. */
export function toTagSet(types: readonly string[]): string[] {
  const tags = ['O'];
  for (const t of types) tags.push(`B-${t}`, `I-${t}`);
  return tags;
}

/** True when tag `to` may follow tag `from` in strict BIO (`from` null = sentence start). */
export function isAllowedTransition(from: string | null, to: string): boolean {
  const next = parseTag(to);
  if (!next || next.prefix === 'B') return true;
  if (from === null) return false;
  const prev = parseTag(from);
  return prev !== null && prev.type === next.type;
}
