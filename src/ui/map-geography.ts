// The projection that turns a scenario's map coordinates (scenario.map, data)
// into map pixels, so the drawing layers share one set of places.

import type { LatLon, MapProjection } from '../sim/types';

/** A map-local pixel position. */
export interface Point {
  x: number;
  y: number;
}

/** Pixels per degree of longitude at the projection's reference latitude. */
export const pxPerLon = (p: MapProjection): number => p.pxPerLat * Math.cos((p.refLat * Math.PI) / 180);

/** Map-local pixel position of a latitude/longitude (equirectangular). */
export function project(p: MapProjection, [lat, lon]: LatLon): Point {
  return { x: p.left + (lon - p.west) * pxPerLon(p), y: (p.north - lat) * p.pxPerLat };
}

/** Map-local pixel positions of a line or outline. */
export function pts(p: MapProjection, list: readonly LatLon[]): Point[] {
  return list.map((q) => project(p, q));
}
