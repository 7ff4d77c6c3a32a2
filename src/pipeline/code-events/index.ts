export { createEventCoder, type EventCoderInput, type EventCoderOptions } from './create-event-coder.js';
export type { ActorMatch, LocationPicker } from './types.js';
