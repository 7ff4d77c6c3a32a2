import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ExtractedDocument } from '../../src/types.js';
import { REPO_ROOT } from './corpus.js';

type AddFormats = (ajv: Ajv2020) => Ajv2020;
// ajv-formats is CommonJS: under NodeNext its default import is the module object on some setups.
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;

/** Compiles `contract/event.schema.json` (the committed copy) once. */
export function createEventValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'contract', 'event.schema.json'), 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const DOC_STRINGS = ['id', 'text'] as const;
const DOC_NULLABLE_STRINGS = ['title', 'published', 'source', 'url'] as const;

/** Every `{ text, span }` object under `value` must slice `docText` to exactly its text. */
function checkSpans(value: unknown, docText: string, path: string, problems: string[]): void {
  if (problems.length >= 5 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkSpans(item, docText, `${path}[${i}]`, problems));
    return;
  }
  const record = value as Record<string, unknown>;
  const span = record['span'];
  if (Array.isArray(span)) {
    const [start, end] = span as unknown[];
    if (typeof start !== 'number' || typeof end !== 'number' || start < 0 || end < start || end > docText.length) {
      problems.push(`${path}.span ${JSON.stringify(span)} out of range 0..${docText.length}`);
    } else if (typeof record['text'] === 'string' && docText.slice(start, end) !== record['text']) {
      problems.push(`${path}: text.slice(${start},${end}) is ${JSON.stringify(docText.slice(start, end).slice(0, 40))}, reported ${JSON.stringify(String(record['text']).slice(0, 40))}`);
    }
  }
  for (const [key, child] of Object.entries(record)) if (key !== 'span') checkSpans(child, docText, `${path}.${key}`, problems);
}

/**
 * Problems with one extracted document: document fields, every event against the contract schema,
 * and every reported span slicing the cleaned text to its surface text. Empty list = valid.
 */
export function listOutputProblems(doc: ExtractedDocument, validateEvent: ValidateFunction): string[] {
  const problems: string[] = [];
  const record = doc as unknown as Record<string, unknown>;
  for (const key of DOC_STRINGS) if (typeof record[key] !== 'string') problems.push(`document.${key} is not a string`);
  for (const key of DOC_NULLABLE_STRINGS) {
    if (record[key] !== null && typeof record[key] !== 'string') problems.push(`document.${key} is neither string nor null`);
  }
  if (doc.language !== 'ar' && doc.language !== 'en') problems.push(`document.language is ${String(doc.language)}`);
  if (!Array.isArray(doc.events)) return [...problems, 'document.events is not an array'];
  if (!Array.isArray(doc.diagnostics)) problems.push('document.diagnostics is not an array');
  const text = typeof doc.text === 'string' ? doc.text : '';
  doc.events.forEach((event, i) => {
    if (!validateEvent(event)) {
      const first = validateEvent.errors?.slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');
      problems.push(`events[${i}] schema: ${first ?? 'invalid'}`);
    }
    if (event.document_id !== doc.id) problems.push(`events[${i}].document_id ${event.document_id} != document.id ${doc.id}`);
    checkSpans(event, text, `events[${i}]`, problems);
  });
  const ids = new Set(doc.events.map((e) => e.id));
  if (ids.size !== doc.events.length) problems.push('duplicate event ids in one document');
  return problems;
}
