import type { NormalizedText } from '../../types.js';

/**
 * A per-unit normalisation step: maps one UTF-16 code unit to its replacement,
 * '' to drop it, or null to leave it unchanged. Unit steps compose into one lookup table.
 */
export interface UnitStep {
  kind: 'unit';
  name: string;
  apply(code: number): string | null;
}

/**
 * Text being normalised, as code units: `units[0, length)`, and `offsets[i]` the ORIGINAL offset of unit i
 * (`offsets[length]` is the original length). Steps may write in place when they never lengthen the text.
 */
export interface UnitBuffer {
  units: Uint16Array;
  offsets: Int32Array;
  length: number;
}

/** A contextual step over the whole text; its `offsets` point into its own input. */
export interface TextStep {
  kind: 'text';
  name: string;
  apply(input: string): NormalizedText;
  /** Optional fast path, same result as `apply`, over a buffer whose offsets are carried through unchanged. */
  applyUnits?(input: UnitBuffer): UnitBuffer;
}

export type NormalizeStep = UnitStep | TextStep;

/** Identity helper for declaring steps with checked shapes. */
export function defineStep<S extends NormalizeStep>(step: S): S {
  return step;
}
