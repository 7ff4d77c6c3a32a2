import type { Incident, MarsadEvent } from '../../src/types.js';

/** The document shape `/documents/:id` answers with (the fields the app reads). */
export interface ApiDocument {
  id: string;
  title: string | null;
  language: 'ar' | 'en';
  published: string | null;
  source: string | null;
  url: string | null;
  text: string;
  metadata?: { outlets?: string[] };
}

export interface Stats {
  byDay: Array<{ day: string; count: number }>;
  byType: Array<{ type: string; count: number }>;
  byCountry: Array<{ country: string; count: number }>;
  total: number;
}

export type { Incident, MarsadEvent };

/** An API error with the field the server named. */
export class ApiFailure extends Error {
  constructor(readonly status: number, message: string, readonly field: string | null) {
    super(message);
  }
}

async function getJson<T>(path: string, params?: URLSearchParams, signal?: AbortSignal): Promise<T> {
  const query = params && [...params.keys()].length > 0 ? `?${params.toString()}` : '';
  const res = await fetch(`${path}${query}`, { headers: { Accept: 'application/json' }, ...(signal ? { signal } : {}) });
  if (!res.ok) {
    let message = res.statusText;
    let field: string | null = null;
    try {
      const body = (await res.json()) as { error?: { message?: string; field?: string } };
      message = body.error?.message ?? message;
      field = body.error?.field ?? null;
    } catch {
      // not JSON: keep the status text
    }
    throw new ApiFailure(res.status, message, field);
  }
  return (await res.json()) as T;
}

/** Pages through `/events` until `cap` events are loaded. */
export async function loadEvents(params: URLSearchParams, cap: number, signal?: AbortSignal): Promise<{ events: MarsadEvent[]; truncated: boolean }> {
  const events: MarsadEvent[] = [];
  let cursor: string | null = null;
  do {
    const p = new URLSearchParams(params);
    p.set('limit', String(Math.min(1000, cap - events.length)));
    if (cursor) p.set('cursor', cursor);
    const page: { events: MarsadEvent[]; next: string | null } = await getJson('/events', p, signal);
    events.push(...page.events);
    cursor = page.next;
  } while (cursor && events.length < cap);
  return { events, truncated: cursor !== null };
}

export const loadStats = (params: URLSearchParams, signal?: AbortSignal) => getJson<Stats>('/stats', params, signal);
export const loadEvent = (id: string) => getJson<{ event: MarsadEvent; status: string | null }>(`/events/${encodeURIComponent(id)}`);
export const loadDocument = (id: string) => getJson<{ document: ApiDocument; events: MarsadEvent[] }>(`/documents/${encodeURIComponent(id)}`);
export const loadIncident = (id: string) =>
  getJson<{ incident: Incident; status: string | null; events: MarsadEvent[] }>(`/incidents/${encodeURIComponent(id)}`);

/** Admin-1 TopoJSON from the server, or null when the server has none. */
export async function loadAdmin1(): Promise<unknown> {
  const res = await fetch('/geo/admin1.json');
  return res.ok ? ((await res.json()) as unknown) : null;
}
