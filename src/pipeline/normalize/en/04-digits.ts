/** Eastern Arabic and Persian digits to ASCII. */
export { asciiDigits } from '../ar/03-digits.js';
