import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { SourceDoc } from '../types.js';
import type { JobError } from './queue-types.js';

/** The dedupe key of a queued input: sha256 of the raw title and body (the same input queued twice is one job). */
export function toJobHash(doc: SourceDoc): string {
  // Untyped callers may queue a malformed document: it is hashed as-is and rejected, with its reason, when claimed.
  const text = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? '');
  return createHash('sha256').update(text(doc.title ?? '')).update('\u0000').update(text(doc.body)).digest('hex');
}

/**
 * The stored payload. JSON text escapes U+0000 as `\u0000`, so any body fits a PostgreSQL TEXT column
 * (which rejects NUL) unchanged.
 */
export function toJobPayload(doc: SourceDoc): string {
  return JSON.stringify(doc);
}

/** PostgreSQL TEXT cannot hold NUL; the origin column is for display only. */
export function toJobOrigin(doc: SourceDoc): string {
  return String(doc.origin).replaceAll('\u0000', '');
}

const nullableText = z.string().nullable().optional();
const schema = z.object({
  origin: z.string().min(1),
  body: z.string(),
  format: z.enum(['text', 'html']),
  title: nullableText,
  published: nullableText,
  url: nullableText,
  source: nullableText,
  language: z.enum(['ar', 'en']).nullable().optional(),
  captions: z.array(z.string()).optional(),
  diagnostics: z.array(z.object({
    code: z.string(),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string(),
    span: z.tuple([z.number().int(), z.number().int()]).optional(),
  })).optional(),
});

export type ParsedPayload = { ok: true; doc: SourceDoc } | { ok: false; error: JobError };

/** Validates a stored payload at the queue edge: malformed or empty inputs fail their job with a reason. */
export function parseJobPayload(text: string): ParsedPayload {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: { code: 'E_INPUT_JSON', message: `queued input is not valid JSON: ${(error as Error).message}` } };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { ok: false, error: { code: 'E_INPUT_JSON', message: `queued input is not a source document: ${where}${issue?.message ?? 'invalid'}` } };
  }
  const d = parsed.data;
  if (d.body.trim() === '') return { ok: false, error: { code: 'E_INPUT_EMPTY', message: 'queued input has an empty body' } };
  const doc: SourceDoc = { origin: d.origin, body: d.body, format: d.format };
  if (d.title !== undefined) doc.title = d.title;
  if (d.published !== undefined) doc.published = d.published;
  if (d.url !== undefined) doc.url = d.url;
  if (d.source !== undefined) doc.source = d.source;
  if (d.language !== undefined) doc.language = d.language;
  if (d.captions !== undefined) doc.captions = d.captions;
  if (d.diagnostics !== undefined) {
    doc.diagnostics = d.diagnostics.map(({ span, ...rest }) => (span ? { ...rest, span: [span[0], span[1]] } : rest));
  }
  return { ok: true, doc };
}

/** Clamps a claim size and lease to sane bounds (a zero lease would make every claim instantly stale). */
export function toClaimBounds(n: number, leaseMs: number): { n: number; leaseMs: number } {
  return { n: Math.max(0, Math.min(1000, Math.floor(n))), leaseMs: Math.max(1, Math.floor(leaseMs)) };
}
