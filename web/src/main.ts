import './style.css';
import { ApiFailure, loadDocument, loadEvent, loadEvents, loadIncident, loadStats, type MarsadEvent, type Stats } from './api.js';
import { renderEventDetail, renderIncidentDetail } from './detail.js';
import { h, replaceChildren } from './dom.js';
import { createFilterForm, type FilterPatch } from './filters.js';
import { formatNumber, setLang, t } from './i18n.js';
import { renderEventList } from './list.js';
import { createEventMap } from './map.js';
import { parseState, toFilterParams, toSearch, type ViewState } from './state.js';
import { createTimeline } from './timeline.js';

const EVENT_CAP = 10_000;

let state: ViewState = parseState(location.search, 'ar');
let events: MarsadEvent[] = [];
let stats: Stats | null = null;
let truncated = false;
let loadSeq = 0;
let detailSeq = 0;

setLang(state.lang);
const app = document.getElementById('app') ?? document.body;
const mapEl = h('div', { id: 'map', role: 'region' });
const timelineEl = h('div', { class: 'timeline' });
const panel = h('section', { class: 'panel', 'aria-live': 'polite' });
const statusEl = h('p', { class: 'status', role: 'status' });
const errorEl = h('div', { class: 'error', role: 'alert' });
errorEl.hidden = true;
const sidebarTop = h('div', { class: 'sidebar-top' });
const header = h('header', { class: 'topbar' });
const timelineHead = h('div', { class: 'timeline-head' });

app.append(header, h('div', { class: 'layout' },
  h('aside', { class: 'sidebar' }, sidebarTop, statusEl, errorEl, panel),
  h('main', { class: 'main' }, mapEl, h('section', { class: 'timeline-wrap' }, timelineHead, timelineEl))));

const map = createEventMap(mapEl, (id) => update({ event: id, incident: '' }));
const timeline = createTimeline(timelineEl, (from, to) => update({ from, to }));

function showError(error: unknown): void {
  if (error instanceof DOMException && error.name === 'AbortError') return;
  const message = error instanceof ApiFailure
    ? `${t('error')} ${error.status}${error.field ? ` (${error.field})` : ''}: ${error.message}`
    : `${t('error')}: ${error instanceof Error ? error.message : String(error)}`;
  errorEl.textContent = message;
  errorEl.hidden = false;
}

function renderChrome(): void {
  const langButton = h('button', { type: 'button', class: 'lang', lang: state.lang === 'ar' ? 'en' : 'ar', 'aria-label': t('languageLabel') }, t('language'));
  langButton.addEventListener('click', () => update({ lang: state.lang === 'ar' ? 'en' : 'ar' }));
  replaceChildren(header, h('div', { class: 'brand' }, h('h1', {}, t('appName')), h('span', { class: 'tagline' }, t('tagline'))), langButton);
  replaceChildren(sidebarTop, createFilterForm(state, (patch: FilterPatch) => update(patch)));
  const clearRange = h('button', { type: 'button', class: 'link clear-range' }, t('clearRange'));
  clearRange.hidden = !state.from && !state.to;
  clearRange.addEventListener('click', () => update({ from: '', to: '' }));
  replaceChildren(timelineHead, h('h2', {}, t('timeline')), h('span', { class: 'muted hint' }, t('brushHint')), clearRange);
  mapEl.setAttribute('aria-label', t('mapLabel'));
  document.title = `${t('appName')} · ${t('tagline')}`;
}

function renderStatus(): void {
  const parts = [t('shown', { n: formatNumber(events.length) })];
  const noCoords = events.filter((e) => typeof e.location?.lat !== 'number' || typeof e.location?.lon !== 'number').length;
  if (noCoords > 0) parts.push(t('noCoords', { n: formatNumber(noCoords) }));
  if (truncated) parts.push(t('truncated', { n: formatNumber(EVENT_CAP) }));
  statusEl.textContent = parts.join(' · ');
}

function renderTimeline(): void {
  timeline.render(stats?.byDay ?? [], { from: state.from, to: state.to });
}

async function renderPanel(): Promise<void> {
  const seq = ++detailSeq;
  const actions = {
    close: () => update({ event: '', incident: '' }),
    openIncident: (id: string) => update({ incident: id, event: '' }),
    openEvent: (id: string) => update({ event: id, incident: '' }),
  };
  try {
    if (state.event) {
      const { event, status } = await loadEvent(state.event);
      const doc = await loadDocument(event.document_id).then((d) => d.document, () => null);
      if (seq !== detailSeq) return;
      replaceChildren(panel, renderEventDetail(event, status, doc, actions));
      map.select(event.id);
      return;
    }
    if (state.incident) {
      const { incident, events: members } = await loadIncident(state.incident);
      if (seq !== detailSeq) return;
      replaceChildren(panel, renderIncidentDetail(incident, members, actions));
      return;
    }
    map.select(null);
    replaceChildren(panel, h('h2', {}, t('events')), renderEventList(events, (id) => update({ event: id, incident: '' })));
  } catch (error) {
    if (seq === detailSeq) showError(error);
  }
}

async function reload(): Promise<void> {
  const seq = ++loadSeq;
  errorEl.hidden = true;
  statusEl.textContent = t('loading');
  document.body.dataset.ready = 'false';
  try {
    const [page, s] = await Promise.all([
      loadEvents(toFilterParams(state), EVENT_CAP),
      loadStats(toFilterParams(state, false)),
    ]);
    if (seq !== loadSeq) return;
    events = page.events;
    truncated = page.truncated;
    stats = s;
    map.setEvents(events);
    renderStatus();
    renderTimeline();
    await renderPanel();
  } catch (error) {
    if (seq === loadSeq) {
      statusEl.textContent = '';
      showError(error);
    }
  } finally {
    if (seq === loadSeq) document.body.dataset.ready = 'true';
  }
}

const FILTER_KEYS = ['from', 'to', 'types', 'country', 'actor', 'q'] as const;

/** Applies a state change: URL first (so the view can be shared), then only what changed is redrawn. */
function update(patch: Partial<ViewState>, push = true): void {
  const before = state;
  state = { ...state, ...patch };
  if (push) history.pushState(null, '', toSearch(state));
  apply(before);
}

function apply(before: ViewState): void {
  const filtersChanged = FILTER_KEYS.some((k) => JSON.stringify(before[k]) !== JSON.stringify(state[k]));
  if (before.lang !== state.lang) {
    setLang(state.lang);
    renderChrome();
    renderStatus();
    renderTimeline();
    if (!filtersChanged) void renderPanel();
  } else if (filtersChanged) {
    renderChrome();
  }
  if (filtersChanged) void reload();
  else if (before.event !== state.event || before.incident !== state.incident) void renderPanel();
}

window.addEventListener('popstate', () => {
  const before = state;
  state = parseState(location.search, state.lang);
  apply(before);
});

history.replaceState(null, '', toSearch(state));
renderChrome();
void reload();
