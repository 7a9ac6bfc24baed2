export { LaneCursor, type ParamMapping } from './laneCursor';
export {
  audibleTracks,
  type MixRender,
  type RenderError,
  type RenderMixOptions,
  renderMix,
} from './renderMix';
export type { Result } from './result';
export { arrayStemSource, type StemSource } from './stemSource';
export { createWav24Encoder, type Wav24Encoder, type Wav24EncoderOptions } from './wav24Encoder';
