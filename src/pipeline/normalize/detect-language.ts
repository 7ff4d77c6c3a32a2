import type { Language } from '../../types.js';

/** 'ar' when Arabic-script letters outnumber Latin letters (ties and empty text: 'en'). */
export function detectLanguage(text: string): Language {
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0xfb50 && c <= 0xfefc)) arabic++;
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  return arabic > latin ? 'ar' : 'en';
}
