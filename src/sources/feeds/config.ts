import { readFileSync } from 'node:fs';
import { LineCounter, isNode, parseDocument } from 'yaml';
import { z } from 'zod';
import { MarsadError } from '../../errors.js';

const httpUrl = z.string().trim().refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}, { message: 'expected an http(s) URL' });

const FeedSchema = z.strictObject({
  url: httpUrl,
  name: z.string().trim().min(1).optional(),
  language: z.enum(['ar', 'en']).optional(),
  /** Seconds between polls of this feed. */
  interval: z.number().int().min(10).max(7 * 86_400).optional(),
});

export const FeedsFileSchema = z.strictObject({
  feeds: z.array(FeedSchema).min(1, { message: 'list at least one feed' }),
  allow_hosts: z.array(z.string().trim().min(1)).default([]),
  user_agent: z.string().trim().min(1).optional(),
  min_delay_ms: z.number().int().min(0).max(600_000).optional(),
  timeout_ms: z.number().int().min(100).max(600_000).optional(),
  max_bytes: z.number().int().min(1024).max(1024 * 1024 * 1024).optional(),
  retries: z.number().int().min(0).max(10).optional(),
  /** Default seconds between polls for feeds without their own `interval`. */
  interval: z.number().int().min(10).max(7 * 86_400).optional(),
  /** Obey robots.txt (Disallow, Crawl-delay) for the user agent's product token. */
  robots: z.boolean().default(true),
  /** Query parameters dropped from article URLs besides the built-in tracking parameters. */
  strip_params: z.array(z.string().trim().min(1)).default([]),
});

export type FeedsFile = z.infer<typeof FeedsFileSchema>;
export type FeedConfig = z.infer<typeof FeedSchema>;

export const DEFAULT_INTERVAL_SECONDS = 900;

function configError(path: string, line: number, message: string): MarsadError {
  return new MarsadError('E_CONFIG', `${path}:${line}: ${message}`, { origin: path });
}

/** Parses and validates FEEDS.yaml text; a problem throws MarsadError('E_CONFIG') naming the file, line and field. */
export function parseFeedsFile(source: string, path: string): FeedsFile {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) throw configError(path, first.linePos?.[0]?.line ?? 1, `invalid YAML: ${first.message.split('\n')[0] ?? ''}`);
  const result = FeedsFileSchema.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const fieldPath = (issue?.path ?? []).map((p) => (typeof p === 'symbol' ? String(p) : p));
  const keys = issue?.code === 'unrecognized_keys' ? issue.keys : [];
  let line = 1;
  for (let depth = fieldPath.length; depth >= 0; depth--) {
    const node: unknown = doc.getIn(fieldPath.slice(0, depth), true);
    if (isNode(node) && node.range) {
      line = lines.linePos(node.range[0]).line;
      break;
    }
  }
  const field = fieldPath.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${p}` : String(p)), '');
  const named = keys.length > 0 ? [field, ...keys].filter(Boolean).join('.') : field;
  throw configError(path, line, `${named || 'file'}: ${issue?.message ?? 'invalid value'}`);
}

/** Reads and validates a feeds file (see `data/feeds.example.yaml`). */
export function loadFeedsFile(path: string): FeedsFile {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'read error';
    throw new MarsadError('E_CONFIG', `${path}: cannot read feeds file (${code})`, { origin: path, cause: error });
  }
  return parseFeedsFile(source, path);
}
