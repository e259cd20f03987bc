import type { ScenarioMap } from '../../sim/types';
import { northKosovoMap } from '../shared/north-kosovo-map';

// North 2023 is played on the shared map of northern Kosovo.
export const north2023Map: ScenarioMap = northKosovoMap;
