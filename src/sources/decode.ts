import chardet from 'chardet';
import iconv from 'iconv-lite';
import { findBinaryReason, guessUtf16 } from './binary.js';
import { decodeMixedUtf8 } from './mixed-utf8.js';

export type Decoded =
  | { ok: true; text: string; encoding: string; how: 'bom' | 'utf-8' | 'declared' | 'detected' | 'heuristic' | 'mixed' }
  | { ok: false; code: 'E_INPUT_BINARY' | 'E_INPUT_ENCODING'; reason: string };

/** Legacy encodings accepted from statistical detection; others are refused rather than guessed into mojibake. */
const ACCEPTED = new Set(['windows-1256', 'iso-8859-6', 'iso-8859-1', 'windows-1252', 'iso-8859-15', 'utf-16le', 'utf-16be']);
const LATIN = new Set(['iso-8859-1', 'latin1', 'windows-1252', 'iso-8859-15', 'us-ascii', 'ascii']);
const UTF8 = new TextDecoder('utf-8', { fatal: true });
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i;
const XML_ENCODING = /^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.-]+)["']/i;

function normalizeName(name: string): string {
  const lower = name.toLowerCase().replace(/_/g, '-');
  if (lower === 'utf8') return 'utf-8';
  if (lower === 'cp1256' || lower === 'x-cp1256' || lower === 'windows1256') return 'windows-1256';
  if (lower === 'iso-8859-6-i' || lower === 'iso-8859-6-e' || lower === 'arabic' || lower === 'asmo-708') return 'iso-8859-6';
  return lower;
}

/** The charset a page or XML prolog declares in its first bytes (ASCII-compatible encodings only). */
export function findDeclaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const match = XML_ENCODING.exec(head.trimStart()) ?? META_CHARSET.exec(head);
  return match?.[1] ? normalizeName(match[1]) : null;
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

/** Share of U+FFFD replacement characters: high means the guess was wrong. */
function replacementRatio(text: string): number {
  let bad = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
  return text.length === 0 ? 0 : bad / text.length;
}

/**
 * Arabic in windows-1256 or ISO-8859-6 is mostly high bytes (letters live in 0xC1–0xFE); Latin-1 European
 * text is mostly ASCII. Returns the legacy Arabic code page when high bytes dominate the letters.
 */
function guessArabicLegacy(bytes: Uint8Array): string | null {
  let high = 0;
  let arabicRange = 0;
  let visible = 0;
  const n = Math.min(bytes.length, 65536);
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b <= 0x20) continue;
    visible++;
    if (b >= 0x80) {
      high++;
      if (b >= 0xc1) arabicRange++;
    }
  }
  return high >= visible * 0.3 && arabicRange >= high * 0.6 ? 'windows-1256' : null;
}

/**
 * Decodes bytes to text: BOM, then strict UTF-8, then UTF-8 with legacy or invalid stretches, then the charset declared by a hint or the page, then
 * chardet's statistical guess among accepted encodings, then a windows-1256 heuristic for Arabic pages.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string | null): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { ok: true, text: decodeWith(bytes.subarray(3), 'utf-8'), encoding: 'utf-8', how: 'bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: decodeWith(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le', how: 'bom' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: decodeWith(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be', how: 'bom' };
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) return { ok: true, text: decodeWith(bytes, utf16), encoding: utf16, how: 'heuristic' };
  const binary = findBinaryReason(bytes);
  if (binary) return { ok: false, code: 'E_INPUT_BINARY', reason: binary };
  try {
    return { ok: true, text: UTF8.decode(bytes), encoding: 'utf-8', how: 'utf-8' };
  } catch {
    // Not UTF-8: mostly UTF-8 with a broken stretch, or a legacy code page.
  }
  // Before any code-page guess: a whole UTF-8 text read as windows-1256 would be mojibake that no check catches.
  const mixed = decodeMixedUtf8(bytes);
  if (mixed) {
    return { ok: true, text: mixed.text, encoding: `utf-8+${mixed.legacy ?? 'invalid'}`, how: 'mixed' };
  }
  const arabic = guessArabicLegacy(bytes);
  const named = [declared ? normalizeName(declared) : null, findDeclaredCharset(bytes)];
  for (const name of named) {
    if (!name || name === 'utf-8' || !iconv.encodingExists(name)) continue;
    // Latin-1 decodes any byte, so a server's default `charset=ISO-8859-1` on an Arabic page never "fails":
    // when the bytes look like a legacy Arabic code page, a Latin declaration is not believed.
    if (arabic && LATIN.has(name)) continue;
    const text = decodeWith(bytes, name);
    if (replacementRatio(text) < 0.01) return { ok: true, text, encoding: name, how: 'declared' };
  }
  const sample = bytes.subarray(0, 65536);
  for (const match of chardet.analyse(sample)) {
    const name = normalizeName(match.name);
    if (match.confidence < 10 || !ACCEPTED.has(name)) continue;
    // chardet can call short Arabic text Latin-1; the byte profile says otherwise.
    const chosen = arabic && (name === 'iso-8859-1' || name === 'windows-1252' || name === 'iso-8859-15') ? arabic : name;
    const text = decodeWith(bytes, chosen);
    if (replacementRatio(text) < 0.01) return { ok: true, text, encoding: chosen, how: 'detected' };
  }
  if (arabic) return { ok: true, text: decodeWith(bytes, arabic), encoding: arabic, how: 'heuristic' };
  const top = chardet.detect(sample);
  return {
    ok: false,
    code: 'E_INPUT_ENCODING',
    reason: `not valid UTF-8 and no supported encoding fits${top ? ` (closest guess: ${top})` : ''}`,
  };
}
