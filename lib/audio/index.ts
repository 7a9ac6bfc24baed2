/** Public surface of the pure audio layer: codecs, probing, loudness analysis and waveform peaks. */
export type { Analyser, AnalyserOptions, AnalysisResult } from './analyser';
export { createAnalyser } from './analyser';
export type { AudioFacts, AudioFormat } from './audio-facts';
export { checkStreamLimits } from './audio-facts';
export type { ByteSource } from './byte-source';
export { memoryByteSource } from './byte-source';
export { channelWeightsFromMask, defaultChannelWeights } from './channel-weights';
export { type DecodedAudio, decodeToMemory } from './decode-to-memory';
export type { BlockSink, DecodeOptions, OpenedAudio } from './decode-types';
export { openAudio, probeAudio } from './open-audio';
export type { PeakLevel, Peaks } from './peaks';
export { PEAK_SCALE, PEAK_ZOOM_FRAMES } from './peaks';
export { decodePeaks, encodePeaks } from './peaks-codec';
export type { Result } from './result';
export { sniffAudioFormat } from './sniff';
