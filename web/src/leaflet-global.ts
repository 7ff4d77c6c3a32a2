import L from 'leaflet';

// leaflet.markercluster extends the global `L`: expose it before that plugin is evaluated.
(globalThis as unknown as { L: typeof L }).L = L;

export default L;
