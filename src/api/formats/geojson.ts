import type { MarsadEvent } from '../../types.js';

export interface EventFeatureCollection {
  type: 'FeatureCollection';
  features: Array<{
    type: 'Feature';
    id: string;
    geometry: { type: 'Point'; coordinates: [number, number] };
    properties: MarsadEvent;
  }>;
  /** Events of the page left out because they have no coordinates. */
  omitted: number;
  next: string | null;
}

/** Events with coordinates as GeoJSON points ([lon, lat]); the rest are counted in `omitted`. */
export function toGeoJson(events: MarsadEvent[], next: string | null): EventFeatureCollection {
  const features: EventFeatureCollection['features'] = [];
  for (const e of events) {
    const lat = e.location?.lat;
    const lon = e.location?.lon;
    if (typeof lat !== 'number' || typeof lon !== 'number') continue;
    features.push({ type: 'Feature', id: e.id, geometry: { type: 'Point', coordinates: [lon, lat] }, properties: e });
  }
  return { type: 'FeatureCollection', features, omitted: events.length - features.length, next };
}
