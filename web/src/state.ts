import { isLang, type Lang } from './i18n.js';

/** Everything a shared link must restore: filters, the open event or incident, the language. */
export interface ViewState {
  from: string;
  to: string;
  types: string[];
  country: string;
  actor: string;
  q: string;
  event: string;
  incident: string;
  lang: Lang;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the view state from a query string; malformed values are dropped, not trusted. */
export function parseState(search: string, fallbackLang: Lang): ViewState {
  const p = new URLSearchParams(search);
  const get = (k: string, max = 200) => (p.get(k) ?? '').slice(0, max);
  const lang = p.get('lang');
  return {
    from: DAY.test(get('from')) ? get('from') : '',
    to: DAY.test(get('to')) ? get('to') : '',
    types: get('type', 400).split(',').map((s) => s.trim().toUpperCase()).filter((s) => /^[A-Z]+$/.test(s)),
    country: get('country'),
    actor: get('actor'),
    q: get('q', 500),
    event: get('event'),
    incident: get('incident'),
    lang: isLang(lang) ? lang : fallbackLang,
  };
}

/** The query string for a view state (empty values left out). */
export function toSearch(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.types.length > 0) p.set('type', s.types.join(','));
  if (s.country) p.set('country', s.country);
  if (s.actor) p.set('actor', s.actor);
  if (s.q) p.set('q', s.q);
  if (s.event) p.set('event', s.event);
  if (s.incident) p.set('incident', s.incident);
  p.set('lang', s.lang);
  return `?${p.toString()}`;
}

/** API filter parameters for a state; `withDates: false` leaves the date range out (for the timeline). */
export function toFilterParams(s: ViewState, withDates = true): URLSearchParams {
  const p = new URLSearchParams();
  if (withDates && s.from) p.set('from', s.from);
  if (withDates && s.to) p.set('to', s.to);
  if (s.types.length > 0) p.set('type', s.types.join(','));
  if (s.country.trim()) p.set('country', s.country.trim());
  if (s.actor.trim()) p.set('actor', s.actor.trim());
  if (s.q.trim()) p.set('q', s.q.trim());
  return p;
}
