import { relationKey } from '../../sim/relations';

// Starting relations, -100 (hostile) .. 100 (close). Unlisted pairs start at 0.
// Each scenario keeps its own (not in ../shared/): relations move with events
// (north-2023/lengths.ts sets other values for 23 May 2023), so these are the
// standing at this crisis's start, even where two crises agree today.
const pairs: [string, string, number][] = [
  ['serbia', 'kosovo', -50],
  ['serbia', 'serbs', 70],
  ['serbia', 'kfor', 10],
  ['serbia', 'eu', 20],
  ['serbia', 'usa', 0],
  ['serbia', 'russia', 55],
  ['serbia', 'china', 60],
  ['kosovo', 'serbs', -30],
  ['kosovo', 'kfor', 40],
  ['kosovo', 'eu', 30],
  ['kosovo', 'usa', 60],
  ['kosovo', 'russia', -50],
  ['kosovo', 'china', -30],
  ['serbs', 'kfor', 20],
  ['serbs', 'eu', 0],
  ['serbs', 'usa', -10],
  ['serbs', 'russia', 30],
  ['kfor', 'eu', 40],
  ['kfor', 'usa', 60],
  ['kfor', 'russia', -20],
  ['eu', 'usa', 60],
  ['eu', 'russia', -50],
  ['eu', 'china', 10],
  ['usa', 'russia', -60],
  ['usa', 'china', -30],
  ['russia', 'china', 50],
];

export const startRelations: Readonly<Record<string, number>> = Object.fromEntries(pairs.map(([a, b, v]) => [relationKey(a, b), v]));
