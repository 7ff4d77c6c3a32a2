import iconv from 'iconv-lite';
import type { SourceDoc } from '../../src/types.js';
import type { Rng } from './rng.js';

/** A mutated input: a SourceDoc, or raw bytes that must go through the source layer's decoding first. */
export type MutatedInput =
  | { kind: 'doc'; doc: SourceDoc }
  | { kind: 'bytes'; doc: SourceDoc; bytes: Uint8Array; contentType: string | null };

export interface MutationContext {
  rng: Rng;
  /** The previous article's body, for concatenation. */
  previous: string;
}

export interface Mutation {
  name: string;
  /** Heavy mutations (MB-sized or deeply nested input) run on every `heavyEvery`-th article only. */
  heavy: boolean;
  apply(doc: SourceDoc, ctx: MutationContext): MutatedInput;
}

const ZERO_WIDTH_AND_BIDI = [
  '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u061c', '\ufeff', '\u00ad',
  '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069',
];
const HARAKAT = ['\u064e', '\u064f', '\u0650', '\u0652', '\u064b', '\u064c', '\u064d'];
const QURANIC = ['\u06d6', '\u06d7', '\u06d8', '\u06da', '\u06e2', '\u06e5', '\u06e6', '\u06ed', '\u0670', '\u0640'];
const ARTIFACTS = ['undefined', 'null', 'NaN', '[object Object]', 'undefined undefined', '{{title}}', '&nbsp;', '\\n'];
const CAPTIONS = [
  'Photo: AFP / Getty Images',
  'Smoke rises after an air strike on the outskirts of the city, in this file picture. REUTERS/Stringer',
  'A man walks past a damaged building on Monday. (AP Photo)',
  'Click here to read more | Share on Facebook | Tweet',
  'Image copyright Reuters Image caption Protesters gathered in the main square',
];

const isArabicLetter = (c: number): boolean => c >= 0x0621 && c <= 0x064a;

function withBody(doc: SourceDoc, body: string, extra: Partial<SourceDoc> = {}): MutatedInput {
  return { kind: 'doc', doc: { ...doc, ...extra, body } };
}

function insertAt(text: string, at: number, piece: string): string {
  return text.slice(0, at) + piece + text.slice(at);
}

/** Inserts `count` pieces at random offsets (any UTF-16 position, surrogate pairs included). */
function sprinkle(text: string, rng: Rng, count: number, piece: () => string): string {
  let out = text;
  for (let i = 0; i < count; i++) out = insertAt(out, rng.int(out.length + 1), piece());
  return out;
}

function randomBytesText(rng: Rng, length: number): string {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = rng.int(256);
  return Buffer.from(bytes).toString('utf8');
}

function randomUnits(rng: Rng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    const pool = rng.int(4);
    const code = pool === 0 ? rng.int(0x20) : pool === 1 ? 0xd800 + rng.int(0x800) : pool === 2 ? 0x0600 + rng.int(0x100) : rng.int(0x10000);
    out += String.fromCharCode(code);
  }
  return out;
}

/** The mutations of the robustness run, light ones first. */
export const MUTATIONS: readonly Mutation[] = [
  { name: 'original', heavy: false, apply: (doc) => ({ kind: 'doc', doc }) },
  {
    name: 'truncated', heavy: false,
    apply: (doc, { rng }) => withBody(doc, doc.body.slice(0, rng.int(doc.body.length + 1))),
  },
  {
    name: 'concatenated', heavy: false,
    apply: (doc, { previous }) => withBody(doc, `${doc.body}${previous}`),
  },
  {
    name: 'random-bytes', heavy: false,
    apply: (doc, { rng }) => withBody(doc, sprinkle(doc.body, rng, 8, () => (rng.next() < 0.5 ? randomBytesText(rng, 16) : randomUnits(rng, 8)))),
  },
  {
    name: 'mixed-encoding', heavy: false,
    apply: (doc, { rng }) => {
      const cut1 = rng.int(doc.body.length + 1);
      const cut2 = cut1 + rng.int(doc.body.length - cut1 + 1);
      const bytes = Buffer.concat([
        Buffer.from(doc.body.slice(0, cut1), 'utf8'),
        iconv.encode(doc.body.slice(cut1, cut2), 'windows-1256'),
        Buffer.from(doc.body.slice(cut2), 'utf8'),
      ]);
      return { kind: 'bytes', doc, bytes, contentType: rng.next() < 0.5 ? 'text/plain; charset=utf-8' : null };
    },
  },
  {
    name: 'zero-width-bidi', heavy: false,
    apply: (doc, { rng }) => withBody(doc, sprinkle(doc.body, rng, Math.min(400, 1 + (doc.body.length >> 3)), () => rng.pick(ZERO_WIDTH_AND_BIDI))),
  },
  {
    name: 'full-diacritics', heavy: false,
    apply: (doc, { rng }) => {
      let out = '';
      for (const ch of doc.body) {
        out += ch;
        if (!isArabicLetter(ch.charCodeAt(0))) continue;
        if (rng.next() < 0.2) out += '\u0651';
        out += rng.pick(HARAKAT);
        if (rng.next() < 0.05) out += rng.pick(QURANIC);
      }
      return withBody(doc, out);
    },
  },
  {
    name: 'null-artifacts', heavy: false,
    apply: (doc, { rng }) => withBody(doc, sprinkle(doc.body, rng, 6, () => (rng.next() < 0.5 ? ` ${rng.pick(ARTIFACTS)} ` : `\n${rng.pick(ARTIFACTS)}\n`)), {
      title: rng.next() < 0.5 ? 'undefined' : null,
    }),
  },
  {
    name: 'bad-metadata', heavy: false,
    apply: (doc, { rng }) => withBody(doc, doc.body, {
      published: rng.pick(['0000-00-00', '2016-02-30', 'garbage', '', '١٤٣٧-١١-٢٩']),
      title: rng.pick(['undefined', '', '\u200f', 'null']),
      source: rng.pick(['undefined', '', null]),
    }),
  },
  {
    name: 'english-captions', heavy: false,
    apply: (doc, { rng }) => {
      const paragraphs = doc.body.split('\n');
      for (let i = 0; i < 3; i++) paragraphs.splice(rng.int(paragraphs.length + 1), 0, rng.pick(CAPTIONS));
      return withBody(doc, paragraphs.join('\n'));
    },
  },
  {
    name: 'html-tags', heavy: false,
    apply: (doc, { rng }) => withBody(doc, `<html><body><article><h1>${doc.title ?? ''}</h1>${doc.body.split('\n').map((p) => `<p>${p}</p>`).join('')}<figure><figcaption>${rng.pick(CAPTIONS)}</figcaption></figure><script>var x = "<p>";</script></article></body></html>`, { format: 'html' }),
  },
  {
    name: 'long-line-1mb', heavy: true,
    apply: (doc) => {
      const line = (doc.body.replace(/\s+/g, ' ').trim() || 'قصف') + ' ';
      return withBody(doc, line.repeat(Math.ceil(1_048_576 / line.length)).slice(0, 1_048_576));
    },
  },
  {
    name: 'deep-html-10k', heavy: true,
    apply: (doc) => withBody(doc, `${'<div>'.repeat(10_000)}<p>${doc.body}</p>${'</div>'.repeat(10_000)}`, { format: 'html' }),
  },
  {
    name: 'unclosed-html-10k', heavy: true,
    apply: (doc) => withBody(doc, `<html><body>${'<span><b>'.repeat(5_000)}${doc.body}`, { format: 'html' }),
  },
];
