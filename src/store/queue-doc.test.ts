import { describe, expect, it } from 'vitest';
import type { SourceDoc } from '../types.js';
import { parseJobPayload, toJobHash, toJobPayload } from './queue-doc.js';

const doc: SourceDoc = { origin: 'a.txt', body: 'قصف على حلب\u0000', format: 'text', title: null, language: 'ar' };

describe('queued payloads', () => {
  it('round-trips a document, NUL included, through the stored text', () => {
    const text = toJobPayload(doc);
    expect(text.includes('\u0000')).toBe(false);
    expect(parseJobPayload(text)).toEqual({ ok: true, doc });
  });

  it.each([
    ['{"origin":"a"', 'E_INPUT_JSON', /not valid JSON/],
    ['"just text"', 'E_INPUT_JSON', /not a source document: Invalid input: expected object/],
    ['{"origin":"a","format":"text"}', 'E_INPUT_JSON', /body: /],
    ['{"origin":"","body":"x","format":"text"}', 'E_INPUT_JSON', /origin: /],
    ['{"origin":"a","body":"x","format":"text","captions":[1]}', 'E_INPUT_JSON', /captions\.0: /],
    ['{"origin":"a","body":" \\n ","format":"html"}', 'E_INPUT_EMPTY', /empty body/],
  ])('rejects %s as %s', (text, code, message) => {
    const parsed = parseJobPayload(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe(code);
      expect(parsed.error.message).toMatch(message);
    }
  });

  it.each([
    [{ ...doc, origin: 'elsewhere.txt', published: '2020-01-01' }, true],
    [{ ...doc, title: 'عنوان' }, false],
    [{ ...doc, body: `${doc.body} ` }, false],
  ])('hashes title and body only (%#)', (other, same) => {
    expect(toJobHash(other) === toJobHash(doc)).toBe(same);
  });
});
