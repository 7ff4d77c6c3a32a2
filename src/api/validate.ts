import type { Context } from 'hono';
import type { z } from 'zod';
import type { EventQuery } from '../store/port.js';
import { badRequest } from './http-error.js';
import type { FilterQuery } from './schemas.js';

/** Names the field of the first issue: a query key, a body path (dotted), or the unknown key. */
function toIssueError(issues: z.core.$ZodIssue[], root: string, depth: number) {
  const issue = issues[0];
  if (!issue) return badRequest(root, 'invalid request');
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? root;
    return badRequest(key, 'unknown parameter');
  }
  const path = issue.path.slice(0, depth).map(String);
  const field = path.length > 0 ? path.join('.') : root;
  return badRequest(field, issue.message);
}

/** Validates the query string against a schema; repeated keys are joined with commas. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const raw: Record<string, string> = {};
  for (const [key, values] of Object.entries(c.req.queries())) raw[key] = values.join(',');
  const result = schema.safeParse(raw);
  if (!result.success) throw toIssueError(result.error.issues, 'query', 1);
  return result.data;
}

/** Validates a path parameter. */
export function parseParam<S extends z.ZodType>(c: Context, name: string, schema: S): z.output<S> {
  const result = schema.safeParse(c.req.param(name));
  if (!result.success) throw badRequest(name, result.error.issues[0]?.message ?? 'invalid');
  return result.data;
}

/** Parses and validates a JSON body. */
export async function parseJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw badRequest('content-type', 'expected application/json');
  let value: unknown;
  try {
    value = JSON.parse(await c.req.text());
  } catch {
    throw badRequest('body', 'malformed JSON');
  }
  const result = schema.safeParse(value);
  if (!result.success) throw toIssueError(result.error.issues, 'body', 8);
  return result.data;
}

/** The store's query from validated filters (only the keys that are set). */
export function toEventQuery(f: FilterQuery & { limit?: number; cursor?: string | undefined }): EventQuery {
  if (f.from !== undefined && f.to !== undefined && f.from > toUpperDate(f.to)) throw badRequest('to', 'to is before from');
  const q: EventQuery = {};
  if (f.from !== undefined) q.from = f.from;
  if (f.to !== undefined) q.to = f.to;
  if (f.type !== undefined) q.type = f.type;
  if (f.acled_type !== undefined) q.acledType = f.acled_type;
  if (f.country !== undefined) q.country = f.country;
  if (f.actor !== undefined) q.actor = f.actor;
  if (f.bbox !== undefined) q.bbox = f.bbox;
  if (f.q !== undefined) q.q = f.q;
  if (f.document_id !== undefined) q.documentId = f.document_id;
  if (f.incident_id !== undefined) q.incidentId = f.incident_id;
  if (f.limit !== undefined) q.limit = f.limit;
  if (f.cursor !== undefined) q.cursor = f.cursor;
  return q;
}

/** The last day a `to` bound covers (a year or month is widened). */
function toUpperDate(to: string): string {
  if (to.length === 4) return `${to}-12-31`;
  if (to.length === 7) return `${to}-31`;
  return to;
}
