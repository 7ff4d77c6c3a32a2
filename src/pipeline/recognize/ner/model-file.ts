import { gunzipSync, gzipSync } from 'node:zlib';
import { MarsadError } from '../../../errors.js';
import { FeatureIndex, toFeatureParts } from './feature-index.js';
import type { NerModel } from './model.js';

/**
 * The model file: gzip of [u32 header length][header JSON][sections], little-endian, each section padded to 4 bytes.
 * Sections: value strings ('\n'-joined UTF-8); per feature row (rows sorted by value, second value, template, so
 * that the word features of one value sit together in memory) the value id as a delta from the previous
 * row's, the second value id + 1 and the template id; alias quadruples (template, a, b, row) for pair keys readable
 * at more than one '|'; per row a bit mask of its non-zero tags; the non-zero int16 weights; the gazetteer
 * ('stem\tclasses' lines). Loading needs no per-feature key string.
 */
const FORMAT = 'marsad-ner/2';

interface Header {
  format: typeof FORMAT;
  types: string[];
  tags: string[];
  scale: number;
  transitions: number[];
  start: number[];
  templates: string[];
  rows: number;
  strings: number;
  aliases: number;
  nonZero: number;
  bytes: { strings: number; lexicon: number };
  meta: Record<string, unknown>;
}

const pad4 = (n: number): number => (n + 3) & ~3;

/** Serialises a model to the compact gzipped binary format (deterministic: same model, same bytes). */
export function toModelFile(model: NerModel): Buffer {
  const T = model.tags.length;
  if (T > 16) throw new MarsadError('E_DATA', 'NER model file supports at most 16 tags');
  if (model.features.size === 0) throw new MarsadError('E_DATA', 'NER model has no features');
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = model.scale ?? (max > 0 ? max / 32767 : 1);
  const { templates, strings, entries } = toFeatureParts(model.features);
  // The first quadruple of a row (its first '|' split) places it; later ones are aliases.
  const rowCount = model.features.size;
  const primary = new Int32Array(rowCount).fill(-1);
  const aliasList: number[] = [];
  for (let e = 0; e < entries.length; e += 4) {
    const row = entries[e + 3] as number;
    if ((primary[row] as number) < 0) primary[row] = e;
    else aliasList.push(e);
  }
  const order = Array.from(primary, (e, row) => {
    if (e < 0) throw new MarsadError('E_DATA', `NER model row ${row} has no feature key`);
    return row;
  }).sort((x, y) => {
    const ex = primary[x] as number;
    const ey = primary[y] as number;
    for (const k of [1, 2, 0]) {
      const d = (entries[ex + k] as number) - (entries[ey + k] as number);
      if (d !== 0) return d;
    }
    return 0;
  });
  const newRow = new Int32Array(rowCount);
  order.forEach((row, i) => (newRow[row] = i));
  const valueDelta = new Int32Array(rowCount);
  const second = new Int32Array(rowCount);
  const template = new Uint8Array(rowCount);
  let lastA = -1;
  order.forEach((row, i) => {
    const e = primary[row] as number;
    const a = entries[e + 1] as number;
    valueDelta[i] = a - lastA;
    second[i] = (entries[e + 2] as number) + 1;
    template[i] = entries[e] as number;
    lastA = a;
  });
  const aliases = new Int32Array(aliasList.length * 4);
  aliasList.forEach((e, i) => {
    aliases.set(entries.subarray(e, e + 3), i * 4);
    aliases[i * 4 + 3] = newRow[entries[e + 3] as number] as number;
  });
  const masks = new Uint16Array(rowCount);
  const values: number[] = [];
  order.forEach((row, i) => {
    let m = 0;
    for (let t = 0; t < T; t++) {
      const q = Math.round((model.weights[row * T + t] ?? 0) / scale);
      if (q !== 0) {
        m |= 1 << t;
        values.push(Math.max(-32768, Math.min(32767, q)));
      }
    }
    masks[i] = m;
  });
  const stringBytes = Buffer.from(strings.join('\n'), 'utf8');
  const lexiconBytes = Buffer.from([...model.lexicon].map(([k, v]) => `${k}\t${v}`).join('\n'), 'utf8');
  const header: Header = {
    format: FORMAT,
    types: model.types,
    tags: model.tags,
    scale,
    transitions: Array.from(model.transitions, (v) => Math.round(v * 1e4) / 1e4),
    start: Array.from(model.start, (v) => Math.round(v * 1e4) / 1e4),
    templates,
    rows: rowCount,
    strings: strings.length,
    aliases: aliasList.length,
    nonZero: values.length,
    bytes: { strings: stringBytes.length, lexicon: lexiconBytes.length },
    meta: model.meta,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const parts = [headerBytes, stringBytes, valueDelta, second, template, aliases, masks, Int16Array.from(values), lexiconBytes];
  const total = 4 + parts.reduce((n, p) => n + pad4(p.byteLength), 0);
  const out = Buffer.alloc(total);
  out.writeUInt32LE(headerBytes.length, 0);
  let at = 4;
  for (const p of parts) {
    out.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at);
    at += pad4(p.byteLength);
  }
  return gzipSync(out, { level: 9 });
}

/** Parses the gzipped binary model format; any damage is an E_DATA error naming `origin`. */
export function parseModelFile(bytes: Buffer, origin = 'model'): NerModel {
  try {
    return readModel(bytes, origin);
  } catch (cause) {
    if (cause instanceof MarsadError) throw cause;
    throw new MarsadError('E_DATA', `inconsistent NER model ${origin}`, { cause, origin });
  }
}

function readModel(bytes: Buffer, origin: string): NerModel {
  const bad = (why: string, cause?: unknown): MarsadError =>
    new MarsadError('E_DATA', `${why} NER model ${origin}`, cause === undefined ? { origin } : { cause, origin });
  let buf: Buffer;
  let header: Header;
  try {
    buf = gunzipSync(bytes);
    const length = buf.readUInt32LE(0);
    header = JSON.parse(buf.toString('utf8', 4, 4 + length)) as Header;
    if (header.format !== FORMAT) throw bad('unknown format of');
  } catch (cause) {
    if (cause instanceof MarsadError) throw cause;
    throw bad('unreadable', cause);
  }
  const T = header.tags.length;
  const rows = header.rows;
  let at = 4 + pad4(buf.readUInt32LE(0));
  const take = (byteLength: number): Buffer => {
    if (at + byteLength > buf.length) throw bad('truncated');
    const part = buf.subarray(at, at + byteLength);
    at += pad4(byteLength);
    return part;
  };
  // Copies keep typed arrays aligned whatever the Buffer's offset in its pool.
  const ints = (count: number): Int32Array => new Int32Array(Uint8Array.from(take(count * 4)).buffer);
  const stringText = take(header.bytes.strings).toString('utf8');
  const strings = header.strings > 0 ? stringText.split('\n') : [];
  const valueDelta = ints(rows);
  const second = ints(rows);
  const template = take(rows);
  const aliases = ints(header.aliases * 4);
  const masks = new Uint16Array(Uint8Array.from(take(rows * 2)).buffer);
  const values = new Int16Array(Uint8Array.from(take(header.nonZero * 2)).buffer);
  const lexiconText = take(header.bytes.lexicon).toString('utf8');
  if (strings.length !== header.strings || header.transitions.length !== T * T ) {
    throw bad('inconsistent');
  }
  const entries = new Int32Array(rows * 4 + aliases.length);
  let a = -1;
  for (let row = 0; row < rows; row++) {
    if ((template[row] as number) >= header.templates.length) throw bad('inconsistent');
    a += valueDelta[row] as number;
    entries[row * 4] = template[row] as number;
    entries[row * 4 + 1] = a;
    entries[row * 4 + 2] = (second[row] as number) - 1;
    entries[row * 4 + 3] = row;
  }
  entries.set(aliases, rows * 4);
  const weights = new Float32Array(rows * T);
  let v = 0;
  for (let r = 0; r < rows; r++) {
    const m = masks[r] as number;
    for (let t = 0; m >> t; t++) if ((m >> t) & 1) weights[r * T + t] = (values[v++] as number) * header.scale;
  }
  if (v !== values.length) throw bad('inconsistent');
  const lexicon = new Map<string, string>();
  for (const line of lexiconText ? lexiconText.split('\n') : []) {
    const tab = line.indexOf('\t');
    if (tab > 0) lexicon.set(line.slice(0, tab), line.slice(tab + 1));
  }
  const features = new FeatureIndex(header.templates, strings, entries, rows);
  return {
    types: header.types,
    tags: header.tags,
    features,
    weights,
    scale: header.scale,
    transitions: Float32Array.from(header.transitions),
    start: Float32Array.from(header.start),
    lexicon,
    meta: header.meta,
  };
}
