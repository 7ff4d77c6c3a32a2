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

/**
 * Applies a table to `length` units read by `unitAt`, whose original offsets are given by `offsetAt`
 * (`offsetAt(length)` is the original length).
 */
function applyTable(
  table: UnitTable, length: number, unitAt: (i: number) => number, offsetAt: (i: number) => number,
): UnitBuffer {
  const { codes, multi } = table;
  const out: UnitBuffer = { units: new Uint16Array(length + 16), offsets: new Int32Array(length + 17), length: 0 };
  let k = 0;
  for (let i = 0; i < length; i++) {
    const r = codes[unitAt(i)] as number;
    if (r >= 0) {
      if (k >= out.units.length) grow(out);
      out.units[k] = r;
      out.offsets[k++] = offsetAt(i);
    } else if (r === MULTI) {
      const s = multi.get(unitAt(i)) as string;
      for (let j = 0; j < s.length; j++) {
        if (k >= out.units.length) grow(out);
        out.units[k] = s.charCodeAt(j);
        out.offsets[k++] = offsetAt(i);
      }
    }
  }
  if (k >= out.offsets.length) grow(out);
  out.offsets[k] = offsetAt(length);
  out.length = k;
  return out;
}

/** Applies a table to a string, in one pass, recording the original offset of every output unit. */
function tableFromString(table: UnitTable, input: string): UnitBuffer {
  return applyTable(table, input.length, (i) => input.charCodeAt(i), (i) => i);
}

function tableFromBuffer(table: UnitTable, input: UnitBuffer): UnitBuffer {
  const { units, offsets } = input;
  return applyTable(table, input.length, (i) => units[i] as number, (i) => offsets[i] as number);
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
