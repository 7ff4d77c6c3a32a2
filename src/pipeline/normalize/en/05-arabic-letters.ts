/** Arabic names quoted inside English text fold like Arabic text, so dictionary keys match. */
export { foldArabicLetters } from '../ar/02-fold-letters.js';
