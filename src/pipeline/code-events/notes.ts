import type { NoteTemplates } from '../../lexicon/triggers/index.js';
import type { EventDate, MarsadEvent, Quantity } from '../../types.js';

type Lang = 'en' | 'ar';

function formatDate(date: EventDate, t: NoteTemplates, lang: Lang): string {
  const v = date.value;
  if (!v) return t.fallback['date']?.[lang] ?? '';
  const [y, m, d] = v.split('-').map(Number);
  const month = t.months[lang][(m ?? 1) - 1] ?? '';
  if (date.precision === 'month') return lang === 'en' ? `In ${month} ${y}` : `في ${month} ${y}`;
  if (date.precision === 'year') return lang === 'en' ? `In ${y}` : `في عام ${y}`;
  return lang === 'en' ? `On ${d} ${month} ${y}` : `في ${d} ${month} ${y}`;
}

function formatCount(q: Quantity | undefined, lang: Lang): string {
  if (!q || (q.min === null && q.max === null)) return '';
  const n = q.min ?? q.max;
  if (q.max === null && q.approximate) return lang === 'en' ? `more than ${Math.max(0, (n ?? 1) - 1)}` : `أكثر من ${Math.max(0, (n ?? 1) - 1)}`;
  if (q.approximate) return lang === 'en' ? `about ${n}` : `نحو ${n}`;
  // An open range ("more than five" → min 6) is a lower bound, never an exact count.
  if (q.max === null && q.min !== null) return lang === 'en' ? `at least ${q.min}` : `ما لا يقل عن ${q.min}`;
  if (q.max !== null && q.min !== null && q.max !== q.min) return `${q.min}-${q.max}`;
  return String(n);
}

function names(list: MarsadEvent['actors'], lang: Lang): string {
  const parts = list.map((a) => (lang === 'ar' ? a.name_ar ?? a.text : a.name));
  if (parts.length <= 1) return parts[0] ?? '';
  return lang === 'en' ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts.join(' و');
}

function fill(template: string, fields: Record<string, string>): string {
  const withOptional = template.replace(/\[([^\]]*)\]/g, (_, inner: string) => {
    const used = [...inner.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
    return used.every((k) => (fields[k] ?? '') !== '') ? inner : '';
  });
  return withOptional.replace(/\{(\w+)\}/g, (_, k: string) => fields[k] ?? '').replace(/\s+([,.،])/g, '$1').replace(/\s{2,}/g, ' ').trim();
}

/** One-sentence ACLED-style notes in English and Arabic from an event's fields and data/ontology/notes.yaml. */
export function toNotes(event: MarsadEvent, t: NoteTemplates): { en: string; ar: string } {
  const key = event.mode ? `${event.type}/${event.mode}` : event.type;
  const template = t.templates[key] ?? t.templates[event.type];
  if (!template) return { en: '', ar: '' };
  const count = event.quantities.find((q) => q.kind !== 'killed' && q.kind !== 'injured' && q.kind !== 'other');
  const out = { en: '', ar: '' };
  for (const lang of ['en', 'ar'] as const) {
    const loc = event.location;
    const fields: Record<string, string> = {
      date: formatDate(event.date, t, lang),
      actors: names(event.actors, lang) || (t.fallback['actors']?.[lang] ?? ''),
      recipients: names(event.recipients, lang),
      location: loc ? (lang === 'ar' ? loc.name_ar ?? loc.text : loc.name) : '',
      count: formatCount(count, lang),
      killed: event.fatalities?.min ? String(event.fatalities.min) : '',
    };
    const prefix = event.modality && event.modality !== 'asserted' ? t.modality[event.modality]?.[lang] ?? '' : '';
    out[lang] = prefix + fill(template[lang], fields);
  }
  return out;
}
