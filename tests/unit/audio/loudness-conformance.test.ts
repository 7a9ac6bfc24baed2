import { describe, expect, it } from 'vitest';
import { type AnalysisResult, createAnalyser } from '@/lib/audio/analyser';
import { pushInBlocks, sineAt, sineSegments, type ToneSegment } from './signals';

const RATES = [44_100, 48_000, 96_000];

const analyse = (sampleRate: number, channels: Float32Array[], pushFrames?: number): AnalysisResult => {
  const analyser = createAnalyser({ sampleRate, channels: channels.length });
  pushInBlocks(channels, analyser.push, pushFrames);
  return analyser.finish();
};

const stereo = (sampleRate: number, segments: ToneSegment[]) => {
  const ch = sineSegments(sampleRate, segments);
  return [ch, ch];
};

/** A periodic signal alternating two levels, repeated `periods` times. */
const alternating = (high: ToneSegment, low: ToneSegment, periods: number): ToneSegment[] =>
  Array.from({ length: periods }, () => [high, low]).flat();

// EBU Tech 3341 (2016) minimum requirements: stereo 1 kHz sines; only the needed seconds are generated.
const INTEGRATED_CASES: { name: string; segments: ToneSegment[]; lufs: number }[] = [
  { name: 'case 1: -23 dBFS sine', segments: [{ sec: 20, dbfs: -23 }], lufs: -23 },
  { name: 'case 2: -33 dBFS sine', segments: [{ sec: 20, dbfs: -33 }], lufs: -33 },
  {
    name: 'case 3: -36/-23/-36 dBFS steps',
    segments: [
      { sec: 10, dbfs: -36 },
      { sec: 60, dbfs: -23 },
      { sec: 10, dbfs: -36 },
    ],
    lufs: -23,
  },
  {
    name: 'case 4: -72/-36/-23/-36/-72 dBFS steps',
    segments: [
      { sec: 10, dbfs: -72 },
      { sec: 10, dbfs: -36 },
      { sec: 60, dbfs: -23 },
      { sec: 10, dbfs: -36 },
      { sec: 10, dbfs: -72 },
    ],
    lufs: -23,
  },
  {
    name: 'case 5: -26/-20/-26 dBFS steps',
    segments: [
      { sec: 20, dbfs: -26 },
      { sec: 20.1, dbfs: -20 },
      { sec: 20, dbfs: -26 },
    ],
    lufs: -23,
  },
];

describe.each(RATES)('EBU Tech 3341 loudness at %i Hz', (sampleRate) => {
  it.each(INTEGRATED_CASES)('measures $name as $lufs LUFS integrated within 0.1 LU', ({ segments, lufs }) => {
    const result = analyse(sampleRate, stereo(sampleRate, segments));
    expect(result.integratedLufs).not.toBeNull();
    expect(Math.abs(result.integratedLufs! - lufs)).toBeLessThanOrEqual(0.1);
  });

  it('measures case 1 momentary and short-term loudness as -23 LUFS', () => {
    const result = analyse(sampleRate, stereo(sampleRate, [{ sec: 5, dbfs: -23 }]));
    expect(Math.abs(result.momentaryMaxLufs! + 23)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(result.shortTermMaxLufs! + 23)).toBeLessThanOrEqual(0.1);
  });

  it('measures case 6 (5.0 channels, -28/-24/-30 dBFS) at -23 LUFS with surround weights', () => {
    const seconds = 20;
    const channels = [-28, -28, -24, -30, -30].map((dbfs) =>
      sineSegments(sampleRate, [{ sec: seconds, dbfs }]),
    );
    const result = analyse(sampleRate, channels);
    expect(Math.abs(result.integratedLufs! + 23)).toBeLessThanOrEqual(0.1);
  });

  it('holds short-term loudness at -23 LUFS for case 9 (1.34 s at -20, 1.66 s at -30 dBFS)', () => {
    const segments = alternating({ sec: 1.34, dbfs: -20 }, { sec: 1.66, dbfs: -30 }, 5);
    const result = analyse(sampleRate, stereo(sampleRate, segments));
    // Every 3 s window holds one period, so the maximum equals the constant value.
    expect(Math.abs(result.shortTermMaxLufs! + 23)).toBeLessThanOrEqual(0.1);
  });

  it('holds momentary loudness at -23 LUFS for case 12 (0.18 s at -20, 0.22 s at -30 dBFS)', () => {
    const segments = alternating({ sec: 0.18, dbfs: -20 }, { sec: 0.22, dbfs: -30 }, 25);
    const result = analyse(sampleRate, stereo(sampleRate, segments));
    expect(Math.abs(result.momentaryMaxLufs! + 23)).toBeLessThanOrEqual(0.1);
  });
});

// Tech 3341 cases 15-19: sines at fs/4, fs/6, fs/8 with phases that put the peak between samples.
const TRUE_PEAK_CASES = [
  { name: 'case 15: fs/4 at 0°', divisor: 4, phaseDeg: 0, amplitude: 0.5, dbtp: -6 },
  { name: 'case 16: fs/4 at 45°', divisor: 4, phaseDeg: 45, amplitude: 0.5, dbtp: -6 },
  { name: 'case 17: fs/6 at 60°', divisor: 6, phaseDeg: 60, amplitude: 0.5, dbtp: -6 },
  { name: 'case 18: fs/8 at 67.5°', divisor: 8, phaseDeg: 67.5, amplitude: 0.5, dbtp: -6 },
  { name: 'case 19: fs/4 at 45°, samples at 0 dBFS', divisor: 4, phaseDeg: 45, amplitude: 1.41, dbtp: 3 },
];

describe.each(RATES)('EBU Tech 3341 true peak at %i Hz', (sampleRate) => {
  it.each(TRUE_PEAK_CASES)(
    'reads $name as $dbtp dBTP within +0.2/-0.4 dB',
    ({ divisor, phaseDeg, amplitude, dbtp }) => {
      const ch = sineAt(sampleRate, 1, sampleRate / divisor, phaseDeg, amplitude);
      const result = analyse(sampleRate, [ch, ch]);
      expect(result.truePeakDbtp!).toBeLessThanOrEqual(dbtp + 0.2);
      expect(result.truePeakDbtp!).toBeGreaterThanOrEqual(dbtp - 0.4);
    },
  );
});

// EBU Tech 3342 loudness range cases 1-4.
const RANGE_CASES: { name: string; levels: number[]; lu: number }[] = [
  { name: 'case 1: 20 s at -20 then -30 dBFS', levels: [-20, -30], lu: 10 },
  { name: 'case 2: 20 s at -20 then -15 dBFS', levels: [-20, -15], lu: 5 },
  { name: 'case 3: 20 s at -40 then -20 dBFS', levels: [-40, -20], lu: 20 },
  { name: 'case 4: 20 s each at -50/-35/-20/-35/-50 dBFS', levels: [-50, -35, -20, -35, -50], lu: 15 },
];

describe.each(RATES)('EBU Tech 3342 loudness range at %i Hz', (sampleRate) => {
  it.each(RANGE_CASES)('measures $name as $lu LU within 1 LU', ({ levels, lu }) => {
    const result = analyse(
      sampleRate,
      stereo(
        sampleRate,
        levels.map((dbfs) => ({ sec: 20, dbfs })),
      ),
      65536,
    );
    expect(Math.abs(result.loudnessRangeLu! - lu)).toBeLessThanOrEqual(1);
  });
});

describe('silence', () => {
  it('gives null loudness and peak figures for digital silence', () => {
    const ch = new Float32Array(48_000 * 4);
    const result = analyse(48_000, [ch, ch]);
    expect(result).toMatchObject({
      integratedLufs: null,
      loudnessRangeLu: null,
      truePeakDbtp: null,
      samplePeakDbfs: null,
      momentaryMaxLufs: null,
      shortTermMaxLufs: null,
      durationSec: 4,
    });
  });
});
