export {
  createPlayer,
  type LoopRange,
  type MeterLevels,
  type Player,
  type PlayerOptions,
} from './createPlayer';
export { MixGraph, type MixGraphOptions } from './mixGraph';
export { renderOffline } from './renderOffline';
export { type AutomatableParam, type LaneMapping, type Placement, scheduleLane } from './scheduleLane';
export { asStemAudio, StemAudio, type StemInput, type StemSegment } from './stemAudio';
