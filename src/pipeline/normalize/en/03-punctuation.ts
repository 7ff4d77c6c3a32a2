/** Curly quotes, dashes, guillemets and Arabic punctuation to ASCII. */
export { asciiPunctuation } from '../ar/04-punctuation.js';
