import type { MarsadEvent } from './api.js';
import { typeColor } from './colors.js';
import { h } from './dom.js';
import { formatNumber, t, typeName } from './i18n.js';

const LIST_MAX = 300;

/** The newest events as a list of buttons (keyboard and screen-reader path to every event). */
export function renderEventList(events: MarsadEvent[], onSelect: (id: string) => void): HTMLElement {
  if (events.length === 0) return h('p', { class: 'muted' }, t('none'));
  const items = events.slice(0, LIST_MAX).map((e) => {
    const dot = h('span', { class: 'dot' });
    dot.style.background = typeColor(e.type);
    const where = e.location?.name ?? '';
    const button = h('button', { type: 'button', class: 'event-item', 'data-id': e.id },
      dot,
      h('span', { class: 'what' }, typeName(e.type)),
      h('span', { class: 'when' }, e.date.value ?? t('unknown')),
      where ? h('span', { class: 'where' }, where) : null,
      e.fatalities?.min ? h('span', { class: 'fat' }, `✝ ${formatNumber(e.fatalities.min)}`) : null,
      h('span', { class: 'snippet', dir: 'auto' }, e.evidence.text.length > 140 ? `${e.evidence.text.slice(0, 140)}…` : e.evidence.text));
    button.addEventListener('click', () => onSelect(e.id));
    return h('li', {}, button);
  });
  return h('ul', { class: 'event-list', 'aria-label': t('listLabel') }, ...items);
}
