import { mkdtempSync, openSync, closeSync, ftruncateSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputs, type ReadOptions, type ReadResult } from '../../src/sources/index.js';

const FIXTURES = new URL('../fixtures/inputs/', import.meta.url).pathname;
const fixture = (name: string): string => join(FIXTURES, name);
const AR_TITLE = 'قصف مدفعي على حي سكني في درنة';
const AR_START = 'قتل ثلاثة مدنيين وأصيب خمسة آخرون';

async function readAll(inputs: string[], options?: ReadOptions): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const result of readInputs(inputs, options)) out.push(result);
  return out;
}

async function readOne(name: string): Promise<ReadResult> {
  const [result, ...rest] = await readAll([fixture(name)]);
  expect(rest).toHaveLength(0);
  if (!result) throw new Error('no result');
  return result;
}

const tmp = mkdtempSync(join(tmpdir(), 'marsad-inputs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('readInputs: encodings', () => {
  it.each([
    ['ar-utf8.txt', null],
    ['ar-utf8-bom.txt', null],
    ['ar-utf16le-bom.txt', 'utf-16le'],
    ['ar-utf16be-bom.txt', 'utf-16be'],
    ['ar-cp1256.txt', 'windows-1256'],
    ['ar-iso8859-6.txt', 'iso-8859-6'],
    ['ar-cp1256-meta.html', 'windows-1256'],
    ['article.txt.gz', null],
  ])('%s decodes to the Arabic report', async (name, encoding) => {
    const result = await readOne(name);
    if (!result.ok) throw result.error;
    expect(result.doc.title).toBe(AR_TITLE);
    expect(result.doc.body.trim().startsWith(AR_START)).toBe(true);
    expect(result.doc.body).not.toContain('\ufffd');
    const note = result.doc.diagnostics?.find((d) => d.code === 'input-encoding');
    if (encoding === null) expect(note).toBeUndefined();
    else expect(note?.message).toContain(encoding);
  });
});

describe('readInputs: formats', () => {
  it('reads an HTML page with Readability: title, date, site, url, captions aside', async () => {
    const result = await readOne('article.html');
    if (!result.ok) throw result.error;
    const { doc } = result;
    expect(doc).toMatchObject({
      format: 'text', title: AR_TITLE, published: '2019-05-14T08:30:00+02:00', source: 'موقع الأخبار',
      url: 'https://news.example/ar/derna-shelling',
    });
    expect(doc.body.startsWith(AR_START)).toBe(true);
    expect(doc.body).not.toMatch(/العالم|رياضة|الأكثر قراءة|خبر آخر|جميع الحقوق|دخان يتصاعد|14 مايو 2019/);
    expect(doc.body).toContain('بسبب استمرار القصف\n\nوانقطاع الطرق');
    expect(doc.diagnostics?.map((d) => d.code)).toContain('caption-removed');
  });

  it('sniffs HTML in a .txt and JSON Lines in a .json', async () => {
    const html = await readOne('lying.txt');
    expect(html.ok && html.doc.title).toBe(AR_TITLE);
    const jsonl = await readAll([fixture('lying.json')]);
    expect(jsonl.map((r) => r.ok && r.doc.origin)).toEqual([`${fixture('lying.json')}:1`, `${fixture('lying.json')}:2`]);
  });

  it.each([['records.json'], ['wrapped.json']])('%s: array of records, HTML content reduced to text', async (name) => {
    const results = await readAll([fixture(name)]);
    expect(results).toHaveLength(2);
    const [ar, en] = results;
    expect(ar?.ok && ar.doc).toMatchObject({ title: AR_TITLE, published: '2019-05-14', url: 'https://news.example/1', source: 'موقع الأخبار', origin: `${fixture(name)}#1` });
    expect(en?.ok && en.doc.published).toBe('2019-05-14T09:00:00Z');
    expect(en?.ok && en.doc.body).toBe('DERNA, Libya (AP) — Three civilians were killed and five wounded when artillery shells hit a residential district on Tuesday, a medical source said.\n\nSource: Reuters');
  });

  it('single.json: one record with body and epoch time', async () => {
    const result = await readOne('single.json');
    expect(result.ok && result.doc).toMatchObject({ origin: fixture('single.json'), published: '2019-05-14T09:00:00Z' });
  });

  it('records.jsonl: a bad line fails as file:line and the others go on', async () => {
    const results = await readAll([fixture('records.jsonl')]);
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'E_INPUT_JSON', 'E_INPUT_JSON', 'ok']);
    const bad = results[1];
    expect(bad?.ok).toBe(false);
    if (bad && !bad.ok) {
      expect(bad.origin).toBe(`${fixture('records.jsonl')}:2`);
      expect(bad.error.message).toMatch(/^invalid JSON line: /);
      expect(bad.error.message).not.toContain('\n');
    }
    const missing = results[2];
    if (missing && !missing.ok) expect(missing.error.message).toContain('no text, content or body');
  });

  it('records.jsonl.gz: gzip of JSON Lines', async () => {
    const results = await readAll([fixture('records.jsonl.gz')]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
  });

  it('feed.rss: items with content:encoded or description; an empty item fails alone', async () => {
    const results = await readAll([fixture('feed.rss')]);
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'ok', 'E_INPUT_NO_ARTICLE']);
    const first = results[0];
    expect(first?.ok && first.doc).toMatchObject({
      title: AR_TITLE, url: 'https://news.example/1', published: '2019-05-14T08:30:00+02:00', source: 'موقع الأخبار',
    });
    expect(first?.ok && first.doc.body.split('\n\n')).toHaveLength(2);
    expect(results[1]?.ok && results[1].doc.body.startsWith('DERNA, Libya (AP)')).toBe(true);
  });

  it('feed.atom: entries with html content and alternate link', async () => {
    const [entry] = await readAll([fixture('feed.atom')]);
    expect(entry?.ok && entry.doc).toMatchObject({
      title: 'Shelling hits residential district in Derna', url: 'https://wire.example/derna',
      published: '2019-05-14T07:00:00Z', source: 'Example Wire', origin: `${fixture('feed.atom')}#1`,
    });
  });

  it('a .gz that is plain text is read as text (magic bytes decide)', async () => {
    const result = await readOne('plain-named.gz');
    expect(result.ok && result.doc.title).toBe(AR_TITLE);
  });

  it('walks directories recursively in sorted order, skipping hidden files and unknown extensions', async () => {
    const results = await readAll([fixture('dir')]);
    expect(results.map((r) => (r.ok ? r.doc.origin : r.origin))).toEqual([
      join(fixture('dir'), 'a-first.txt'), join(fixture('dir'), 'b-second.txt'), join(fixture('dir'), 'nested', 'c-third.json'),
    ]);
  });

  it('reads stdin for "-", sniffing its format', async () => {
    const stdin = Readable.from([Buffer.from('{"title":"T","text":"نص الخبر هنا"}\n{"title":"U","text":"خبر آخر"}\n')]);
    const results = await readAll(['-'], { stdin });
    expect(results.map((r) => r.ok && r.doc.origin)).toEqual(['stdin:1', 'stdin:2']);
    const gz = Readable.from([gzipSync(Buffer.from('عنوان\n\nنص الخبر'))]);
    const [text] = await readAll(['-'], { stdin: gz });
    expect(text?.ok && text.doc).toMatchObject({ origin: 'stdin', title: 'عنوان' });
  });

  it('applies published/source defaults only where the record has none, and forces the language', async () => {
    const results = await readAll([fixture('records.json')], { published: '2020-01-01', source: 'CLI', language: 'ar' });
    expect(results[0]?.ok && results[0].doc).toMatchObject({ published: '2019-05-14', source: 'موقع الأخبار', language: 'ar' });
    expect(results[1]?.ok && results[1].doc).toMatchObject({ published: '2019-05-14T09:00:00Z', source: 'CLI', language: 'ar' });
  });
});

describe('readInputs: bad input fails with one line and the batch goes on', () => {
  it.each([
    ['empty.txt', 'E_INPUT_EMPTY', /empty \(0 bytes\)/],
    ['whitespace.txt', 'E_INPUT_EMPTY', /only whitespace/],
    ['binary.txt', 'E_INPUT_BINARY', /NUL byte/],
    ['image.png', 'E_INPUT_BINARY', /PNG image/],
    ['truncated.txt.gz', 'E_INPUT_GZIP', /truncated or corrupt gzip/],
    ['nav-only.html', 'E_INPUT_NO_ARTICLE', /no article text/],
    ['not-a-feed.xml', 'E_INPUT_NO_ARTICLE', /not an RSS or Atom feed/],
    ['table.csv', 'E_INPUT_READ', /unsupported file type '\.csv'/],
  ])('%s → %s', async (name, code, reason) => {
    const results = await readAll([fixture(name), fixture('ar-utf8.txt')]);
    expect(results).toHaveLength(2);
    const [bad, good] = results;
    expect(bad?.ok).toBe(false);
    if (bad && !bad.ok) {
      expect(bad.error.code).toBe(code);
      expect(bad.error.message).toMatch(reason);
      expect(bad.error.message).not.toContain('\n');
      expect(bad.origin).toBe(fixture(name));
    }
    expect(good?.ok).toBe(true);
  });

  it('refuses a file over the size limit from its size, before reading', async () => {
    const big = join(tmp, 'big.txt');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024 + 1);
    closeSync(fd);
    const [result] = await readAll([big]);
    expect(result?.ok).toBe(false);
    if (result && !result.ok) {
      expect(result.error.code).toBe('E_INPUT_TOO_LARGE');
      expect(result.error.message).toBe('file is 50.0 MB, over the 50 MB limit');
    }
    const small = join(tmp, 'small.txt');
    writeFileSync(small, 'title\n\n' + 'x'.repeat(2000));
    const [limited] = await readAll([small], { maxBytes: 1000 });
    expect(limited?.ok === false && limited.error.code).toBe('E_INPUT_TOO_LARGE');
  });

  it('refuses gzip that expands beyond the limit', async () => {
    const bomb = join(tmp, 'bomb.txt.gz');
    writeFileSync(bomb, gzipSync(Buffer.alloc(200_000, 0x61)));
    const [result] = await readAll([bomb], { maxBytes: 100_000 });
    expect(result?.ok === false && result.error.message).toMatch(/expands beyond/);
  });

  it.each([
    ['missing file', () => join(tmp, 'nope.txt'), /no such file or directory/],
    ['path through a file', () => join(fixture('ar-utf8.txt'), 'x.txt'), /not a directory/],
  ])('unreadable path: %s', async (_name, path, reason) => {
    const results = await readAll([path(), fixture('ar-utf8.txt')]);
    expect(results.map((r) => r.ok)).toEqual([false, true]);
    const bad = results[0];
    if (bad && !bad.ok) {
      expect(bad.error.code).toBe('E_INPUT_READ');
      expect(bad.error.message).toMatch(reason);
    }
  });

  it('refuses bytes in no supported encoding', async () => {
    const odd = join(tmp, 'odd.txt');
    // Shift_JIS Japanese: not UTF-8, not Arabic, not Latin.
    writeFileSync(odd, Buffer.from('93fa967b8cea82cc95b68f9182c582b7814293fa967b8cea82cc95b68f9182c582b78142', 'hex'));
    const [result] = await readAll([odd]);
    expect(result?.ok === false && result.error.code).toBe('E_INPUT_ENCODING');
  });
});
