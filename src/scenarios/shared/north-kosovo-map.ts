import type { MapLabel, ScenarioMap } from '../../sim/types';

// Northern Kosovo as approximate WGS84 coordinates (facts.md §3). Data only:
// the map in src/ui draws whatever is here; the names are `map.*` messages.
// Shared: every crisis of the north is played on the same ground (seats,
// outlines, rivers, roads, crossings), so the scenarios take this one map. Its
// danger marks name flags both scenarios set; a scenario with other flags
// would spread the map and give its own `dangers`.
//
// Geography notes: the Ibar/Ibër leaves Gazivode/Ujman lake eastwards past
// Zubin Potok to Mitrovica, turns sharply north there and flows past Zvečan
// and Leposavić into central Serbia near Jarinje. Municipal outlines are
// schematic (shapes and areas roughly right, borders simplified).

/** A one-line label, plain, to the left of its point. */
const leftOf = (dx: number, dy: number): MapLabel => ({ first: { dx, dy, ox: 1, oy: 0.5, look: 'plain' } });

export const northKosovoMap: ScenarioMap = {
  // Equirectangular around 43.05° N (1° lon ≈ 0.731° lat there).
  projection: { north: 43.27, west: 20.47, pxPerLat: 1040, refLat: 43.05, left: 44 },

  // Seats of the municipalities (where the building is).
  seats: {
    'north-mitrovica': [42.897, 20.872],
    zvecan: [42.907, 20.84],
    leposavic: [43.1, 20.8],
    'zubin-potok': [42.917, 20.68],
  },
  // Both names of each seat; North Mitrovica's on two lines.
  seatLabels: {
    leposavic: { first: { dx: 13, dy: 0, ox: 0, oy: 0.5, look: 'bold' } },
    zvecan: { first: { dx: 0, dy: -12, ox: 0.5, oy: 1, look: 'bold' } },
    'zubin-potok': { first: { dx: -4, dy: 36, ox: 0.5, oy: 0, look: 'bold' }, leader: [0, 9, -4, 36] },
    'north-mitrovica': {
      first: { dx: 11, dy: -8, ox: 0, oy: 0.5, look: 'bold' },
      second: { dx: 11, dy: 9, ox: 0, oy: 0.5, look: 'bold' },
    },
  },

  // Schematic municipal outlines.
  outlines: {
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
  },

  // The line with central Serbia, west → north → east.
  boundary: [
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
  ],

  rivers: [
    {
      // The Ibar/Ibër: from the lake east to Mitrovica, then north into central Serbia.
      id: 'ibar',
      line: [
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
      ],
      labelAt: [43.04, 20.835],
      label: { first: { dx: 8, dy: 0, ox: 0, oy: 0.5, look: 'water' } },
    },
  ],

  lakes: [
    {
      // Gazivode/Ujman lake: centre line (west → dam) and half-widths in px.
      id: 'gazivode',
      centre: [
        [42.986, 20.512],
        [42.975, 20.54],
        [42.963, 20.565],
        [42.952, 20.59],
        [42.944, 20.608],
        [42.937, 20.623],
      ],
      halfWidths: [4, 7, 9, 8, 6, 2],
      labelAt: [42.99, 20.585],
      label: {
        first: { dx: 0, dy: -14, ox: 0.5, oy: 1, look: 'water' },
        second: { dx: 0, dy: 1, ox: 0.5, oy: 1, look: 'water' },
      },
    },
  ],

  roads: [
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
  ],

  landmarks: [
    {
      // The main bridge in Mitrovica.
      id: 'main-bridge',
      at: [42.892, 20.866],
      kind: 'bridge',
      label: {
        first: { dx: 54, dy: 17, ox: 0.5, oy: 0, look: 'bold' },
        second: { dx: 54, dy: 34, ox: 0.5, oy: 0, look: 'muted' },
        leader: [2, 7, 38, 18],
      },
    },
    // Crossing points on the line.
    { id: 'jarinje', at: [43.22, 20.69], kind: 'crossing', label: leftOf(-12, -14) },
    { id: 'brnjak', at: [42.93, 20.57], kind: 'crossing', label: leftOf(-11, 0) },
    // Banjska: a village, not a municipality.
    { id: 'banjska', at: [42.97, 20.78], kind: 'village', label: leftOf(-9, 0) },
  ],

  // Outside the line (named neutrally, facts.md §5).
  outside: [
    { id: 'serbia', x: 62, y: 170 },
    { id: 'serbia', x: 446, y: 300 },
  ],

  // The cards top to bottom: north to south.
  cardOrder: ['leposavic', 'zubin-potok', 'zvecan', 'north-mitrovica'],

  // What the map marks as the crisis grows (words: map.marker.<id>).
  dangers: {
    flags: [
      // Barricades on the roads to the two crossing points (facts.md: Dec 2022, "Block the roads to the crossings").
      { id: 'barricades-jarinje', flag: 'barricadesUp', kind: 'barricade', at: [43.17, 20.757] },
      { id: 'barricades-brnjak', flag: 'barricadesUp', kind: 'barricade', at: [42.927, 20.635] },
      // The crossing points themselves, closed.
      { id: 'closed-jarinje', flag: 'crossingsClosed', kind: 'closed-crossing', at: [43.22, 20.69] },
      { id: 'closed-brnjak', flag: 'crossingsClosed', kind: 'closed-crossing', at: [42.93, 20.57] },
      // Serbian army units moved toward the line (26 May 2023), drawn on the far side of it.
      { id: 'troops-north', flag: 'troopsAtLine', kind: 'troops', at: [43.254, 20.62] },
      { id: 'troops-east', flag: 'troopsAtLine', kind: 'troops', at: [43.03, 20.99] },
    ],
    crowdsAtUnrest: 60,
    // Beside each seat, clear of the names (Zvečan's and North Mitrovica's seats are close).
    spots: {
      leposavic: [-22, 0],
      'zubin-potok': [-24, 14],
      zvecan: [-24, 14],
      'north-mitrovica': [-10, 30],
    },
  },
};
