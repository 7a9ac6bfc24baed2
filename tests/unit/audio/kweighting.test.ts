import { describe, expect, it } from 'vitest';
import { createAnalyser } from '@/lib/audio/analyser';
import { channelWeightsFromMask } from '@/lib/audio/channel-weights';
import { kWeighting } from '@/lib/dsp/kweighting';
import { designInterpolator, truePeakOversampling } from '@/lib/dsp/oversample';
import { pushInBlocks, sineSegments } from './signals';

describe('K-weighting', () => {
  it('reproduces the 48 kHz coefficients printed in ITU-R BS.1770-4 from the analog prototype', () => {
    const { shelf, highPass } = kWeighting(48_000);
    expect(shelf.b0).toBeCloseTo(1.53512485958697, 10);
    expect(shelf.b1).toBeCloseTo(-2.69169618940638, 10);
    expect(shelf.b2).toBeCloseTo(1.19839281085285, 10);
    expect(shelf.a1).toBeCloseTo(-1.69065929318241, 10);
    expect(shelf.a2).toBeCloseTo(0.73248077421585, 10);
    expect(highPass.a1).toBeCloseTo(-1.99004745483398, 10);
    expect(highPass.a2).toBeCloseTo(0.99007225036621, 10);
  });
});

describe('channel weighting', () => {
  const loudness = (levelsDbfs: (number | null)[]): number => {
    const seconds = 3;
    const silent = new Float32Array(48_000 * seconds);
    const channels = levelsDbfs.map((dbfs) =>
      dbfs === null ? silent : sineSegments(48_000, [{ sec: seconds, dbfs }]),
    );
    const analyser = createAnalyser({ sampleRate: 48_000, channels: channels.length });
    pushInBlocks(channels, analyser.push);
    return analyser.finish().integratedLufs!;
  };

  it('ignores the LFE channel of a 5.1 stream', () => {
    expect(loudness([-23, -23, null, -3, null, null])).toBeCloseTo(
      loudness([-23, -23, null, null, null, null]),
      6,
    );
  });

  it('weights the 5.1 surrounds by 1.41 (+1.5 dB) against the fronts', () => {
    const front = loudness([-20, null, null, null, null, null]);
    const surround = loudness([null, null, null, null, -20, null]);
    expect(surround - front).toBeCloseTo(10 * Math.log10(1.41), 2);
  });
});

describe('channel weights from a WAV speaker mask', () => {
  it.each([
    { layout: '5.1 (back)', mask: 0x3f, channels: 6, weights: [1, 1, 1, 0, 1.41, 1.41] },
    { layout: '5.1 (side)', mask: 0x60f, channels: 6, weights: [1, 1, 1, 0, 1.41, 1.41] },
    { layout: 'quad', mask: 0x33, channels: 4, weights: [1, 1, 1.41, 1.41] },
    { layout: '3.1 (L R C LFE)', mask: 0x0f, channels: 4, weights: [1, 1, 1, 0] },
    { layout: 'a mask naming too few speakers', mask: 0x3, channels: 4, weights: [1, 1, 1.41, 1.41] },
  ])('weights $layout as $weights', ({ mask, channels, weights }) => {
    expect(channelWeightsFromMask(mask, channels)).toEqual(weights);
  });
});

describe('true-peak interpolator', () => {
  it('oversamples 4x below 96 kHz, 2x below 192 kHz and not at all above', () => {
    expect([44_100, 48_000, 88_200, 96_000, 176_400, 192_000].map(truePeakOversampling)).toEqual([
      4, 4, 4, 2, 2, 1,
    ]);
  });

  it('passes the samples themselves unchanged in phase 0', () => {
    const { phases, tapsPerPhase } = designInterpolator(4, 12);
    expect(Array.from(phases[0]!)).toEqual(Array.from({ length: tapsPerPhase }, (_, i) => (i === 5 ? 1 : 0)));
  });
});
