export { createAnalyzer, type AnalyzerOptions } from './create-analyzer.js';
export { analyzeArabicWord, type CliticAnalysis } from './build-token.js';
export type { ParagraphMode } from './paragraphs.js';
