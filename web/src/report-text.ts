import type { MarsadEvent } from './api.js';
import { h } from './dom.js';
import { toEventMarks, toSegments, type HighlightKind } from './highlight.js';
import { t, type MessageKey } from './i18n.js';

const KIND_LABEL: Record<HighlightKind, MessageKey> = {
  evidence: 'evidence', trigger: 'trigger', actor: 'actors', recipient: 'recipients', place: 'place', date: 'date',
  quantity: 'quantity', attribution: 'attribution',
};

/** The legend of highlight colours. */
export function renderLegend(): HTMLElement {
  const kinds = Object.keys(KIND_LABEL) as HighlightKind[];
  return h('div', { class: 'legend', 'aria-label': t('legend') },
    ...kinds.map((k) => h('span', { class: `hl hl-${k}` }, t(KIND_LABEL[k]))));
}

/**
 * The report text with the event's evidence and argument spans highlighted in place. Text is
 * added only as text nodes; marks carry their kind as classes and their label as a title.
 */
export function renderReportText(text: string, language: string, event: MarsadEvent): HTMLElement {
  const segments = toSegments(text.length, toEventMarks(text, event));
  const root = h('div', { class: 'report-text', dir: language === 'ar' ? 'rtl' : 'ltr', lang: language });
  for (const seg of segments) {
    const piece = text.slice(seg.start, seg.end);
    if (seg.marks.length === 0) {
      root.append(document.createTextNode(piece));
      continue;
    }
    const kinds = [...new Set(seg.marks.map((m) => m.kind))];
    const label = seg.marks.filter((m) => m.kind !== 'evidence').map((m) => `${t(KIND_LABEL[m.kind])}${m.label ? `: ${m.label}` : ''}`).join(' · ');
    const mark = h('mark', { class: ['hl', ...kinds.map((k) => `hl-${k}`)].join(' '), title: label || null, 'data-kinds': kinds.join(' ') }, piece);
    root.append(mark);
  }
  return root;
}
