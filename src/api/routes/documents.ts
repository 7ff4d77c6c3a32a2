import { Hono } from 'hono';
import { z } from 'zod';
import { requireToken } from '../auth.js';
import type { AppEnv, RouteDeps } from '../env.js';
import { ApiError, badRequest, notFound } from '../http-error.js';
import { idParam } from '../schemas.js';
import { parseParam, parseQuery } from '../validate.js';

/** Media types `POST /documents` accepts. */
export const INGEST_TYPES = ['text/plain', 'text/html', 'application/json', 'application/x-ndjson'] as const;

export const ingestQuery = z.strictObject({
  name: z.string().regex(/^[\w.\- ]{1,200}$/, 'expected a plain file name').optional()
    .meta({ description: 'file name of the upload (its extension helps format detection)' }),
});

/** GET /documents/:id (text + events), POST /documents (ingest, token). */
export function createDocumentRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/documents/:id', async (c) => {
    const id = parseParam(c, 'id', idParam);
    const document = await deps.store.getDocument(id);
    if (!document) throw notFound('document');
    const events = await deps.store.queryEvents({ documentId: id, limit: 1000, includeRejected: true });
    return c.json({ document, events: events.items });
  });

  app.post('/documents', requireToken(deps.tokens), async (c) => {
    const { name } = parseQuery(c, ingestQuery);
    const ingest = deps.ingest;
    if (!ingest) throw new ApiError(501, 'E_NOT_CONFIGURED', 'this server has no ingest pipeline');
    const contentType = c.req.header('content-type') ?? null;
    const media = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (!(INGEST_TYPES as readonly string[]).includes(media)) {
      throw new ApiError(415, 'E_UNSUPPORTED_MEDIA', `content-type must be one of ${INGEST_TYPES.join(', ')}`, { field: 'content-type' });
    }
    const body = new Uint8Array(await c.req.arrayBuffer());
    if (body.byteLength === 0) throw badRequest('body', 'empty body');
    const result = await ingest(body, name === undefined ? { contentType } : { contentType, fileName: name });
    const inserted = result.documents.some((d) => d.status === 'inserted');
    const status = result.documents.length === 0 && result.errors.length > 0 ? 422 : inserted ? 201 : 200;
    return c.json(result, status);
  });

  return app;
}
