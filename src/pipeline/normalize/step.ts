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

/** A contextual step over the whole text; its `offsets` point into its own input. */
export interface TextStep {
  kind: 'text';
  name: string;
  apply(input: string): NormalizedText;
}

export type NormalizeStep = UnitStep | TextStep;

/** Identity helper for declaring steps with checked shapes. */
export function defineStep<S extends NormalizeStep>(step: S): S {
  return step;
}
