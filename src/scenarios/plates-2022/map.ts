import type { ScenarioMap } from '../../sim/types';
import { northKosovoMap } from '../shared/north-kosovo-map';

// Plates 2022 is played on the shared map of northern Kosovo.
export const plates2022Map: ScenarioMap = northKosovoMap;
