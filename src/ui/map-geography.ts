// Northern Kosovo as approximate WGS84 coordinates (facts.md §3) and the
// projection that turns them into map pixels. Data only, so the drawing
// layers share one set of places.
//
// Geography notes: the Ibar/Ibër leaves Gazivode/Ujman lake eastwards past
// Zubin Potok to Mitrovica, turns sharply north there and flows past Zvečan
// and Leposavić into central Serbia near Jarinje. Municipal outlines are
// schematic (shapes and areas roughly right, borders simplified).

import type { MunicipalityId } from '../sim/types';

type LatLon = readonly [number, number];

/** A map-local pixel position. */
export interface Point {
  x: number;
  y: number;
}

// ---------------------------------------------------------------------------
// Projection: equirectangular around 43.05° N (1° lon ≈ 0.731° lat there).
// ---------------------------------------------------------------------------

const NORTH = 43.27;
const WEST = 20.47;
const PX_PER_LAT = 1040;
export const PX_PER_LON = PX_PER_LAT * Math.cos((43.05 * Math.PI) / 180);
/** Left edge of the geography inside the map frame. */
const GEO_X0 = 44;

/** Map-local pixel position of a latitude/longitude. */
export function project(lat: number, lon: number): Point {
  return { x: GEO_X0 + (lon - WEST) * PX_PER_LON, y: (NORTH - lat) * PX_PER_LAT };
}

/** Map-local pixel positions of a line or outline. */
export function pts(list: readonly LatLon[]): Point[] {
  return list.map(([lat, lon]) => project(lat, lon));
}

// ---------------------------------------------------------------------------
// Geography (approximate; see facts.md §3)
// ---------------------------------------------------------------------------

/** Seats of the municipalities (where the building is). */
export const SEAT: Record<MunicipalityId, LatLon> = {
  'north-mitrovica': [42.897, 20.872],
  zvecan: [42.907, 20.84],
  leposavic: [43.1, 20.8],
  'zubin-potok': [42.917, 20.68],
};

/** Schematic municipal outlines. */
export const OUTLINE: Record<MunicipalityId, LatLon[]> = {
  leposavic: [
    [43.03, 20.56],
    [43.1, 20.6],
    [43.17, 20.635],
    [43.22, 20.69],
    [43.255, 20.75],
    [43.245, 20.83],
    [43.19, 20.885],
    [43.12, 20.93],
    [43.05, 20.955],
    [42.98, 20.965],
    [42.965, 20.9],
    [42.995, 20.845],
    [42.99, 20.76],
    [42.99, 20.73],
    [43.0, 20.68],
    [42.99, 20.62],
  ],
  'zubin-potok': [
    [42.86, 20.545],
    [42.93, 20.57],
    [42.975, 20.545],
    [43.03, 20.56],
    [42.99, 20.62],
    [43.0, 20.68],
    [42.99, 20.73],
    [42.95, 20.73],
    [42.91, 20.745],
    [42.895, 20.765],
    [42.875, 20.76],
    [42.855, 20.71],
    [42.845, 20.64],
    [42.85, 20.58],
  ],
  zvecan: [
    [42.95, 20.73],
    [42.99, 20.73],
    [42.99, 20.76],
    [42.995, 20.845],
    [42.965, 20.9],
    [42.93, 20.905],
    [42.906, 20.895],
    [42.895, 20.886],
    [42.906, 20.879],
    [42.915, 20.862],
    [42.908, 20.848],
    [42.893, 20.846],
    [42.887, 20.82],
    [42.889, 20.79],
    [42.895, 20.765],
    [42.91, 20.745],
  ],
  'north-mitrovica': [
    [42.893, 20.846],
    [42.908, 20.848],
    [42.915, 20.862],
    [42.906, 20.879],
    [42.895, 20.886],
    [42.892, 20.866],
  ],
};

/** The line with central Serbia, west → north → east. */
export const BOUNDARY: LatLon[] = [
  [42.895, 20.556],
  [42.93, 20.57],
  [42.975, 20.545],
  [43.03, 20.56],
  [43.1, 20.6],
  [43.17, 20.635],
  [43.22, 20.69],
  [43.255, 20.75],
  [43.245, 20.83],
  [43.19, 20.885],
  [43.12, 20.93],
  [43.05, 20.955],
  [42.98, 20.965],
  [42.93, 20.99],
];

/** The Ibar/Ibër: from the lake east to Mitrovica, then north into central Serbia. */
export const IBAR: LatLon[] = [
  [42.937, 20.623],
  [42.928, 20.645],
  [42.917, 20.676],
  [42.905, 20.72],
  [42.895, 20.76],
  [42.888, 20.8],
  [42.887, 20.84],
  [42.892, 20.866],
  [42.896, 20.886],
  [42.906, 20.881],
  [42.918, 20.864],
  [42.94, 20.852],
  [42.975, 20.846],
  [43.03, 20.832],
  [43.07, 20.815],
  [43.1, 20.803],
  [43.15, 20.775],
  [43.19, 20.745],
  [43.21, 20.722],
  [43.245, 20.708],
  [43.27, 20.7],
];

/** Gazivode/Ujman lake: centre line (west → dam) and half-widths in px. */
export const LAKE_CENTRE: LatLon[] = [
  [42.986, 20.512],
  [42.975, 20.54],
  [42.963, 20.565],
  [42.952, 20.59],
  [42.944, 20.608],
  [42.937, 20.623],
];
export const LAKE_HALF_WIDTH = [4, 7, 9, 8, 6, 2];

export const ROADS: LatLon[][] = [
  // North Mitrovica – Zvečan – Leposavić – Jarinje
  [
    [42.897, 20.862],
    [42.907, 20.84],
    [42.94, 20.846],
    [42.975, 20.842],
    [43.03, 20.828],
    [43.1, 20.8],
    [43.15, 20.772],
    [43.19, 20.742],
    [43.22, 20.69],
  ],
  // Mitrovica – Zubin Potok – Brnjak
  [
    [42.89, 20.842],
    [42.897, 20.762],
    [42.907, 20.72],
    [42.917, 20.68],
    [42.927, 20.635],
    [42.932, 20.6],
    [42.93, 20.57],
  ],
];

export const BRIDGE: LatLon = [42.892, 20.866];
export const JARINJE: LatLon = [43.22, 20.69];
export const BRNJAK: LatLon = [42.93, 20.57];
export const BANJSKA: LatLon = [42.97, 20.78];
