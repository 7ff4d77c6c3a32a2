import type { MarsadEvent } from '../types.js';

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

export type EventFeature = EventFeatureCollection['features'][number];

/** One event as a GeoJSON point ([lon, lat]), or null when it has no coordinates. */
export function toFeature(e: MarsadEvent): EventFeature | null {
  const lat = e.location?.lat;
  const lon = e.location?.lon;
  if (typeof lat !== 'number' || typeof lon !== 'number') return null;
  return { type: 'Feature', id: e.id, geometry: { type: 'Point', coordinates: [lon, lat] }, properties: e };
}

/** Events with coordinates as GeoJSON points; the rest are counted in `omitted`. */
export function toGeoJson(events: MarsadEvent[], next: string | null): EventFeatureCollection {
  const features = events.map(toFeature).filter((f): f is EventFeature => f !== null);
  return { type: 'FeatureCollection', features, omitted: events.length - features.length, next };
}
