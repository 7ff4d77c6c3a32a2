/** Case and accents folded (Beyoncé → beyonce): same rule as Arabic step 05. */
export { foldLatin } from '../ar/05-latin.js';
