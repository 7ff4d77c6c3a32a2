/** Zero-width, bidi and soft-hyphen controls (and any Arabic marks) dropped: same rule as Arabic step 01. */
export { stripMarks as stripControls } from '../ar/01-strip-marks.js';
