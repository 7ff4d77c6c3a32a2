import type { Language } from '../../types.js';
import { stripMarks } from './ar/01-strip-marks.js';
import { foldArabicLetters } from './ar/02-fold-letters.js';
import { asciiDigits } from './ar/03-digits.js';
import { asciiPunctuation } from './ar/04-punctuation.js';
import { foldLatin } from './ar/05-latin.js';
import { collapseSpaces } from './ar/06-spaces.js';
import { stripControls } from './en/01-strip-controls.js';
import { foldLatin as enFoldLatin } from './en/02-fold-latin.js';
import { asciiPunctuation as enPunctuation } from './en/03-punctuation.js';
import { asciiDigits as enDigits } from './en/04-digits.js';
import { foldArabicLetters as enArabicLetters } from './en/05-arabic-letters.js';
import { collapseSpaces as enSpaces } from './en/06-spaces.js';
import type { NormalizeStep } from './step.js';

/** The ordered normalisation steps of each language: the only place that knows their order. */
export const NORMALIZE_STEPS: Record<Language, NormalizeStep[]> = {
  ar: [stripMarks, foldArabicLetters, asciiDigits, asciiPunctuation, foldLatin, collapseSpaces],
  en: [stripControls, enFoldLatin, enPunctuation, enDigits, enArabicLetters, enSpaces],
};
