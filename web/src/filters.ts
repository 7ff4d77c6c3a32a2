import { PLOVER_ORDER, typeColor } from './colors.js';
import { h } from './dom.js';
import { t, typeName } from './i18n.js';
import type { ViewState } from './state.js';

export type FilterPatch = Pick<ViewState, 'from' | 'to' | 'types' | 'country' | 'actor' | 'q'>;

/** The filter form; it calls `onApply` with the new filter values (submit, type toggles, clear). */
export function createFilterForm(state: ViewState, onApply: (patch: FilterPatch) => void): HTMLFormElement {
  const field = (name: keyof FilterPatch, label: string, type: string, value: string, placeholder = '') =>
    h('label', { class: 'field' }, h('span', {}, label), h('input', { name, type, value, placeholder, autocomplete: 'off', dir: 'auto' }));
  const typeBoxes = PLOVER_ORDER.map((type) => {
    const box = h('input', { type: 'checkbox', name: 'type', value: type });
    box.checked = state.types.includes(type);
    const swatch = h('span', { class: `swatch t-${type.toLowerCase()}` });
    swatch.style.background = typeColor(type);
    return h('label', { class: 'type-chip', 'data-type': type }, box, swatch, typeName(type));
  });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': t('filters') },
    field('q', t('search'), 'search', state.q, t('searchPlaceholder')),
    field('actor', t('actor'), 'text', state.actor, t('actorPlaceholder')),
    field('country', t('country'), 'text', state.country, t('countryPlaceholder')),
    h('div', { class: 'dates' }, field('from', t('from'), 'date', state.from), field('to', t('to'), 'date', state.to)),
    h('fieldset', { class: 'types' }, h('legend', {}, t('types')), ...typeBoxes),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, t('apply')),
      h('button', { type: 'button', class: 'clear' }, t('clear'))),
  );
  const read = (): FilterPatch => {
    const data = new FormData(form);
    const text = (k: string) => String(data.get(k) ?? '').trim();
    return {
      q: text('q'), actor: text('actor'), country: text('country'), from: text('from'), to: text('to'),
      types: data.getAll('type').map(String),
    };
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    onApply(read());
  });
  form.addEventListener('change', (ev) => {
    if (ev.target instanceof HTMLInputElement && ev.target.type === 'checkbox') onApply(read());
  });
  form.querySelector('button.clear')?.addEventListener('click', () => onApply({ q: '', actor: '', country: '', from: '', to: '', types: [] }));
  return form;
}
