import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes, parseSourceBody } from '../../src/sources/index.js';
import { decodeMixedUtf8 } from '../../src/sources/mixed-utf8.js';

const HEAD = 'قتل ثلاثة مدنيين في قصف مدفعي على حي سكني، ';
const MIDDLE = 'وأصيب آخرون بجروح متفاوتة في المدينة، ';
const TAIL = 'وفق مصدر طبي في المستشفى الميداني.';

function mixed(...parts: Array<[string, 'utf8' | 'windows-1256']>): Buffer {
  return Buffer.concat(parts.map(([text, enc]) => (enc === 'utf8' ? Buffer.from(text, 'utf8') : iconv.encode(text, enc))));
}

describe('UTF-8 with a legacy stretch', () => {
  it('reads the windows-1256 stretch as Arabic and keeps the UTF-8 around it', () => {
    const bytes = mixed([HEAD, 'utf8'], [MIDDLE, 'windows-1256'], [TAIL, 'utf8']);
    const decoded = decodeBytes(bytes, 'utf-8');
    expect(decoded).toMatchObject({ ok: true, text: HEAD + MIDDLE + TAIL, encoding: 'utf-8+windows-1256', how: 'mixed' });
  });

  it('turns stray invalid bytes into U+FFFD when they are not Arabic letters', () => {
    const bytes = Buffer.concat([Buffer.from(HEAD + MIDDLE), Buffer.from([0x80, 0x85]), Buffer.from(TAIL)]);
    const decoded = decodeMixedUtf8(bytes);
    expect(decoded).toEqual({ text: `${HEAD}${MIDDLE}\ufffd\ufffd${TAIL}`, legacy: null, invalidBytes: 2 });
  });

  it.each([
    ['pure windows-1256', iconv.encode(HEAD + MIDDLE + TAIL, 'windows-1256')],
    ['valid UTF-8', Buffer.from(HEAD)],
    ['ASCII with one bad byte', Buffer.from([0x61, 0x62, 0xff, 0x63])],
  ])('declines %s (left to the other decoders)', (_name, bytes) => {
    expect(decodeMixedUtf8(bytes)).toBeNull();
  });

  it('still reads a whole windows-1256 page as windows-1256', () => {
    const decoded = decodeBytes(iconv.encode(HEAD + MIDDLE + TAIL, 'windows-1256'));
    expect(decoded).toMatchObject({ ok: true, text: HEAD + MIDDLE + TAIL, encoding: 'windows-1256' });
  });

  it('gives the document an input-encoding note', () => {
    const [result] = parseSourceBody(mixed([`عنوان\n\n${HEAD}`, 'utf8'], [MIDDLE, 'windows-1256'], [TAIL, 'utf8']), 'mixed.txt', { fileName: 'mixed.txt' });
    expect(result?.ok && result.doc.body.trim()).toBe(HEAD + MIDDLE + TAIL);
    expect(result?.ok && result.doc.diagnostics?.map((d) => d.code)).toContain('input-encoding');
  });
});
