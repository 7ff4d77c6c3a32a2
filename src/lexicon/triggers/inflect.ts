import { foldKey } from '../../text/index.js';

/**
 * Arabic verb forms from the folded 3ms past and present (`[قصف, يقصف]`): past and present,
 * masculine/feminine, dual and plural, plus the 1st person forms news quotes use.
 */
export function inflectArabicVerb(past: string, present: string): string[] {
  const p = foldKey(past);
  const s = foldKey(present).replace(/^[يت]/, '');
  const out = new Set<string>([p]);
  const weakPast = /[اي]$/.test(p) && p.length > 2;
  const pb = weakPast ? p.slice(0, -1) : p;
  for (const suf of weakPast ? ['ت', 'وا', 'تا', 'ينا', 'يت'] : ['ت', 'وا', 'ا', 'تا', 'ن', 'نا', 'تم', 'تن']) out.add(pb + suf);
  if (weakPast) out.add(p + 'ا');
  const weakPres = /[اوي]$/.test(s) && s.length > 2;
  const sb = weakPres ? s.slice(0, -1) : s;
  for (const pre of ['ي', 'ت', 'ن', 'ا']) out.add(pre + s);
  for (const suf of ['ون', 'وا', 'ان', 'ا', 'ين']) {
    out.add('ي' + sb + suf);
    out.add('ت' + sb + suf);
  }
  out.add('ي' + s + 'ن');
  return [...out].filter((f) => f.length >= 2);
}

/** English verb forms: base, 3sg, past, participle, gerund. `forms` = [base] or [base, past, participle]. */
export function inflectEnglishVerb(forms: string[]): string[] {
  const base = (forms[0] ?? '').toLowerCase();
  if (base.length === 0) return [];
  const out = new Set<string>([base, ...forms.slice(1).map((f) => f.toLowerCase())]);
  const consonantY = /[^aeiou]y$/.test(base);
  const third = consonantY ? base.slice(0, -1) + 'ies' : /(s|sh|ch|x|z|o)$/.test(base) ? base + 'es' : base + 's';
  out.add(third);
  if (forms.length === 1) {
    out.add(consonantY ? base.slice(0, -1) + 'ied' : base.endsWith('e') ? base + 'd' : base + 'ed');
  }
  out.add(base.endsWith('ie') ? base.slice(0, -2) + 'ying' : base.endsWith('e') && !base.endsWith('ee') ? base.slice(0, -1) + 'ing' : base + 'ing');
  return [...out];
}
