import L from './leaflet-global.js';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import { addBasemap } from './basemap.js';
import type { MarsadEvent } from './api.js';
import { typeColor } from './colors.js';
import { h } from './dom.js';
import { formatNumber, typeName } from './i18n.js';

export interface EventMap {
  setEvents(events: MarsadEvent[]): number;
  select(id: string | null): void;
  resize(): void;
}

/** Marker radius grows with the square root of fatalities, capped so big events do not hide the rest. */
export function toRadius(fatalities: number | null | undefined): number {
  const n = Math.max(0, fatalities ?? 0);
  return Math.min(20, 5 + 2.2 * Math.sqrt(n));
}

function clusterIcon(cluster: L.MarkerCluster): L.DivIcon {
  const count = cluster.getChildCount();
  const size = count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 44 : 52;
  const el = h('div', { class: 'cluster-inner' }, h('span', {}, formatNumber(count)));
  return L.divIcon({ html: el, className: 'event-cluster', iconSize: L.point(size, size) });
}

function tooltipFor(e: MarsadEvent): HTMLElement {
  const place = e.location?.name ?? '';
  return h('div', { class: 'tip' },
    h('strong', {}, typeName(e.type)), ' ', e.date.value ?? '', place ? ` · ${place}` : '');
}

/** The Leaflet map with the offline basemap and clustered circle markers; `onSelect` gets an event id. */
export function createEventMap(container: HTMLElement, onSelect: (id: string) => void): EventMap {
  const map = L.map(container, { preferCanvas: true, worldCopyJump: true, zoomSnap: 0.5, minZoom: 2, maxZoom: 14 });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Natural Earth');
  map.setView([28, 30], 4);
  void addBasemap(map);
  const renderer = L.canvas({ padding: 0.5 });
  const clusters = L.markerClusterGroup({
    chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 45, disableClusteringAtZoom: 10,
    iconCreateFunction: clusterIcon,
  });
  map.addLayer(clusters);
  const markers = new Map<string, L.CircleMarker>();
  let selected: string | null = null;

  const styleFor = (e: MarsadEvent, isSelected: boolean): L.CircleMarkerOptions => ({
    renderer, radius: toRadius(e.fatalities?.min), color: isSelected ? '#111' : '#ffffff', weight: isSelected ? 3 : 1,
    fillColor: typeColor(e.type), fillOpacity: 0.85,
  });

  return {
    setEvents(events) {
      clusters.clearLayers();
      markers.clear();
      const layers: L.CircleMarker[] = [];
      const bounds: L.LatLngExpression[] = [];
      for (const e of events) {
        const lat = e.location?.lat;
        const lon = e.location?.lon;
        if (typeof lat !== 'number' || typeof lon !== 'number') continue;
        const m = L.circleMarker([lat, lon], styleFor(e, e.id === selected));
        m.bindTooltip(() => tooltipFor(e), { direction: 'top' });
        m.on('click', () => onSelect(e.id));
        (m as L.CircleMarker & { eventId?: string }).eventId = e.id;
        markers.set(e.id, m);
        layers.push(m);
        bounds.push([lat, lon]);
      }
      clusters.addLayers(layers);
      if (bounds.length > 0) map.fitBounds(L.latLngBounds(bounds), { padding: [30, 30], maxZoom: 7 });
      container.dataset.markers = String(layers.length);
      return events.length - layers.length;
    },
    select(id) {
      const before = selected ? markers.get(selected) : undefined;
      selected = id;
      const after = id ? markers.get(id) : undefined;
      if (before) before.setStyle({ color: '#ffffff', weight: 1 });
      if (after) {
        after.setStyle({ color: '#111', weight: 3 });
        clusters.zoomToShowLayer(after, () => after.bringToFront());
      }
    },
    resize() {
      map.invalidateSize();
    },
  };
}
