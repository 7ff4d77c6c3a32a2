import type { Language } from '../../types.js';

/** Counts Arabic-script and Latin letters (samples at most `limit` code units). */
export function countScripts(text: string, limit = Infinity): { arabic: number; latin: number } {
  let arabic = 0;
  let latin = 0;
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) {
      latin++;
    } else if (
      (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x0750 && c <= 0x077f) ||
      (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)
    ) {
      arabic++;
    }
  }
  return { arabic, latin };
}

/**
 * A small script-ratio language guess: 'ar' when Arabic letters are at least 40% of the letters.
 * (A stand-in until the normaliser's detector exists; English text rarely carries that much Arabic.)
 */
export function guessLanguage(text: string): Language {
  const { arabic, latin } = countScripts(text, 20_000);
  return arabic > 0 && arabic >= (arabic + latin) * 0.4 ? 'ar' : 'en';
}
