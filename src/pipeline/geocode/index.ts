export { createPlaceFinder } from './find-places.js';
export { createGeocoder } from './geocoder.js';
export { findDocumentFocus, pickEventLocation, type DocumentFocus } from './pick-location.js';
