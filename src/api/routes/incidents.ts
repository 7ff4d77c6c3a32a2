import { Hono } from 'hono';
import { requireToken } from '../auth.js';
import type { AppEnv, RouteDeps } from '../env.js';
import { notFound } from '../http-error.js';
import { idParam, incidentsQuery, reviewBody } from '../schemas.js';
import { parseJsonBody, parseParam, parseQuery, toEventQuery } from '../validate.js';
import { toReviewAction } from './events.js';
import { withField } from './usage.js';

/** GET /incidents, GET /incidents/:id (with its events), POST /incidents/:id/review. */
export function createIncidentRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/incidents', async (c) => {
    const filters = parseQuery(c, incidentsQuery);
    const page = await withField('cursor', () => deps.store.queryIncidents(toEventQuery(filters)));
    return c.json({ incidents: page.items, next: page.next });
  });

  app.get('/incidents/:id', async (c) => {
    const id = parseParam(c, 'id', idParam);
    const incident = await deps.store.getIncident(id);
    if (!incident) throw notFound('incident');
    const events = await deps.store.queryEvents({ incidentId: id, limit: 1000, includeRejected: true });
    const status = await deps.store.getReviewStatus(id);
    return c.json({ incident, status, events: events.items });
  });

  app.post('/incidents/:id/review', requireToken(deps.tokens), async (c) => {
    const id = parseParam(c, 'id', idParam);
    const body = await parseJsonBody(c, reviewBody);
    if (!(await deps.store.getIncident(id))) throw notFound('incident');
    const review = await withField('changes', () => deps.store.review(toReviewAction('incident', id, c.get('reviewer'), body)));
    return c.json({ review }, 201);
  });

  return app;
}
