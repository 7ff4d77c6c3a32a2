import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

let validator: ValidateFunction | undefined;

/** The project's own event contract (contract/event.schema.json) as a compiled validator. */
export function eventValidator(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(readFileSync(new URL('../../contract/event.schema.json', import.meta.url), 'utf8')) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    validator = ajv.compile(schema);
  }
  return validator;
}

/** Throws with ajv's messages when an event is not schema-valid. */
export function assertValidEvent(event: unknown): void {
  const validate = eventValidator();
  if (!validate(event)) throw new Error(`invalid event: ${JSON.stringify(validate.errors, null, 1)}`);
}
