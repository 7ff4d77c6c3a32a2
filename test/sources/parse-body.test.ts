import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parseSourceBody } from '../../src/sources/index.js';

const AR = 'عنوان الخبر\n\nقتل ثلاثة مدنيين في قصف مدفعي على حي سكني في المدينة، وفق مصدر طبي.';

describe('parseSourceBody', () => {
  it.each([
    ['text/plain; charset=utf-8', Buffer.from(AR), 'عنوان الخبر'],
    ['text/plain; charset=windows-1256', iconv.encode(AR, 'windows-1256'), 'عنوان الخبر'],
    ['application/json', Buffer.from(JSON.stringify({ title: 'T', text: 'نص' })), 'T'],
    ['application/x-ndjson', Buffer.from('{"title":"A","text":"x"}\n{"title":"B","text":"y"}'), 'A'],
  ])('uses the content type %s', (contentType, bytes, title) => {
    const [first] = parseSourceBody(bytes, 'api', { contentType });
    expect(first?.ok && first.doc.title).toBe(title);
  });

  it('lets the content win over a wrong content type', () => {
    const [result] = parseSourceBody(Buffer.from('<!doctype html><html><body><article><p>' + 'نص طويل بما يكفي ليعد مقالا. '.repeat(10) + '</p></article></body></html>'), 'api', { contentType: 'application/json' });
    expect(result?.ok && result.doc.format).toBe('text');
    expect(result?.ok && result.doc.body.startsWith('نص طويل')).toBe(true);
  });

  it('decodes UTF-16 without a BOM', () => {
    const [result] = parseSourceBody(iconv.encode(AR, 'utf-16le'), 'api');
    expect(result?.ok && result.doc.title).toBe('عنوان الخبر');
  });

  it('treats a text without a short first line as untitled', () => {
    const long = 'ق'.repeat(300);
    const [result] = parseSourceBody(Buffer.from(`${long}\n\nبقية النص`), 'api');
    expect(result?.ok && result.doc.title).toBeNull();
    const [single] = parseSourceBody(Buffer.from('سطر واحد فقط'), 'api');
    expect(single?.ok && single.doc).toMatchObject({ title: null, body: 'سطر واحد فقط' });
  });

  it('refuses a body over maxBytes', () => {
    const [result] = parseSourceBody(Buffer.alloc(2048, 0x61), 'api', { maxBytes: 1024 });
    expect(result?.ok === false && result.error.code).toBe('E_INPUT_TOO_LARGE');
  });

  it('names the JSON error position in a .json body', () => {
    const [result] = parseSourceBody(Buffer.from('{\n  "title": "x",\n  "text": }'), 'up.json', { fileName: 'up.json' });
    expect(result?.ok === false && result.error.code).toBe('E_INPUT_JSON');
    expect(result?.ok === false && result.error.message).toMatch(/^invalid JSON: .* at line 3, column \d+$/);
  });

  it('an empty JSON array is an empty input', () => {
    const [result] = parseSourceBody(Buffer.from('[]'), 'x.json', { fileName: 'x.json' });
    expect(result?.ok === false && result.error.code).toBe('E_INPUT_EMPTY');
  });
});
