import type { NormalizedText } from '../../types.js';
import type { NormalizeStep, TextStep, UnitStep } from './step.js';

const BMP = 0x10000;
const decoder = new TextDecoder('utf-16le');

/** A fused run of unit steps: `table[code]` is the replacement, or undefined when unchanged. */
type UnitTable = Array<string | undefined>;

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
  const table: UnitTable = new Array<string | undefined>(BMP);
  for (let code = 0; code < BMP; code++) {
    const r = applyUnitSteps(steps, code);
    if (r !== undefined) table[code] = r;
  }
  return table;
}

/** Applies a fused unit table in one pass, recording the original offset of every output unit. */
export function runUnitTable(table: UnitTable, input: string): NormalizedText {
  const n = input.length;
  let out: Uint16Array = new Uint16Array(n + 16);
  let offsets: Int32Array = new Int32Array(n + 17);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const code = input.charCodeAt(i);
    const r = table[code];
    if (r === undefined) {
      if (k >= out.length) [out, offsets] = grow(out, offsets);
      out[k] = code;
      offsets[k++] = i;
      continue;
    }
    for (let j = 0; j < r.length; j++) {
      if (k >= out.length) [out, offsets] = grow(out, offsets);
      out[k] = r.charCodeAt(j);
      offsets[k++] = i;
    }
  }
  if (k >= offsets.length) [out, offsets] = grow(out, offsets);
  offsets[k] = n;
  return { text: decoder.decode(out.subarray(0, k)), offsets: offsets.slice(0, k + 1) };
}

function grow(out: Uint16Array, offsets: Int32Array): [Uint16Array, Int32Array] {
  const bigger = new Uint16Array(out.length * 2 + 16);
  bigger.set(out);
  const biggerOffsets = new Int32Array(bigger.length + 1);
  biggerOffsets.set(offsets);
  return [bigger, biggerOffsets];
}

/** Composes two maps: `outer` offsets point into `inner.text`, whose offsets point into the original. */
export function chainMaps(inner: NormalizedText, outer: NormalizedText): NormalizedText {
  const offsets = new Int32Array(outer.offsets.length);
  for (let i = 0; i < outer.offsets.length; i++) offsets[i] = inner.offsets[outer.offsets[i] ?? 0] ?? 0;
  return { text: outer.text, offsets };
}

type Stage = { kind: 'table'; table: UnitTable } | TextStep;

/** Compiles an ordered step list into a function; consecutive unit steps share one table. */
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
    let current: NormalizedText | null = null;
    for (const stage of stages) {
      const source: string = current === null ? input : current.text;
      const next: NormalizedText = stage.kind === 'table' ? runUnitTable(stage.table, source) : stage.apply(source);
      current = current === null ? next : chainMaps(current, next);
    }
    return current ?? identityMap(input);
  };
}

/** The map of an unchanged text. */
export function identityMap(text: string): NormalizedText {
  const offsets = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) offsets[i] = i;
  return { text, offsets };
}
