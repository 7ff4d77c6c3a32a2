import { toDailyBins, toDayNumber, toDayString } from './days.js';
import { h, replaceChildren, svg } from './dom.js';
import { formatNumber, t } from './i18n.js';

export interface Timeline {
  render(byDay: ReadonlyArray<{ day: string; count: number }>, range: { from: string; to: string }): void;
}

const HEIGHT = 96;
const AXIS = 18;
/** Side padding: a drag that starts at the very edge selects the first or last day. */
const PAD = 8;

/**
 * A day histogram drawn in SVG. Dragging across it selects a date range and calls `onBrush`;
 * a click without a drag selects that single day.
 */
export function createTimeline(container: HTMLElement, onBrush: (from: string, to: string) => void): Timeline {
  let bins: ReturnType<typeof toDailyBins> = null;
  let lastRange = { from: '', to: '' };
  let lastRows: ReadonlyArray<{ day: string; count: number }> = [];

  const draw = () => {
    const width = Math.max(200, container.clientWidth || 600);
    const root = svg('svg', {
      class: 'timeline-svg', viewBox: `0 0 ${width} ${HEIGHT}`, width, height: HEIGHT, role: 'img', 'aria-label': t('timeline'),
    });
    if (!bins) {
      replaceChildren(container, h('p', { class: 'muted' }, t('none')));
      return;
    }
    const { first, counts } = bins;
    const n = counts.length;
    const max = Math.max(1, ...counts);
    const step = (width - 2 * PAD) / n;
    const plotH = HEIGHT - AXIS;
    const xOf = (dayIndex: number) => PAD + dayIndex * step;
    if (lastRange.from || lastRange.to) {
      const a = lastRange.from ? Math.max(0, toDayNumber(lastRange.from) - first) : 0;
      const b = lastRange.to ? Math.min(n - 1, toDayNumber(lastRange.to) - first) : n - 1;
      if (b >= a) root.append(svg('rect', { class: 'range', x: xOf(a), y: 0, width: Math.max(2, (b - a + 1) * step), height: plotH }));
    }
    counts.forEach((count, i) => {
      if (count === 0) return;
      const barH = Math.max(1.5, (count / max) * (plotH - 4));
      const bar = svg('rect', { class: 'bar', x: xOf(i), y: plotH - barH, width: Math.max(1, step - (step > 4 ? 1 : 0)), height: barH });
      const title = svg('title');
      title.textContent = `${toDayString(first + i)}: ${formatNumber(count)}`;
      bar.append(title);
      root.append(bar);
    });
    root.append(svg('line', { class: 'axis', x1: PAD, y1: plotH, x2: width - PAD, y2: plotH }));
    const labels: Array<[number, string]> = [[0, toDayString(first)], [n - 1, toDayString(first + n - 1)]];
    if (n > 60) {
      const months = n > 730 ? 12 : n > 240 ? 3 : 1;
      for (let i = 1; i < n - 1; i++) {
        const day = toDayString(first + i);
        const month = Number(day.slice(5, 7)) - 1;
        if (day.endsWith('-01') && month % months === 0 && i > n * 0.08 && i < n * 0.92) labels.push([i, day.slice(0, 7)]);
      }
    }
    // Keep labels at least 70px apart (narrow screens); the first and last always stay.
    const kept: Array<[number, string]> = [];
    for (const label of labels.slice(2).sort((a, b) => a[0] - b[0])) {
      const x = xOf(label[0]);
      const prev = kept.at(-1);
      if (x - xOf(0) >= 70 && xOf(n - 1) - x >= 70 && (!prev || x - xOf(prev[0]) >= 70)) kept.push(label);
    }
    const shown = n > 1 && xOf(n - 1) - xOf(0) >= 140 ? [labels[0], ...kept, labels[1]] : [labels[0]];
    for (const [i, text] of shown.filter((l): l is [number, string] => l !== undefined)) {
      const anchor = i === 0 ? 'start' : i === n - 1 ? 'end' : 'middle';
      const label = svg('text', { class: 'tick', x: i === n - 1 ? width - PAD : i === 0 ? PAD : xOf(i), y: HEIGHT - 4, 'text-anchor': anchor });
      label.textContent = text;
      root.append(label);
    }
    const brush = svg('rect', { class: 'brush', x: 0, y: 0, width: 0, height: plotH, visibility: 'hidden' });
    root.append(brush);
    const dayAt = (clientX: number) => {
      const box = root.getBoundingClientRect();
      const x = ((clientX - box.left) / box.width) * width;
      return Math.min(n - 1, Math.max(0, Math.floor((x - PAD) / step)));
    };
    let start: number | null = null;
    root.addEventListener('pointerdown', (ev) => {
      start = dayAt(ev.clientX);
      root.setPointerCapture(ev.pointerId);
      brush.setAttribute('visibility', 'visible');
      brush.setAttribute('x', String(xOf(start)));
      brush.setAttribute('width', String(Math.max(2, step)));
    });
    root.addEventListener('pointermove', (ev) => {
      if (start === null) return;
      const d = dayAt(ev.clientX);
      const a = Math.min(start, d);
      brush.setAttribute('x', String(xOf(a)));
      brush.setAttribute('width', String(Math.max(2, (Math.abs(d - start) + 1) * step)));
    });
    root.addEventListener('pointerup', (ev) => {
      if (start === null) return;
      const d = dayAt(ev.clientX);
      const [a, b] = start <= d ? [start, d] : [d, start];
      start = null;
      onBrush(toDayString(first + a), toDayString(first + b));
    });
    replaceChildren(container, root);
  };

  new ResizeObserver(() => draw()).observe(container);
  return {
    render(byDay, range) {
      lastRows = byDay;
      lastRange = range;
      bins = toDailyBins(lastRows);
      draw();
    },
  };
}
