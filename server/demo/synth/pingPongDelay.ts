import type { StereoBuffer } from './stereoBuffer';
import { SvfFilter } from './svfFilter';

/** Options for `addPingPongDelay`. */
export interface PingPongDelayOptions {
  delaySec: number;
  feedback: number;
  wetGain: number;
  /** Each repeat passes through this low-pass, so echoes get darker like tape. */
  toneHz?: number;
}

/** Adds echoes of `source` to `target`, bouncing left then right, each repeat darker and quieter. */
export const addPingPongDelay = (
  source: StereoBuffer,
  target: StereoBuffer,
  options: PingPongDelayOptions,
): void => {
  const { delaySec, feedback, wetGain, toneHz = 3500 } = options;
  const delaySamples = Math.max(1, Math.round(delaySec * source.sampleRate));
  const lineL = new Float32Array(delaySamples);
  const lineR = new Float32Array(delaySamples);
  const toneL = new SvfFilter(source.sampleRate, toneHz, 0.6);
  const toneR = new SvfFilter(source.sampleRate, toneHz, 0.6);
  const n = Math.min(source.left.length, target.left.length);
  let index = 0;
  for (let i = 0; i < n; i++) {
    const echoL = lineL[index]!;
    const echoR = lineR[index]!;
    const mono = (source.left[i]! + source.right[i]!) * 0.5;
    // Cross-feeding the lines (L feeds R, R feeds L) is what makes the echoes alternate sides.
    lineL[index] = toneL.process(mono + echoR * feedback);
    lineR[index] = toneR.process(echoL * feedback);
    index = index + 1 === delaySamples ? 0 : index + 1;
    target.left[i]! += echoL * wetGain;
    target.right[i]! += echoR * wetGain;
  }
};
