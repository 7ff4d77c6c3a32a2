export { createQuantityFinder, type QuantityFinderOptions } from './create-quantity-finder.js';
export { parseNumberAt, type ParsedNumber } from './parse-number.js';
