import type { ApiDocument, Incident, MarsadEvent } from './api.js';
import { typeColor } from './colors.js';
import { h } from './dom.js';
import { formatNumber, getLang, t, typeName, type MessageKey } from './i18n.js';
import { renderLegend, renderReportText } from './report-text.js';

type Row = [MessageKey, Node | string | null | undefined];

function dl(rows: Row[]): HTMLElement {
  const items = rows.filter(([, v]) => v !== null && v !== undefined && v !== '');
  return h('dl', { class: 'fields' }, ...items.flatMap(([k, v]) => [h('dt', {}, t(k)), h('dd', { dir: 'auto' }, v as Node | string)]));
}

const range = (min: number | null, max: number | null) =>
  min === null && max === null ? t('unknown') : min === max || max === null ? formatNumber(min ?? 0) + (max === null ? '+' : '') : `${formatNumber(min ?? 0)}–${formatNumber(max)}`;

function actorList(actors: MarsadEvent['actors']): Node | null {
  if (actors.length === 0) return null;
  return h('ul', { class: 'actors' }, ...actors.map((a) => h('li', {},
    h('bdi', { class: 'name' }, a.name), a.text && a.text !== a.name ? h('bdi', { class: 'surface', lang: 'ar' }, ` «${a.text}»`) : null,
    h('span', { class: 'codes' }, [a.country, a.sector, a.acled_inter != null ? `inter ${a.acled_inter}` : null].filter(Boolean).join(' · ')))));
}

/** Every field of an event, its sources, and the report text with the evidence highlighted. */
export function renderEventDetail(
  event: MarsadEvent, status: string | null, doc: ApiDocument | null, actions: { close(): void; openIncident(id: string): void },
): HTMLElement {
  const badge = h('span', { class: 'badge' }, typeName(event.type), ' ', h('code', {}, event.type));
  badge.style.background = typeColor(event.type);
  const loc = event.location;
  const notes = event.notes ? (getLang() === 'ar' ? event.notes.ar || event.notes.en : event.notes.en || event.notes.ar) : null;
  const fields = dl([
    ['type', `${typeName(event.type)} (${event.type})`],
    ['mode', event.mode],
    ['context', event.context?.join(', ')],
    ['acled', event.acled ? [event.acled.event_type, event.acled.sub_event_type, event.acled.disorder_type].filter(Boolean).join(' › ') : null],
    ['cameo', event.cameo],
    ['quad', event.quad_class != null ? String(event.quad_class) : null],
    ['actors', actorList(event.actors)],
    ['recipients', actorList(event.recipients)],
    ['location', loc ? h('span', {}, h('bdi', {}, loc.name), loc.name_ar ? h('bdi', { lang: 'ar' }, ` (${loc.name_ar})`) : null,
      ` · ${[loc.admin1, loc.country].filter(Boolean).join(', ')} · ${t('precision')}: ${loc.precision}`,
      loc.lat !== null && loc.lon !== null ? ` · ${loc.lat.toFixed(4)}, ${loc.lon.toFixed(4)}` : '',
      loc.reason ? h('span', { class: 'reason' }, ` · ${t('reason')}: ${loc.reason}`) : null) : null],
    ['date', h('span', {}, event.date.value ?? t('unknown'), event.date.end ? ` – ${event.date.end}` : '', ` · ${t('precision')}: ${event.date.precision}`,
      event.date.basis ? ` · ${t('basis')}: ${event.date.basis}` : '', event.date.text ? h('bdi', { class: 'surface' }, ` «${event.date.text}»`) : null)],
    ['quantities', event.quantities.length > 0 ? h('ul', {}, ...event.quantities.map((q) =>
      h('li', {}, `${q.kind}: ${range(q.min, q.max)}${q.approximate ? ' ~' : ''} `, h('bdi', { class: 'surface' }, `«${q.text}»`)))) : null],
    ['fatalities', event.fatalities ? range(event.fatalities.min, event.fatalities.max) : null],
    ['attribution', event.attribution.length > 0 ? h('ol', { class: 'chain' }, ...event.attribution.map((a) =>
      h('li', {}, h('bdi', {}, a.name ?? a.text), a.role ? ` (${a.role})` : ''))) : null],
    ['modality', event.modality ?? 'asserted'],
    ['confidence', event.confidence.toFixed(2)],
    ['status', status],
    ['notes', notes],
  ]);
  const sources = doc ? dl([
    ['title', h('bdi', { dir: 'auto' }, doc.title ?? '')],
    ['outlet', doc.source],
    ['published', doc.published],
    ['sources', doc.url ? h('a', { href: doc.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, doc.url) : null],
  ]) : null;
  const closeButton = h('button', { type: 'button', class: 'close', 'aria-label': t('close') }, '×');
  closeButton.addEventListener('click', actions.close);
  const incidentButton = event.incident_id ? h('button', { type: 'button', class: 'link incident-link' }, `${t('openIncident')} ${event.incident_id}`) : null;
  const incidentId = event.incident_id;
  if (incidentButton && incidentId) incidentButton.addEventListener('click', () => actions.openIncident(incidentId));
  return h('article', { class: 'event-detail', 'data-id': event.id },
    h('header', {}, badge, h('span', { class: 'when' }, event.date.value ?? ''), closeButton),
    fields,
    incidentButton,
    h('h3', {}, t('sources')), sources,
    h('h3', {}, t('report')), renderLegend(),
    doc ? renderReportText(doc.text, doc.language, event) : h('p', { class: 'muted' }, t('noText')),
  );
}

/** An incident: grade, dates, place, sources, count ranges and its events. */
export function renderIncidentDetail(incident: Incident, events: MarsadEvent[], actions: { close(): void; openEvent(id: string): void }): HTMLElement {
  const closeButton = h('button', { type: 'button', class: 'close', 'aria-label': t('close') }, '×');
  closeButton.addEventListener('click', actions.close);
  const counts = Object.entries(incident.counts).map(([k, v]) => h('li', {}, `${k}: ${range(v.min, v.max)}`));
  const items = events.map((e) => {
    const b = h('button', { type: 'button', class: 'link', 'data-id': e.id }, `${typeName(e.type)} · ${e.date.value ?? ''} · `, h('bdi', {}, e.evidence.text.slice(0, 100)));
    b.addEventListener('click', () => actions.openEvent(e.id));
    return h('li', {}, b);
  });
  return h('article', { class: 'incident-detail', 'data-id': incident.id },
    h('header', {}, h('span', { class: 'badge' }, `${t('incident')} · ${typeName(incident.type)}`), closeButton),
    dl([
      ['grade', incident.grade],
      ['date', [incident.date, incident.date_end].filter(Boolean).join(' – ')],
      ['location', incident.location ? `${incident.location.name} (${incident.location.country ?? ''})` : null],
      ['acled', incident.acled_event_type],
      ['sources', incident.sources.join(' · ')],
      ['counts', counts.length > 0 ? h('ul', {}, ...counts) : null],
    ]),
    h('h3', {}, t('reports')), h('ul', { class: 'incident-events' }, ...items));
}
