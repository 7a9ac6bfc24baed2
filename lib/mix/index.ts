// Public surface of the mix model. Import from '@/lib/mix' outside pure folders.
export * from './applyMixState';
export * from './codec';
export * from './constants';
export * from './createMixUndoManager';
export * from './describeChange';
export * from './diffMix';
export * from './format';
export * from './initMixDocument';
export {
  eqLaneTargets,
  isAutomationTarget,
  type LaneRange,
  laneRange,
  type ParsedTarget,
  parseTarget,
} from './laneRange';
export { readEq, readLane, readMix, readTrack } from './readMix';
export * from './result';
export * from './types';
export { checkBreakpoint } from './validate';
export { valueAt } from './valueAt';
export * from './writeAutomation';
export * from './writeEq';
export * from './writeMarkers';
export * from './writeMaster';
export * from './writeTrack';
