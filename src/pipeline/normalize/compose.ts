import type { NormalizedText } from '../../types.js';
import type { NormalizeStep, TextStep, UnitBuffer, UnitStep } from './step.js';

const BMP = 0x10000;
const decoder = new TextDecoder('utf-16le');

const DROP = -1;
const MULTI = -2;

/**
 * A fused run of unit steps: `codes[c]` is the replacement unit of c (c itself when unchanged), DROP, or MULTI
 * with the replacement string in `multi[c]`.
 */
export interface UnitTable {
  codes: Int32Array;
  multi: Map<number, string>;
}

function applyUnitSteps(steps: UnitStep[], code: number): string | undefined {
  let current = String.fromCharCode(code);
  let changed = false;
  for (const step of steps) {
    let next = '';
    let stepChanged = false;
    for (let i = 0; i < current.length; i++) {
      const r = step.apply(current.charCodeAt(i));
      if (r === null) next += current[i];
      else {
        next += r;
        stepChanged = true;
      }
    }
    if (stepChanged) {
      current = next;
      changed = true;
    }
  }
  return changed ? current : undefined;
}

/** Builds the lookup table for a run of unit steps (once per pipeline). */
export function createUnitTable(steps: UnitStep[]): UnitTable {
  const codes = new Int32Array(BMP);
  const multi = new Map<number, string>();
  for (let code = 0; code < BMP; code++) {
    const r = applyUnitSteps(steps, code);
    if (r === undefined) codes[code] = code;
    else if (r.length === 0) codes[code] = DROP;
    else if (r.length === 1) codes[code] = r.charCodeAt(0);
    else {
      codes[code] = MULTI;
      multi.set(code, r);
    }
  }
  return { codes, multi };
}

function grow(buffer: UnitBuffer): void {
  const units = new Uint16Array(buffer.units.length * 2 + 16);
  units.set(buffer.units);
  const offsets = new Int32Array(units.length + 1);
  offsets.set(buffer.offsets);
  buffer.units = units;
  buffer.offsets = offsets;
}

function emptyBuffer(length: number): UnitBuffer {
  return { units: new Uint16Array(length + 16), offsets: new Int32Array(length + 17), length: 0 };
}

/**
 * The first stage writes into a reused buffer (texts up to SCRATCH_MAX units): the result is copied out when the
 * pipeline ends, before any other call can run, so per-article allocation and zero-filling are saved.
 */
const SCRATCH_MAX = 1 << 20;
let scratch: UnitBuffer = emptyBuffer(1 << 12);

function scratchBuffer(length: number): UnitBuffer {
  if (length + 16 > SCRATCH_MAX) return emptyBuffer(length);
  if (scratch.units.length < length + 16) scratch = emptyBuffer(Math.max(length, 2 * scratch.units.length));
  scratch.length = 0;
  return scratch;
}

/** Appends the replacement `r` (a unit, DROP or MULTI) of `code` at original offset `offset`. */
function append(out: UnitBuffer, table: UnitTable, code: number, r: number, offset: number): void {
  if (r === DROP) return;
  const s = r === MULTI ? (table.multi.get(code) as string) : String.fromCharCode(r);
  for (let j = 0; j < s.length; j++) {
    if (out.length >= out.units.length) grow(out);
    out.units[out.length] = s.charCodeAt(j);
    out.offsets[out.length++] = offset;
  }
}

/** Applies a table to a string in one pass, recording the original offset of every output unit. */
function tableFromString(table: UnitTable, input: string): UnitBuffer {
  const codes = table.codes;
  const n = input.length;
  const out = scratchBuffer(n);
  let { units, offsets } = out;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const code = input.charCodeAt(i);
    const r = codes[code] as number;
    if (r >= 0 && k < units.length) {
      units[k] = r;
      offsets[k++] = i;
      continue;
    }
    out.length = k;
    append(out, table, code, r, i);
    ({ units, offsets, length: k } = out);
  }
  out.length = k;
  if (k >= out.offsets.length - 1) grow(out);
  out.offsets[k] = n;
  return out;
}

/** The same over a buffer whose offsets are already original offsets. */
function tableFromBuffer(table: UnitTable, input: UnitBuffer): UnitBuffer {
  const codes = table.codes;
  const out = emptyBuffer(input.length);
  for (let i = 0; i < input.length; i++) {
    const code = input.units[i] as number;
    append(out, table, code, codes[code] as number, input.offsets[i] as number);
  }
  if (out.length >= out.offsets.length - 1) grow(out);
  out.offsets[out.length] = input.offsets[input.length] as number;
  return out;
}

function toNormalizedText(buffer: UnitBuffer): NormalizedText {
  return { text: decoder.decode(buffer.units.subarray(0, buffer.length)), offsets: buffer.offsets.slice(0, buffer.length + 1) };
}

/** Applies a fused unit table in one pass, recording the original offset of every output unit. */
export function runUnitTable(table: UnitTable, input: string): NormalizedText {
  return toNormalizedText(tableFromString(table, input));
}

/** Composes two maps: `outer` offsets point into `inner.text`, whose offsets point into the original. */
export function chainMaps(inner: NormalizedText, outer: NormalizedText): NormalizedText {
  const offsets = new Int32Array(outer.offsets.length);
  for (let i = 0; i < outer.offsets.length; i++) offsets[i] = inner.offsets[outer.offsets[i] ?? 0] ?? 0;
  return { text: outer.text, offsets };
}

function toBuffer(map: NormalizedText): UnitBuffer {
  const n = map.text.length;
  const units = new Uint16Array(n);
  for (let i = 0; i < n; i++) units[i] = map.text.charCodeAt(i);
  return { units, offsets: map.offsets.slice(), length: n };
}

type Stage = { kind: 'table'; table: UnitTable } | TextStep;

/**
 * Compiles an ordered step list into a function; consecutive unit steps share one table. The text stays an array of
 * code units carrying original offsets from step to step and is decoded once; a text step without a unit fast path
 * works on a decoded string and its map is chained.
 */
export function composeSteps(steps: NormalizeStep[]): (input: string) => NormalizedText {
  const stages: Stage[] = [];
  let run: UnitStep[] = [];
  const flush = (): void => {
    if (run.length > 0) stages.push({ kind: 'table', table: createUnitTable(run) });
    run = [];
  };
  for (const step of steps) {
    if (step.kind === 'unit') run.push(step);
    else {
      flush();
      stages.push(step);
    }
  }
  flush();
  return (input) => {
    let buffer: UnitBuffer | null = null;
    for (const stage of stages) {
      if (stage.kind === 'table') {
        buffer = buffer === null ? tableFromString(stage.table, input) : tableFromBuffer(stage.table, buffer);
      } else if (stage.applyUnits !== undefined) {
        buffer = stage.applyUnits(buffer ?? toBuffer(identityMap(input)));
      } else {
        const inner = buffer === null ? identityMap(input) : toNormalizedText(buffer);
        buffer = toBuffer(chainMaps(inner, stage.apply(inner.text)));
      }
    }
    return buffer === null ? identityMap(input) : toNormalizedText(buffer);
  };
}

/** The map of an unchanged text. */
export function identityMap(text: string): NormalizedText {
  const offsets = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) offsets[i] = i;
  return { text, offsets };
}
