import type { FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import L from './leaflet-global.js';
import { loadAdmin1 } from './api.js';

/** The first object of a TopoJSON topology as GeoJSON features. */
function toFeatures(topology: Topology): FeatureCollection<Geometry> | null {
  const name = Object.keys(topology.objects)[0];
  const object = name ? topology.objects[name] : undefined;
  if (!object) return null;
  const result = feature(topology, object);
  return result.type === 'FeatureCollection' ? result : { type: 'FeatureCollection', features: [result] };
}

/**
 * Draws the offline basemap: Natural Earth countries (world-atlas, bundled with the app) and,
 * when the server has them, admin-1 boundaries. No tile server is contacted.
 */
export async function addBasemap(map: L.Map): Promise<void> {
  // Its own pane below the overlay pane: the basemap arrives after the markers and must stay under them.
  const pane = map.createPane('basemap');
  pane.style.zIndex = '250';
  // GeoJSONOptions' typings omit the Path `renderer` option that Leaflet passes through.
  const withRenderer = { renderer: L.canvas({ pane: 'basemap', padding: 0.5 }) } as L.GeoJSONOptions;
  const res = await fetch(countriesUrl);
  const countries = toFeatures((await res.json()) as Topology);
  if (countries) {
    L.geoJSON(countries, {
      interactive: false,
      ...withRenderer,
      style: { color: '#8d99a6', weight: 0.8, fillColor: '#f4f1ea', fillOpacity: 1 },
    }).addTo(map);
  }
  try {
    const admin1 = await loadAdmin1();
    const features = admin1 ? toFeatures(admin1 as Topology) : null;
    if (features) {
      L.geoJSON(features, { interactive: false, ...withRenderer, style: { color: '#b0b8c1', weight: 0.5, dashArray: '2 3', fill: false } }).addTo(map);
    }
  } catch {
    // admin-1 is an optional layer
  }
}
