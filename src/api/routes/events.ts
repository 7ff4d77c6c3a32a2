import { Hono } from 'hono';
import { requireToken } from '../auth.js';
import type { AppEnv, RouteDeps } from '../env.js';
import { toAcledCsv } from '../../export/acled-csv.js';
import { toGeoJson } from '../../export/geojson.js';
import { toPloverJsonl } from '../../export/plover.js';
import { notFound } from '../http-error.js';
import { eventsQuery, idParam, reviewBody } from '../schemas.js';
import { parseJsonBody, parseParam, parseQuery, toEventQuery } from '../validate.js';
import { withField } from './usage.js';
import type { ReviewAction } from '../../store/port.js';

/** GET /events (json, geojson, csv, plover), GET /events/:id, POST /events/:id/review. */
export function createEventRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/events', async (c) => {
    const { format, ...filters } = parseQuery(c, eventsQuery);
    const page = await withField('cursor', () => deps.store.queryEvents(toEventQuery(filters)));
    if (page.next) c.header('X-Next-Cursor', page.next);
    switch (format) {
      case 'json':
        return c.json({ events: page.items, next: page.next });
      case 'geojson': {
        const collection = toGeoJson(page.items, page.next);
        c.header('X-Omitted-Without-Coordinates', String(collection.omitted));
        return c.body(JSON.stringify(collection), 200, { 'Content-Type': 'application/geo+json; charset=utf-8' });
      }
      case 'csv':
        return c.body(toAcledCsv(page.items), 200, {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': 'attachment; filename="marsad-events.csv"',
        });
      case 'plover':
        return c.body(toPloverJsonl(page.items), 200, { 'Content-Type': 'application/x-ndjson; charset=utf-8' });
    }
  });

  app.get('/events/:id', async (c) => {
    const id = parseParam(c, 'id', idParam);
    const event = await deps.store.getEvent(id);
    if (!event) throw notFound('event');
    const status = await deps.store.getReviewStatus(id);
    return c.json({ event, status });
  });

  app.post('/events/:id/review', requireToken(deps.tokens), async (c) => {
    const id = parseParam(c, 'id', idParam);
    const body = await parseJsonBody(c, reviewBody);
    if (!(await deps.store.getEvent(id))) throw notFound('event');
    const review = await withField('changes', () => deps.store.review(toReviewAction('event', id, c.get('reviewer'), body)));
    return c.json({ review }, 201);
  });

  return app;
}

/** The store's review action from a validated body. */
export function toReviewAction(
  targetKind: ReviewAction['targetKind'], targetId: string, reviewer: string,
  body: { action: ReviewAction['action']; changes?: Record<string, unknown> | undefined; comment?: string | null | undefined },
): ReviewAction {
  const action: ReviewAction = { targetKind, targetId, action: body.action, reviewer };
  if (body.changes !== undefined) action.changes = body.changes;
  if (body.comment !== undefined) action.comment = body.comment;
  return action;
}
