/** Point-in-polygon over GeoJSON (Multi)Polygons, with a nearest-polygon fallback for coastal points. */

type Ring = number[][];
interface Feature {
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown } | null;
}

export interface RegionShape {
  properties: Record<string, unknown>;
  polygons: Ring[][];
  bbox: [number, number, number, number];
}

export function toRegionShapes(features: Feature[]): RegionShape[] {
  const out: RegionShape[] = [];
  for (const f of features) {
    if (!f.geometry) continue;
    const polys = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as Ring[][];
    const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const poly of polys)
      for (const ring of poly)
        for (const [x, y] of ring as [number, number][]) {
          bbox[0] = Math.min(bbox[0], x); bbox[1] = Math.min(bbox[1], y);
          bbox[2] = Math.max(bbox[2], x); bbox[3] = Math.max(bbox[3], y);
        }
    out.push({ properties: f.properties, polygons: polys, bbox });
  }
  return out;
}

function inRing(ring: Ring, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function contains(shape: RegionShape, x: number, y: number): boolean {
  const [x0, y0, x1, y1] = shape.bbox;
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  return shape.polygons.some((poly) => poly[0] !== undefined && inRing(poly[0], x, y) && !poly.slice(1).some((h) => inRing(h, x, y)));
}

function vertexDistance(shape: RegionShape, x: number, y: number): number {
  let best = Infinity;
  for (const poly of shape.polygons)
    for (const ring of poly)
      for (const [px = 0, py = 0] of ring) best = Math.min(best, (px - x) ** 2 + (py - y) ** 2);
  return best;
}

/** The region containing the point, else the nearest one within `maxDegrees` (restricted to `country` when given). */
export function findRegion(shapes: RegionShape[], lon: number, lat: number, country: string | null, maxDegrees = 0.5): RegionShape | null {
  const pool = country ? shapes.filter((s) => s.properties['cc'] === country) : shapes;
  const hit = pool.find((s) => contains(s, lon, lat));
  if (hit) return hit;
  let best: RegionShape | null = null;
  let bestD = maxDegrees * maxDegrees;
  for (const s of pool) {
    const [x0, y0, x1, y1] = s.bbox;
    if (lon < x0 - maxDegrees || lon > x1 + maxDegrees || lat < y0 - maxDegrees || lat > y1 + maxDegrees) continue;
    const d = vertexDistance(s, lon, lat);
    if (d < bestD) { bestD = d; best = s; }
  }
  return best;
}
