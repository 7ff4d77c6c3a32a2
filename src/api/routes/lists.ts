import { Hono } from 'hono';
import type { AppEnv, RouteDeps } from '../env.js';
import { listQuery, statsQuery } from '../schemas.js';
import { parseQuery, toEventQuery } from '../validate.js';

function toListArgs(q: { q?: string | undefined; limit: number }): { q?: string; limit: number } {
  return q.q === undefined ? { limit: q.limit } : { q: q.q, limit: q.limit };
}

/** GET /actors, GET /places, GET /stats. */
export function createListRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/actors', async (c) => c.json({ actors: await deps.store.listActors(toListArgs(parseQuery(c, listQuery))) }));
  app.get('/places', async (c) => c.json({ places: await deps.store.listPlaces(toListArgs(parseQuery(c, listQuery))) }));
  app.get('/stats', async (c) => c.json(await deps.store.stats(toEventQuery(parseQuery(c, statsQuery)))));
  return app;
}
