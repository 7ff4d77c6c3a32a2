export { createApp } from './app.js';
export { startServer } from './server.js';
export { hashToken } from './auth.js';
export { createOpenApiDocument, ROUTES } from './openapi.js';
export { toAcledCsv, toCsvCell, ACLED_COLUMNS } from '../export/acled-csv.js';
export { toGeoJson } from '../export/geojson.js';
export { toPloverJsonl, toPloverRecord } from '../export/plover.js';
export type { ApiOptions, IngestFn, IngestResult } from './options.js';
