export { createApp } from './app.js';
export { startServer } from './server.js';
export { hashToken } from './auth.js';
export { createOpenApiDocument, ROUTES } from './openapi.js';
export { toAcledCsv, toCsvCell, ACLED_COLUMNS } from './formats/csv.js';
export { toGeoJson } from './formats/geojson.js';
export { toPloverJsonl, toPloverRecord } from './formats/plover.js';
export type { ApiOptions, IngestFn, IngestResult } from './options.js';
