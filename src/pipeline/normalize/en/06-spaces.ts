/** Horizontal whitespace runs to one space, line-break variants to newline. */
export { collapseSpaces } from '../ar/06-spaces.js';
